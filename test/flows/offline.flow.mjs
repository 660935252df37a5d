// Flow test of the production build with its service worker, run by `npm test` after wtr (the test
// runner's dev server has no service worker, so this drives a real Chromium with puppeteer-core).
//
// 1. Offline: visit the app under a sub-path, go offline (browser offline mode AND the server
//    stopped), reload, create an assessment, rate an item, download the PDF and read it back.
// 2. Update: with a newer version on the host the app says so and waits; an edit typed just
//    before the user switches is written first, and is there after the switch.
//
// `node test/flows/offline.flow.mjs` builds into test-output/offline-build/ first.
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'test-output', 'offline-build');
const BASE = '/tools/jarjestot/';
const ORGANISATION = 'Ilman verkkoa -kunta čđŋ';
const NOTE = 'Kirjoitettu juuri ennen päivitystä.';
const TIMEOUT = 60000;
/** The step a flow is at, for the failure message. */
let step = '';
const at = (what) => (step = what);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

/** A static host of the build under BASE; `version` > 1 serves a changed sw.js (a new release). */
function startHost() {
  const host = { version: 1, requests: 0 };
  const server = createServer(async (req, res) => {
    host.requests++;
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(BASE)) return void res.writeHead(404).end();
    const rel = normalize(path.slice(BASE.length) || 'index.html');
    if (rel.startsWith('..')) return void res.writeHead(403).end();
    try {
      let body = await readFile(join(outDir, rel));
      if (rel === 'sw.js' && host.version > 1) {
        body = Buffer.concat([body, Buffer.from(`\n// release ${host.version}\n`)]);
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      host.url = `http://127.0.0.1:${server.address().port}${BASE}`;
      host.stop = () =>
        new Promise((done) => {
          server.closeAllConnections();
          server.close(() => done());
        });
      resolve(host);
    }),
  );
}

async function launch() {
  const userDataDir = await mkdtemp(join(tmpdir(), 'jy-offline-'));
  const browser = await puppeteer.launch({ ...chromiumLaunchOptions(), userDataDir });
  const page = await browser.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => console.error('  page error:', e.message));
  return {
    browser,
    page,
    async close() {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker is active and this page is controlled by it. */
async function controlled(page) {
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller,
    { timeout: TIMEOUT },
  );
}

/** Waits for a live region (status or alert) whose text matches; fails with the texts present. */
async function statusMatching(page, pattern) {
  const texts = () =>
    page.evaluate(() => {
      const out = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          const role = el.getAttribute('role');
          if (role === 'status' || role === 'alert') out.push(el.textContent.trim());
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      return out.filter((t) => t);
    });
  try {
    await page.waitForFunction(
      (source) => {
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            const role = el.getAttribute('role');
            if (
              (role === 'status' || role === 'alert') &&
              new RegExp(source).test(el.textContent.trim())
            )
              return true;
            if (el.shadowRoot && walk(el.shadowRoot)) return true;
          }
          return false;
        };
        return walk(document);
      },
      { timeout: TIMEOUT },
      pattern,
    );
  } catch (error) {
    throw new Error(
      `no status /${pattern}/ (${error.message}); present: ${JSON.stringify(await texts())}`,
    );
  }
}

async function firstVisit(page, host) {
  await page.goto(host.url, { waitUntil: 'load' });
  await page.locator('::-p-aria(Arvioinnit[role="heading"])').wait();
  // Installed and active: every file of the build is in the cache now.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload({ waitUntil: 'load' });
  await controlled(page);
}

async function createAndRate(page) {
  await page.locator('::-p-aria(Uusi arviointi[role="link"])').click();
  await page.locator('::-p-aria(Kunnan tai hyvinvointialueen nimi)').fill(ORGANISATION);
  await page.locator('::-p-aria(Luo arviointi[role="button"])').click();
  await page.locator(`::-p-aria(${ORGANISATION}[role="heading"])`).wait();
  await page.locator('pierce/#level-3').click();
  await page.waitForFunction(
    () => {
      const find = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.id === 'level-3') return el;
          const inner = el.shadowRoot && find(el.shadowRoot);
          if (inner) return inner;
        }
        return null;
      };
      return find(document)?.checked === true;
    },
    { timeout: TIMEOUT },
  );
  await statusMatching(page, '^Tallennettu');
}

