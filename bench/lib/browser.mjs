// Measurements of the built app in headless Chromium. Timings come from the marks the app sets
// (performance.mark / measure, listed in bench/BUDGETS.md), so they time the app, not puppeteer.
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { median, ratios, spread } from './stats.mjs';

const DB_NAME = 'jarjestoystavallisyys';
const TIMEOUT = 30_000;

/** Chromium as the tests launch it (scripts/chromium.mjs). */
export function launch() {
  return puppeteer.launch(chromiumLaunchOptions());
}

/**
 * Runs in the page before its scripts: a finder that looks through shadow roots, and a catch for
 * downloads so that a PDF export leaves no file behind (its name and size are kept for checking).
 */
function instrument() {
  const downloads = [];
  window.__bench = {
    downloads,
    find(selector, root = document) {
      const hit = root.querySelector(selector);
      if (hit) return hit;
      for (const el of root.querySelectorAll('*')) {
        const inner = el.shadowRoot && window.__bench.find(selector, el.shadowRoot);
        if (inner) return inner;
      }
      return null;
    },
  };
  const sizes = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) sizes.set(url, object.size);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    if (this.download) {
      downloads.push({ name: this.download, size: sizes.get(this.href) ?? 0 });
      return;
    }
    click.call(this);
  };
}

async function newPage(context, { cache = true } = {}) {
  const page = await context.newPage();
  // A failing app would otherwise show only as a timeout.
  page.on('pageerror', (error) => process.stderr.write(`bench: page error: ${error.message}\n`));
  await page.setCacheEnabled(cache);
  await page.evaluateOnNewDocument(instrument);
  return page;
}

/** Navigates (a full load, even when only the hash differs) and waits for a mark or measure. */
async function load(page, url, entry) {
  await page.goto('about:blank');
  await page.goto(url);
  if (entry) await waitForEntry(page, entry, 1);
}

function waitForEntry(page, name, count) {
  return page.waitForFunction(
    (n, c) => performance.getEntriesByName(n).length >= c,
    { timeout: TIMEOUT, polling: 10 },
    name,
    count,
  );
}

/** startTime of each named mark's first entry (ms since navigation start). */
function markTimes(page, names) {
  return page.evaluate(
    (list) => list.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
    names,
  );
}

/**
 * Cold loads: each run in a fresh browser context (empty HTTP cache, empty storage), after one
 * discarded run that warms Chromium itself. The pages take turns, so that a busy machine slows them
 * alike. With `throttle`, each load runs with the CPU slowed by `throttle.rate` (CDP
 * Emulation.setCPUThrottlingRate) and the network throttled to `throttle.network` (CDP
 * Network.emulateNetworkConditions: `latency` ms added to each request, throughputs in bytes per
 * second). Returns, per page, the times of each of its marks, run by run (the same run index is the
 * same turn for every page).
 */
export async function coldLoads(browser, pages, runs, throttle) {
  const times = pages.map(({ marks }) => marks.map(() => []));
  for (let run = 0; run <= runs; run++) {
    for (const [p, { url, marks }] of pages.entries()) {
      const context = await browser.createBrowserContext();
      try {
        const page = await newPage(context, { cache: false });
        if (throttle) {
          const cdp = await page.createCDPSession();
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.rate });
          await page.emulateNetworkConditions(throttle.network);
        }
        await load(page, url, marks.at(-1));
        const found = await markTimes(page, marks);
        if (run > 0) found.forEach((t, i) => times[p][i].push(t));
      } finally {
        await context.close();
      }
    }
  }
  return times;
}

/** Runs in the page before its scripts: records every long task (over 50 ms) of the main thread. */
function recordLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * The main thread's CPU time of each task (trace events RunTask, their `tdur`) during an unthrottled
 * cold load of `url`, until `mark` is set, `settled` is there and the page has had two idle periods.
 */
async function taskCpuTimes(browser, { url, mark, settled }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await newPage(context, { cache: false });
    await page.tracing.start({
      categories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'],
    });
    await page.goto(url);
    await settle(page, mark, settled);
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    // The renderer process the page's main frame committed in (the last navigation's).
    const commits = traceEvents.filter(
      (e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame,
    );
    const pid = commits.at(-1)?.args.data.processId;
    const main = traceEvents.find(
      (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid,
    );
    if (!main) throw new Error(`No main thread of ${url} in the trace`);
    return traceEvents
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === pid && e.tid === main.tid)
      .map((e) => (e.tdur ?? e.dur) / 1000);
  } finally {
    await context.close();
  }
}

async function settle(page, mark, settled) {
  await waitForEntry(page, mark, 1);
  if (settled) {
    await page.waitForFunction((sel) => window.__bench.find(sel), { timeout: TIMEOUT }, settled);
  }
  const idle = () =>
    page.evaluate(() => new Promise((r) => requestIdleCallback(() => r(), { timeout: 5000 })));
  await idle();
  await idle();
}

/**
 * Start-up, cold, each run in a fresh browser context, the pages in turns.
 * - blocking: as Lighthouse's simulated throttling does it, from the main thread's CPU time per
 *   task in an unthrottled load (which other work on the machine does not inflate): the sum over
 *   tasks of their time beyond 50 ms once multiplied by `rate`, from navigation until the page has
 *   settled (the mark set, `settled` there, two idle periods);
 * - interactive: the time to the page's `mark` (the app: the list interactive) in a load under
 *   real CPU throttling (CDP Emulation.setCPUThrottlingRate), and that load's long tasks.
 * Returns, per page, arrays run by run.
 */
export async function startupBlocking(browser, pages, { runs, rate }) {
  const results = pages.map(() => ({ interactive: [], blocking: [], longTasks: [] }));
  for (let run = 0; run <= runs; run++) {
    for (const [p, target] of pages.entries()) {
      const tasks = await taskCpuTimes(browser, target);
      const context = await browser.createBrowserContext();
      try {
        const page = await newPage(context, { cache: false });
        await page.evaluateOnNewDocument(recordLongTasks);
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.goto(target.url);
        await settle(page, target.mark, target.settled);
        const [at] = await markTimes(page, [target.mark]);
        const long = await page.evaluate(() => window.__longTasks);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        if (run === 0) continue; // warms Chromium itself
        results[p].interactive.push(at);
        results[p].blocking.push(tasks.reduce((sum, ms) => sum + Math.max(0, ms * rate - 50), 0));
        results[p].longTasks.push(long.length);
      } finally {
        await context.close();
      }
    }
  }
  return results;
}

/** A browser context whose database holds the demo data, copied until there are `count` assessments. */
export async function seededContext(browser, base) {
  const context = await browser.createBrowserContext();
  const page = await newPage(context);
  await load(page, `${base}#/`, 'app:interactive');
  // Through the UI: the demo panel's first button loads the demo data with its checklist snapshots.
  // The panel loads just after the list is on screen, so wait for it as a user would.
  await page.waitForFunction(
    () => window.__bench.find('demo-data-panel')?.shadowRoot?.querySelector('button'),
    { timeout: TIMEOUT },
  );
  await page.evaluate(() => {
    const panel = window.__bench.find('demo-data-panel');
    panel.shadowRoot.querySelector('button').click();
  });
  await page.waitForFunction(
    () =>
      window.__bench
        .find('demo-data-panel')
        ?.shadowRoot.querySelector('[role=status]')
        ?.textContent.trim().length > 0,
    { timeout: TIMEOUT },
  );
  const seed = (count) => page.evaluate(copyAssessments, DB_NAME, count);
  if ((await seed(0)) === 0) throw new Error('The demo data did not load');
  return { context, page, seed };
}

/**
 * Runs in the page: opens the app's database (no version, so any schema works), and stores copies
 * of the demo assessments under new ids until there are `target`. Each copy of the demo set gets
 * its own organisation names, so the regional overview has as many rows as a real region would.
 */