async function offlineFlow() {
  const host = await startHost();
  const { browser, page, close } = await launch();
  const downloads = await mkdtemp(join(tmpdir(), 'jy-pdf-'));
  try {
    at('first visit');
    await firstVisit(page, host);
    at('offline reload');

    // No network at all: the browser is offline and the host is gone.
    await host.stop();
    await page.setOfflineMode(true);
    await page.reload({ waitUntil: 'load' });
    await page.locator('::-p-aria(Arvioinnit[role="heading"])').wait();
    const online = await page.evaluate(() => navigator.onLine);
    if (online) throw new Error('the page still thinks it is online');

    at('create and rate offline');
    await createAndRate(page);
    at('PDF offline');

    // The PDF: its chunk and fonts come from the cache.
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
      eventsEnabled: true,
    });
    await page.locator('::-p-aria(Kehittämissuunnitelma[role="link"])').click();
    await page.locator('::-p-aria(Lataa PDF[role="button"])').click();
    await statusMatching(page, 'PDF-tiedosto on luotu');
    let file;
    for (let tries = 0; !file && tries < 600; tries++) {
      file = (await readdir(downloads)).find((f) => f.endsWith('.pdf'));
      if (!file) await new Promise((r) => setTimeout(r, 100)); // polling a directory, not a sleep
    }
    if (!file) throw new Error('no PDF was downloaded');
    const bytes = new Uint8Array(await readFile(join(downloads, file)));
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
    let text = '';
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text += content.items.map((i) => i.str ?? '').join(' ');
    }
    if (!text.includes(ORGANISATION)) throw new Error(`the PDF lacks "${ORGANISATION}"`);
    const requestsWhileOffline = host.requests;
    return `offline: created, rated and downloaded ${file} (${doc.numPages} pages) with no network (host saw ${requestsWhileOffline} requests, all before going offline)`;
  } finally {
    await close();
    await rm(downloads, { recursive: true, force: true });
    await host.stop().catch(() => undefined);
  }
}

async function updateFlow() {
  const host = await startHost();
  const { page, close } = await launch();
  try {
    at('first visit');
    await firstVisit(page, host);
    at('create and rate');
    await createAndRate(page);
    at('update notice');
    const scriptBefore = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);

    // A new release on the host: the app finds it, says so, and waits.
    host.version = 2;
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
    });
    const button = '::-p-aria(Ota uusi versio käyttöön[role="button"])';
    await page.locator(button).wait();
    const stillHere = await page.evaluate(() => location.hash);
    if (!stillHere.startsWith('#/a/')) throw new Error('the update interrupted the work');

    // Type a note and switch at once, before the autosave's delay has passed: the edit is pending.
    const navigation = page.waitForNavigation({ waitUntil: 'load' });
    const pendingAtClick = await page.evaluate((note) => {
      const find = (node, test) => {
        for (const el of node.querySelectorAll('*')) {
          if (test(el)) return el;
          const inner = el.shadowRoot && find(el.shadowRoot, test);
          if (inner) return inner;
        }
        return null;
      };
      const notes = find(document, (el) => el.id === 'notes');
      notes.value = note;
      notes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      const status = find(document, (el) => el.tagName === 'SAVE-STATUS');
      const before = status?.shadowRoot?.textContent ?? '';
      find(
        document,
        (el) => el.tagName === 'BUTTON' && /Ota uusi versio/.test(el.textContent),
      ).click();
      return before;
    }, NOTE);
    await navigation;
    await page.locator(`::-p-aria(${ORGANISATION}[role="heading"])`).wait();
    await page.waitForFunction(
      (note) => {
        const find = (node) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.id === 'notes') return el;
            const inner = el.shadowRoot && find(el.shadowRoot);
            if (inner) return inner;
          }
          return null;
        };
        return find(document)?.value === note;
      },
      { timeout: TIMEOUT },
      NOTE,
    );
    const noticeGone = await page.$('::-p-aria(Ota uusi versio käyttöön[role="button"])');
    if (noticeGone) throw new Error('the notice is still shown after the switch');
    const active = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: registration.waiting !== null,
        controlled: !!navigator.serviceWorker.controller,
      };
    });
    if (active.waiting || !active.controlled)
      throw new Error(`not switched: ${JSON.stringify(active)}`);
    return `update: notice shown, switched on the user's word (${scriptBefore.split('/').pop()}), the note typed just before (status then: "${pendingAtClick.trim()}") was kept`;
  } finally {
    await close();
    await host.stop().catch(() => undefined);
  }
}

console.log('offline flow: building the app into test-output/offline-build/ …');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
let failed = 0;
for (const [name, flow] of [
  ['works offline after one visit, from a sub-path', offlineFlow],
  ['a new version waits for the user and loses no pending edit', updateFlow],
]) {
  try {
    console.log(`  ✓ ${name}: ${await flow()}`);
  } catch (error) {
    failed++;
    console.error(`  ✗ ${name}, at ${step}: ${error?.stack ?? error}`);
  }
}
console.log(`offline flow: ${2 - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