async function copyAssessments(dbName, target) {
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await request(indexedDB.open(dbName));
  try {
    const all = await request(db.transaction('assessments').objectStore('assessments').getAll());
    const templates = all.filter((a) => !String(a.id).startsWith('bench-'));
    if (templates.length === 0) return 0;
    const tx = db.transaction('assessments', 'readwrite');
    const store = tx.objectStore('assessments');
    for (let i = all.length; i < target; i++) {
      const template = templates[i % templates.length];
      const copy = Math.floor(i / templates.length);
      store.put({
        ...structuredClone(template),
        id: `bench-${i}`,
        organisation: `${template.organisation} ${copy}`,
        // Each edited at its own time, a minute apart, as real assessments are.
        updatedAt: new Date(Date.parse(template.updatedAt) - (i + 1) * 60_000).toISOString(),
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return await request(db.transaction('assessments').objectStore('assessments').count());
  } finally {
    db.close();
  }
}

/**
 * Runs in the page: replaces the stored assessments by `count` distinct organisations, one
 * assessment each, all on the first demo assessment's checklist with every item answered (levels of
 * its scale, varied by organisation and item; no "don't know"). Returns how many are stored and the
 * items per assessment. For the overview of 300 organisations × 9 items (bench/BUDGETS.md).
 */
async function storeOrganisations(dbName, count) {
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await request(indexedDB.open(dbName));
  try {
    const all = await request(db.transaction('assessments').objectStore('assessments').getAll());
    const template = all.find((a) => !String(a.id).startsWith('bench-'));
    if (!template) return { count: 0, items: 0 };
    const snapshot = await request(
      db.transaction('snapshots').objectStore('snapshots').get(template.checklist.hash),
    );
    const items = snapshot.checklist.headings.flatMap((h) => h.items);
    const values = snapshot.checklist.scale.levels.map((l) => l.value);
    const tx = db.transaction('assessments', 'readwrite');
    const store = tx.objectStore('assessments');
    store.clear();
    for (let i = 0; i < count; i++) {
      const answers = {};
      items.forEach((item, j) => {
        answers[item.id] = { level: values[(i * 7 + j * 3) % values.length], notes: '' };
      });
      store.put({
        ...structuredClone(template),
        id: `bench-org-${i}`,
        organisation: `Vertailukunta ${String(i + 1).padStart(3, '0')}`,
        answers,
        updatedAt: new Date(Date.parse(template.updatedAt) - (i + 1) * 60_000).toISOString(),
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const stored = await request(db.transaction('assessments').objectStore('assessments').getAll());
    const organisations = new Set(stored.map((a) => a.organisation)).size;
    return { count: stored.length, organisations, items: items.length };
  } finally {
    db.close();
  }
}

/** Seeds `count` distinct organisations × every item answered in the page's database. */
export function seedOrganisations(page, count) {
  return page.evaluate(storeOrganisations, DB_NAME, count);
}

/** Opens the regional overview and waits until it is rendered. */
export function loadOverview(page, base) {
  return load(page, `${base}#/region`, 'app:overview-rendered');
}

/**
 * Runs `fn` (which loads pages in `page`) with the browser traced in the user-timing category only,
 * and returns each named mark's first trace event: `ts` (wall clock, µs) and `tts` (its thread's
 * CPU clock, µs), with the process and thread it was set on. Marks are set on the page's renderer
 * main thread, so between two marks of one load `tts` counts only the CPU time that thread spent:
 * unlike wall time, it does not grow when other work on the machine takes the cores.
 */
async function tracedMarks(page, names, fn) {
  await page.tracing.start({ categories: ['blink.user_timing'] });
  let events;
  try {
    await fn();
  } finally {
    ({ traceEvents: events } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')));
  }
  return Object.fromEntries(
    names.map((name) => {
      const mark = events.find((e) => e.name === name && e.cat === 'blink.user_timing');
      if (!mark || mark.tts === undefined)
        throw new Error(`No traced mark ${name} with a CPU time`);
      return [name, mark];
    }),
  );
}

/** Main-thread CPU time (ms) from mark `from` to mark `to` in `marks` (from tracedMarks). */
function cpuBetween(marks, from, to) {
  const a = marks[from];
  const b = marks[to];
  if (a.pid !== b.pid || a.tid !== b.tid) throw new Error(`${from} and ${to} on different threads`);
  return (b.tts - a.tts) / 1000;
}

/**
 * The regional overview, in turns with the reference workload (bench/floor/reference.js#overview)
 * on the same data: reading the data, and compute + render, run by run, as wall time and as the
 * renderer main thread's CPU time between the same marks (traced).
 */
export async function timeOverview(page, base, referenceUrl, runs) {
  const read = [];
  const computeRender = [];
  const reference = [];
  const computeRenderCpu = [];
  const referenceCpu = [];
  for (let run = 0; run <= runs; run++) {
    let start, data, rendered, refData, refRendered;
    const marks = await tracedMarks(
      page,
      ['app:overview-data', 'app:overview-rendered', 'ref:overview-data', 'ref:overview-rendered'],
      async () => {
        await loadOverview(page, base);
        [start, data, rendered] = await markTimes(page, [
          'app:overview-load',
          'app:overview-data',
          'app:overview-rendered',
        ]);
        await load(page, `${referenceUrl}#overview`, 'ref:overview-rendered');
        [refData, refRendered] = await markTimes(page, [
          'ref:overview-data',
          'ref:overview-rendered',
        ]);
      },
    );
    if (run === 0) continue; // the first run also loads the view's chunk
    read.push(data - start);
    computeRender.push(rendered - data);
    reference.push(refRendered - refData);
    computeRenderCpu.push(cpuBetween(marks, 'app:overview-data', 'app:overview-rendered'));
    referenceCpu.push(cpuBetween(marks, 'ref:overview-data', 'ref:overview-rendered'));
  }
  return {
    read: spread(read),
    computeRender: spread(computeRender),
    reference: spread(reference),
    ratio: spread(ratios(computeRender, reference)),
    computeRenderCpu: spread(computeRenderCpu),
    referenceCpu: spread(referenceCpu),
    cpuRatios: spread(ratios(computeRenderCpu, referenceCpu)),
    // CPU time does not follow the moment's load as wall time does, so the medians of each side
    // are compared (as the parser's figure does): steadier than the per-run ratios of two noisy
    // figures, the reference's being short (about 15 ms).
    cpuRatio: median(computeRenderCpu) / median(referenceCpu),
  };
}

/**
 * The start page's list, from its first read of the database to the rendered table, in turns with
 * the reference workload (bench/floor/reference.js#list) on the same data, run by run.
 */
export async function timeList(page, base, referenceUrl, runs) {
  const list = [];
  const fromNavigation = [];
  const reference = [];
  const listCpu = [];
  const referenceCpu = [];
  for (let run = 0; run <= runs; run++) {
    let start, rendered, refStart, refRendered;
    const marks = await tracedMarks(
      page,
      ['app:list-load', 'app:list-rendered', 'ref:list-load', 'ref:list-rendered'],
      async () => {
        await load(page, `${base}#/`, 'app:list-rendered');
        [start, rendered] = await markTimes(page, ['app:list-load', 'app:list-rendered']);
        await load(page, `${referenceUrl}#list`, 'ref:list-rendered');
        [refStart, refRendered] = await markTimes(page, ['ref:list-load', 'ref:list-rendered']);
      },
    );
    if (run === 0) continue;
    list.push(rendered - start);
    fromNavigation.push(rendered);
    reference.push(refRendered - refStart);
    listCpu.push(cpuBetween(marks, 'app:list-load', 'app:list-rendered'));
    referenceCpu.push(cpuBetween(marks, 'ref:list-load', 'ref:list-rendered'));
  }
  return {
    list: spread(list),
    fromNavigation: spread(fromNavigation),
    reference: spread(reference),
    ratio: spread(ratios(list, reference)),
    listCpu: spread(listCpu),
    referenceCpu: spread(referenceCpu),
    cpuRatios: spread(ratios(listCpu, referenceCpu)),
  };
}

/** JS heap in use (bytes) after a garbage collection, with the page as it is. */
export async function heapUsed(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Stores a full improvement plan: a copy of a demo assessment with every item rated (one "don't
 * know"), notes, and three actions with owners and due dates per item. Returns its id and size.
 */
export function storeFullPlan(page) {
  return page.evaluate(async (dbName) => {
    const request = (r) =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open(dbName));
    try {
      const all = await request(db.transaction('assessments').objectStore('assessments').getAll());
      const template = all.find((a) => !String(a.id).startsWith('bench-'));
      const snapshot = await request(
        db.transaction('snapshots').objectStore('snapshots').get(template.checklist.hash),
      );
      const items = snapshot.checklist.headings.flatMap((h) => h.items);
      const answers = {};
      items.forEach((item, i) => {
        answers[item.id] = {
          level: i === 5 ? null : i % 5,
          notes: `Työpajassa todettiin, että käytäntö vaihtelee toimialoittain (${item.id}). Sámi Searvi: čđŋŧ – 500 €.`,
          actions: [1, 2, 3].map((n) => ({
            id: `${item.id}-${n}`,
            what: `Toimenpide ${n}: kirjataan järjestöjen tavoite hyvinvointisuunnitelmaan ja sovitaan seuranta (${item.id})`,
            who: n === 3 ? '' : 'Hyte-koordinaattori Ánde Ŋuolja',
            due: n === 2 ? '' : `2027-0${n}-15`,
            status: ['planned', 'in-progress', 'done'][n - 1],
          })),
          target: { level: 4, by: '2028' },
        };
      });
      // Last round, with every one of its 27 actions reviewed (issue 13's full plan).
      const levels = snapshot.checklist.scale.levels;
      const previousItems = {};
      for (const [i, item] of items.entries()) {
        const level = levels[i % levels.length];
        previousItems[item.id] = {
          level: level.value,
          levelLabel: level.label,
          score: level.score,
          notes: `Viime kerralla (${item.id}): järjestöt mukaan vasta lausuntovaiheessa.`,
        };
      }
      const outcomes = ['done', 'partly', 'not-done', 'dropped'];
      const review = items.flatMap((item, i) =>
        [1, 2, 3].map((n) => ({
          itemId: item.id,
          action: {
            id: `prev-${item.id}-${n}`,
            what: `Viime kierroksen toimenpide ${n} (${item.id}): kumppanuuspöytä kahdesti vuodessa`,
            who: 'Järjestöyhdyshenkilö',
            due: '2026-0' + n + '-15',
            status: 'planned',
          },
          outcome: outcomes[(i + n) % outcomes.length],
          comment: `Arvioitu työpajassa: osittain toteutunut (${item.id}).`,
        })),
      );
      const full = {
        ...structuredClone(template),
        id: 'bench-full-plan',
        organisation: 'Täyden suunnitelman kunta (bench)',
        answers,
        previousRound: {
          id: 'bench-full-plan-previous',
          date: '2025-05-14',
          checklist: template.checklist,
          overall: 50,
          headings: Object.fromEntries(snapshot.checklist.headings.map((h) => [h.id, 50])),
          items: previousItems,
        },
        review,
      };
      const tx = db.transaction('assessments', 'readwrite');
      tx.objectStore('assessments').put(full);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      return {
        id: full.id,
        items: items.length,
        actions: items.length * 3,
        reviewed: review.length,
      };
    } finally {
      db.close();
    }
  }, DB_NAME);
}

/** Clicks the plan's download button and waits for export number `count` to be measured. */
async function exportPdf(page, count) {
  await page.waitForFunction(
    () => {
      const button = window.__bench.find('plan-view')?.shadowRoot.querySelector('button');
      if (!button || button.disabled) return false;
      button.click();
      return true;
    },
    { timeout: TIMEOUT, polling: 10 },
  );
  await waitForEntry(page, 'app:pdf-export', count);
}

/**
 * PDF export of a plan. Cold: the first export after loading the page with an empty HTTP cache,
 * so it includes fetching and compiling the PDF chunk and the fonts. Warm: later exports, in turns
 * with the reference, as wall time and as the renderer main thread's CPU time between the marks.
 */
export async function timePdf(context, base, id, referenceUrl, { coldRuns, warmRuns }) {
  const cold = [];
  const warm = [];
  const reference = [];
  const warmCpu = [];
  const referenceCpu = [];
  let download;
  const referenceOnce = (page) =>
    page.evaluate(
      async (url, font) => (await import(url)).timePdfReference(font),
      referenceUrl,
      new URL('/fonts/DejaVuSans-subset.ttf', referenceUrl).href,
    );
  for (let run = 0; run < coldRuns; run++) {
    const page = await newPage(context, { cache: false });
    try {
      await load(page, `${base}#/a/${encodeURIComponent(id)}/plan`);
      await exportPdf(page, 1);
      if (run === coldRuns - 1) {
        // Warm exports in turns with the reference (jsPDF alone), in the same page, each turn
        // traced for the main thread's CPU time between the marks.
        await referenceOnce(page);
        for (let n = 2; n <= warmRuns + 1; n++) {
          const marks = await tracedMarks(
            page,
            ['app:pdf-start', 'app:pdf-done', 'ref:pdf-start', 'ref:pdf-done'],
            async () => {
              await exportPdf(page, n);
              reference.push(await referenceOnce(page));
            },
          );
          warmCpu.push(cpuBetween(marks, 'app:pdf-start', 'app:pdf-done'));
          referenceCpu.push(cpuBetween(marks, 'ref:pdf-start', 'ref:pdf-done'));
        }
      }
      const durations = await page.evaluate(() =>
        performance.getEntriesByName('app:pdf-export').map((e) => e.duration),
      );
      cold.push(durations[0]);
      if (run === coldRuns - 1) warm.push(...durations.slice(1));
      download = await page.evaluate(() => window.__bench.downloads[0]);
    } finally {
      await page.close();
    }
  }
  if (!download || download.size < 1000) throw new Error('The PDF export made no file');
  return {
    cold: spread(cold),
    warm: spread(warm),
    reference: spread(reference),
    ratio: spread(ratios(warm, reference)),
    warmCpu: spread(warmCpu),
    referenceCpu: spread(referenceCpu),
    cpuRatios: spread(ratios(warmCpu, referenceCpu)),
    // As for the overview: the ratio of the CPU medians, steadier than per-run ratios.
    cpuRatio: median(warmCpu) / median(referenceCpu),
    download,
  };
}

/**
 * Export and import of a backup of `count` assessments, timed in the page by the app's own code
 * (bench/harness/backup.ts, on databases of its own); medians of `runs`.
 */
export async function timeBackup(page, harnessUrl, count, runs) {
  const result = await page.evaluate(
    async (url, n, r) => (await import(url)).timeBackup(n, r),
    harnessUrl,
    count,
    runs,
  );
  return {
    exportMs: spread(result.exportMs),
    importMs: spread(result.importMs),
    bytes: result.bytes,
  };
}

/**
 * The autosave with the app's store (bench/harness/save.ts) on a stored assessment: after an edit
 * through the store's timer, the write alone, and a plain IndexedDB put as its reference.
 */
export async function timeSave(page, harnessUrl, id, runs) {
  const r = await page.evaluate(
    async (url, i, n) => (await import(url)).timeSave(i, n),
    harnessUrl,
    id,
    runs,
  );
  return {
    throughTimer: spread(r.throughTimer),
    write: spread(r.write),
    put: spread(r.put),
    ratio: spread(ratios(r.write, r.put)),
    delayMs: r.delayMs,
    budgetMs: r.budgetMs,
  };
}
