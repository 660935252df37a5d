// npm run bench [-- --check]
// Builds the production app and the floor pages, sizes every JS/CSS file, times the app in headless
// Chromium and the checklist parser in Node, and prints each figure beside its budget.
// Budgets hold sizes, and timings only as ratios to a reference measured in the same run (a floor
// page or a reference workload), so that a busy machine does not fail them; absolute times are
// printed with their spread (median, min–max) but gate nothing.
// Writes bench/results.json. With --check, exits 1 when a figure is over its budget.
// Budgets and how each figure is measured: bench/BUDGETS.md.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { BUDGETS, DATA, KB, MB, MOBILE, ON_DEMAND, RAISED, RUNS } from './budgets.mjs';
import {
  ROOT,
  buildApp,
  buildFloor,
  buildHarness,
  buildParser,
  startTotals,
} from './lib/build.mjs';
import {
  coldLoads,
  heapUsed,
  launch,
  loadOverview,
  seededContext,
  seedOrganisations,
  storeFullPlan,
  timeList,
  timeOverview,
  timeBackup,
  timePdf,
  timeSave,
  startupBlocking,
} from './lib/browser.mjs';
import { median, ratios, spread } from './lib/stats.mjs';
import { largestChecklist, timeParse } from './lib/parse.mjs';
import { timeParseScaling } from './lib/parse-scaling.mjs';
import { serve } from './lib/serve.mjs';

const check = process.argv.includes('--check');
const began = performance.now();
const progress = (text) =>
  process.stderr.write(`bench: ${text} (${((performance.now() - began) / 1000).toFixed(1)} s)\n`);

/**
 * Every figure: label, value, unit, and its budget (a key of BUDGETS) when it has one. `value` is a
 * number or a spread ({ median, min, max, runs }), whose median is the value.
 */
const figures = [];
function figure(id, label, value, unit, budget) {
  if (budget !== undefined && !(budget in BUDGETS)) throw new Error(`No budget ${budget}`);
  const range = typeof value === 'object' ? value : undefined;
  const v = range ? range.median : value;
  const max = budget === undefined ? undefined : BUDGETS[budget];
  const pass = max === undefined ? undefined : v <= max;
  figures.push({
    id,
    label,
    value: v,
    min: range?.min,
    max: range?.max,
    unit,
    budget,
    limit: max,
    raisedFrom: RAISED[budget],
    pass,
  });
}
/** A yes/no figure: `ok` is the budget's outcome, `value` says what was found. */
function rule(id, label, ok, value, expected) {
  figures.push({ id, label, value, unit: '', expected, pass: ok });
}

// The PDF fonts are made by `npm run fonts` (a no-op when up to date); the build needs them.
const fonts = spawnSync(process.execPath, ['scripts/build-fonts.mjs'], {
  cwd: ROOT,
  stdio: 'pipe',
});
if (fonts.status !== 0) throw new Error(`npm run fonts failed:\n${fonts.stderr}`);

progress('building the app');
const app = await buildApp();
progress('building the floor pages');
const floor = await buildFloor();
progress('bundling the parser for Node');
const parserFile = await buildParser();
progress('bundling the harness');
const harnessDir = await buildHarness();

// Sizes
const start = startTotals(app.files);
const floorLit = startTotals(floor.lit.files);
const floorLibs = startTotals(floor.libs.files);
figure('size.start.gzip', 'Start-up JS+CSS, gzip', start.gzip / KB, 'KB', 'startGzipKb');
figure('size.start.raw', 'Start-up JS+CSS, raw', start.raw / KB, 'KB');
figure('size.floor.gzip', 'Floor (lit only), gzip', floorLit.gzip / KB, 'KB');
figure('size.floor.ratio', 'Start-up / floor (lit only)', start.gzip / floorLit.gzip, '×');
figure(
  'size.floorLibs.gzip',
  'Floor + start-up libraries (lit, idb), gzip',
  floorLibs.gzip / KB,
  'KB',
);
figure(
  'size.floorLibs.ratio',
  'Start-up / (floor + libraries)',
  start.gzip / floorLibs.gzip,
  '×',
  'startFloorRatio',
);
// The floor's libraries are the ones the start page may use; another one at start-up is a leak.
const floorPackages = new Set(floor.libs.files.flatMap((f) => f.packages));
const startPackages = [...new Set(app.files.filter((f) => f.start).flatMap((f) => f.packages))];
const extra = startPackages.filter((p) => !floorPackages.has(p));
rule(
  'size.start.libraries',
  'Start-up libraries are those of the floor page',
  extra.length === 0,
  extra.length === 0 ? 'lit, idb' : `also ${extra.join(', ')}`,
  'lit, idb',
);
const startModules = app.files.filter((f) => f.start).flatMap((f) => f.moduleIds);
const allModules = app.files.flatMap((f) => f.moduleIds);
for (const { label, pattern } of ON_DEMAND) {
  const atStart = startModules.some((id) => pattern.test(id));
  const built = allModules.some((id) => pattern.test(id));
  rule(
    `onDemand.${label}`,
    `${label} loads only on demand`,
    !atStart,
    atStart ? 'at start-up' : built ? 'on demand' : 'not in the build',
    'on demand',
  );
}

// Parser
progress('timing the parser');
const checklistDir = `${ROOT}checklists`;
const largest = await largestChecklist(checklistDir);
const parse = await timeParse(parserFile, `${checklistDir}/${largest.name}`, RUNS.parse);
figure(
  'parse.cpu',
  `Parse ${largest.name} (${(largest.size / KB).toFixed(1)} KB), CPU, ${parse.batches} batches of ${parse.batch}`,
  parse.cpu,
  'ms',
);
figure(
  'parse.lexer',
  `marked's lexer alone on ${largest.name}, CPU (reference)`,
  parse.lexer,
  'ms',
);
figure('parse.ratio', `Parse / marked's lexer, CPU medians`, parse.ratio, '×', 'parseRatio');
figure('parse.wall', `Parse ${largest.name}, wall clock, median`, parse.wall, 'ms');
figure('parse.first', `Parse ${largest.name}, first run`, parse.first, 'ms');

// Parser growth: a checklist at the item limit against one of a fifth of its items (linear ≈ 5×).
{
  progress('timing parse growth');
  const g = await timeParseScaling(parserFile, 200);
  figure(
    'parse.growth.small',
    `Parse of a generated ${g.small}-item checklist, CPU, median`,
    g.smallMs,
    'ms',
  );
  figure(
    'parse.growth.large',
    `Parse of a generated ${g.large}-item checklist, CPU, median`,
    g.largeMs,
    'ms',
  );
  figure(
    'parse.growth.ratio',
    `Parse ${g.large} items / ${g.small} items`,
    g.ratio,
    '×',
    'parseGrowthRatio',
  );
}

// Browser
const server = await serve({
  '/app/': app.outDir,
  '/floor/': floor.lit.outDir,
  '/floor-libs/': floor.libs.outDir,
  '/reference/': floor.reference.outDir,
  '/harness/': harnessDir,
  // The PDF's font, for the PDF reference (bench/harness/pdf-reference.ts).
  '/fonts/': `${ROOT}src/report/fonts`,
});
const base = `${server.url}/app/`;
const referenceUrl = `${server.url}/reference/reference.html`;
const browser = await launch();
let chromium = '';
try {
  chromium = await browser.version();
  progress(`cold loads (${chromium})`);
  const [[listRendered, interactive], [floorRendered], [floorLibsRendered]] = await coldLoads(
    browser,
    [
      { url: `${base}#/`, marks: ['app:list-rendered', 'app:interactive'] },
      { url: `${server.url}/floor/`, marks: ['floor:rendered'] },
      { url: `${server.url}/floor-libs/libs.html`, marks: ['floor:rendered'] },
    ],
    RUNS.coldLoad,
  );
  const runs = interactive.length;
  figure(
    'cold.listRendered',
    `Cold load to list rendered (empty), ${runs} runs`,
    spread(listRendered),
    'ms',
  );
  figure('cold.interactive', `Cold load to interactive, ${runs} runs`, spread(interactive), 'ms');
  figure('cold.floor', `Cold load, floor (lit only)`, spread(floorRendered), 'ms');
  figure(
    'cold.floorLibs',
    `Cold load, floor + libraries (creates a database)`,
    spread(floorLibsRendered),
    'ms',
  );
  figure(
    'cold.ratio',
    'Cold load to interactive / floor + libraries, run by run',
    spread(ratios(interactive, floorLibsRendered)),
    '×',
    'coldInteractiveRatio',
  );
  figure(
    'cold.ratioLit',
    'Cold load to interactive / floor (lit only), run by run',
    spread(ratios(interactive, floorRendered)),
    '×',
  );

  progress(`start-up under ${RUNS.cpuThrottling}× CPU throttling`);
  const [appStart, floorStart] = await startupBlocking(
    browser,
    [
      // The app has settled once its lower panels are there too (they render in idle time).
      { url: `${base}#/`, mark: 'app:interactive', settled: 'storage-usage' },
      { url: `${server.url}/floor/`, mark: 'floor:rendered' },
    ],
    { runs: RUNS.startup, rate: RUNS.cpuThrottling },
  );
  const throttled = `${RUNS.cpuThrottling}× CPU`;
  figure(
    'startup.blocking',
    `Start-up blocking (tasks beyond 50 ms at ${throttled}, from CPU time), ${appStart.blocking.length} runs`,
    spread(appStart.blocking),
    'ms',
  );
  figure(
    'startup.floorBlocking',
    `Start-up blocking, floor (lit only), ${throttled}`,
    spread(floorStart.blocking),
    'ms',
  );
  figure(
    'startup.blockingOverFloor',
    'Start-up blocking above the floor’s, medians',
    median(appStart.blocking) - median(floorStart.blocking),
    'ms',
    'startBlockingOverFloorMs',
  );
  figure(
    'startup.longTasks',
    `Start-up long tasks, measured under ${throttled}`,
    spread(appStart.longTasks),
    '',
  );
  figure(
    'startup.interactive',
    `Start-up to the list interactive, ${throttled}`,
    spread(appStart.interactive),
    'ms',
  );
  figure(
    'startup.floorInteractive',
    `Start-up to rendered, floor (lit only), ${throttled}`,
    spread(floorStart.interactive),
    'ms',
  );
  figure(
    'startup.interactiveRatio',
    'Start-up to interactive / floor (lit only), run by run',
    spread(ratios(appStart.interactive, floorStart.interactive)),
    '×',
    'startInteractiveRatio',
  );

  progress('start-up under Lighthouse’s mobile profile');
  const [[appMobile], [floorMobile]] = await coldLoads(
    browser,
    [
      { url: `${base}#/`, marks: ['app:interactive'] },
      { url: `${server.url}/floor/`, marks: ['floor:rendered'] },
    ],
    RUNS.startupMobile,
    { rate: MOBILE.cpu, network: MOBILE.network },
  );
  const mobile = `${MOBILE.cpu}× CPU, slow 4G`;
  figure(
    'startup.mobileInteractive',
    `Start-up to the list interactive, ${mobile}, ${appMobile.length} runs`,
    spread(appMobile),
    'ms',
  );
  figure(
    'startup.mobileFloorInteractive',
    `Start-up to rendered, floor (lit only), ${mobile}`,
    spread(floorMobile),
    'ms',
  );
  figure(
    'startup.mobileInteractiveRatio',
    `Start-up to interactive / floor (lit only), ${mobile}, run by run`,
    spread(ratios(appMobile, floorMobile)),
    '×',
    'startInteractiveMobileRatio',
  );

  progress('loading the demo data');
  const { context, page, seed } = await seededContext(browser, base);
  try {
    const overviewCount = await seed(DATA.overview);
    progress(`regional overview over ${overviewCount}`);
    const overview = await timeOverview(page, base, referenceUrl, RUNS.overview);
    figure(
      'overview.computeRender',
      `Regional overview of ${overviewCount}: compute + render, ${overview.computeRender.runs} runs`,
      overview.computeRender,
      'ms',
    );
    figure(
      'overview.reference',
      `Reference: lit + idb average and render the same ${overviewCount}`,
      overview.reference,
      'ms',
    );
    figure(
      'overview.ratio',
      'Regional overview / reference, wall, run by run (not gated)',
      overview.ratio,
      '×',
    );
    figure(
      'overview.cpu',
      `Regional overview of ${overviewCount}: compute + render, main-thread CPU`,
      overview.computeRenderCpu,
      'ms',
    );
    figure('overview.referenceCpu', 'Reference, main-thread CPU', overview.referenceCpu, 'ms');
    figure(
      'overview.cpuRatios',
      'Regional overview / reference, main-thread CPU, run by run',
      overview.cpuRatios,
      '×',
    );
    figure(
      'overview.cpuRatio',
      'Regional overview / reference, main-thread CPU, ratio of the medians',
      overview.cpuRatio,
      '×',
      'overview300Ratio',
    );
    figure(
      'overview.read',
      `Regional overview of ${overviewCount}: reading IndexedDB`,
      overview.read,
      'ms',
    );

    const listCount = await seed(DATA.list);
    progress(`list of ${listCount}`);
    const list = await timeList(page, base, referenceUrl, RUNS.list);
    figure(
      'list.time',
      `List of ${listCount}: read + render, ${list.list.runs} runs`,
      list.list,
      'ms',
    );
    figure(
      'list.reference',
      `Reference: lit + idb read and render the 50 newest of ${listCount}`,
      list.reference,
      'ms',
    );
    figure('list.ratio', 'List / reference, run by run', list.ratio, '×', 'list1000Ratio');
    figure('list.cpu', `List of ${listCount}: read + render, main-thread CPU`, list.listCpu, 'ms');
    figure('list.referenceCpu', 'Reference, main-thread CPU', list.referenceCpu, 'ms');
    figure(
      'list.cpuRatios',
      'List / reference, main-thread CPU, run by run (not gated)',
      list.cpuRatios,
      '×',
    );
    figure(
      'list.fromNavigation',
      `List of ${listCount}: navigation to rendered`,
      list.fromNavigation,
      'ms',
    );
    figure(
      'heap.list',
      `JS heap, list shown with ${listCount} stored (after GC)`,
      (await heapUsed(page)) / MB,
      'MB',
      'heap1000Mb',
    );
    // The list reads only the rows it shows; the regional overview holds all of them in memory.
    await loadOverview(page, base);
    figure(
      'heap.overview',
      `JS heap, regional overview of all ${listCount} (after GC)`,
      (await heapUsed(page)) / MB,
      'MB',
      'heap1000Mb',
    );

    progress('autosave');
    const save = await timeSave(page, `${server.url}/harness/save.js`, 'bench-100', RUNS.save);
    figure(
      'save.throughTimer',
      `Autosave: edit to committed, through the ${save.delayMs} ms pause (aim ≤ ${save.budgetMs} ms, not gated), ${save.throughTimer.runs} runs`,
      save.throughTimer,
      'ms',
    );
    figure('save.write', 'Autosave: the write alone (flush)', save.write, 'ms');
    figure('save.put', 'Reference: one plain IndexedDB put of the record', save.put, 'ms');
    figure(
      'save.ratio',
      'Autosave write / plain put, run by run',
      save.ratio,
      '×',
      'saveWriteRatio',
    );
    rule(
      'save.delay',
      `Autosave pause leaves room for the write (${save.delayMs} ms of ${save.budgetMs} ms)`,
      save.delayMs <= save.budgetMs - 30,
      `${save.budgetMs - save.delayMs} ms`,
      '≥ 30 ms',
    );

    const pdfTarget = await storeFullPlan(page);
    progress(`PDF export (${pdfTarget.actions} actions, ${pdfTarget.reviewed} reviewed)`);
    const pdf = await timePdf(
      context,
      base,
      pdfTarget.id,
      `${server.url}/harness/pdf-reference.js`,
      { coldRuns: RUNS.pdfCold, warmRuns: RUNS.pdfWarm },
    );
    figure(
      'pdf.warm',
      `PDF of a full plan (${pdfTarget.items} items, ${pdfTarget.actions} actions), warm, ${pdf.warm.runs} runs`,
      pdf.warm,
      'ms',
    );
    figure(
      'pdf.reference',
      'Reference: jsPDF alone, a plain document of that text',
      pdf.reference,
      'ms',
    );
    figure('pdf.ratio', 'PDF warm / reference, wall, run by run (not gated)', pdf.ratio, '×');
    figure('pdf.cpu', 'PDF of a full plan, warm, main-thread CPU', pdf.warmCpu, 'ms');
    figure('pdf.referenceCpu', 'Reference, main-thread CPU', pdf.referenceCpu, 'ms');
    figure(
      'pdf.cpuRatios',
      'PDF warm / reference, main-thread CPU, run by run',
      pdf.cpuRatios,
      '×',
    );
    figure(
      'pdf.cpuRatio',
      'PDF warm / reference, main-thread CPU, ratio of the medians',
      pdf.cpuRatio,
      '×',
      'pdfWarmRatio',
    );
    figure('pdf.cold', 'PDF, cold (loads the PDF chunk and fonts)', pdf.cold, 'ms');
    figure('pdf.size', 'PDF file size', pdf.download.size / KB, 'KB');

    progress(`backup of ${DATA.backup} assessments`);
    const backup = await timeBackup(
      page,
      `${server.url}/harness/backup.js`,
      DATA.backup,
      RUNS.backup,
    );
    figure(
      'backup.export',
      `Backup of ${DATA.backup} (${(backup.bytes / MB).toFixed(1)} MB): export, ${backup.exportMs.runs} runs`,
      backup.exportMs,
      'ms',
    );
    figure(
      'backup.import',
      `Backup of ${DATA.backup}: import (check, plan, write)`,
      backup.importMs,
      'ms',
    );
    // More data-heavy figures go here, each as one figure() call with its budget from budgets.mjs.
  } finally {
    await context.close();
  }

  // Its own context (its own database): exactly the organisations the figure names, no demo rows.
  const heat = await seededContext(browser, base);
  try {
    const seeded = await seedOrganisations(heat.page, DATA.organisations);
    if (seeded.organisations !== DATA.organisations)
      throw new Error(`Seeded ${seeded.organisations} organisations, not ${DATA.organisations}`);
    const label = `${seeded.organisations} organisations × ${seeded.items} items`;
    progress(`regional overview with the heatmap, ${label}`);
    const heatmap = await timeOverview(heat.page, base, referenceUrl, RUNS.overviewOrganisations);
    figure(
      'overviewOrganisations.computeRender',
      `Overview with heatmap, ${label}: compute + render (aim ≤ 150 ms idle, not gated), ${heatmap.computeRender.runs} runs`,
      heatmap.computeRender,
      'ms',
    );
    figure(
      'overviewOrganisations.reference',
      `Reference: lit + idb average and render the same ${seeded.count}`,
      heatmap.reference,
      'ms',
    );
    figure(
      'overviewOrganisations.ratio',
      `Overview with heatmap, ${label} / reference, wall, run by run (not gated)`,
      heatmap.ratio,
      '×',
    );
    figure(
      'overviewOrganisations.cpu',
      `Overview with heatmap, ${label}: compute + render, main-thread CPU`,
      heatmap.computeRenderCpu,
      'ms',
    );
    figure(
      'overviewOrganisations.referenceCpu',
      'Reference, main-thread CPU',
      heatmap.referenceCpu,
      'ms',
    );
    figure(
      'overviewOrganisations.cpuRatios',
      `Overview with heatmap, ${label} / reference, main-thread CPU, run by run`,
      heatmap.cpuRatios,
      '×',
    );
    figure(
      'overviewOrganisations.cpuRatio',
      `Overview with heatmap, ${label} / reference, main-thread CPU, ratio of the medians`,
      heatmap.cpuRatio,
      '×',
      'overviewOrganisationsRatio',
    );
    figure(
      'overviewOrganisations.read',
      `Overview with heatmap, ${label}: reading IndexedDB`,
      heatmap.read,
      'ms',
    );
  } finally {
    await heat.context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

// Output
const seconds = (performance.now() - began) / 1000;
const number = (value, unit) => {
  if (typeof value === 'string') return value;
  const digits = unit === '×' ? 2 : value >= 100 || unit === '' ? 0 : 1;
  return `${value.toFixed(digits)}${unit === '×' ? '×' : unit === '' ? '' : ` ${unit}`}`;
};
const status = (pass) => (pass === undefined ? '' : pass ? 'PASS' : 'FAIL');

function table(headers, rows, align) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (align[i] === 'r' ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const chunkRows = (files) =>
  files.map((f) => [
    f.file,
    f.start ? 'start' : 'on demand',
    (f.raw / KB).toFixed(1),
    (f.gzip / KB).toFixed(1),
    [f.main, ...f.packages].filter(Boolean).join(', '),
  ]);
const sum = (label, totals) => [
  label,
  `${totals.files} files`,
  (totals.raw / KB).toFixed(1),
  (totals.gzip / KB).toFixed(1),
  '',
];
const chunkHeaders = ['File', 'Loads', 'Raw KB', 'Gzip KB', 'Main module, libraries'];
const chunkAlign = ['l', 'l', 'r', 'r', 'l'];

console.log('\nApp build (bench/out/app), JS and CSS');
console.log(
  table(chunkHeaders, [...chunkRows(app.files), sum('start-up total', start)], chunkAlign),
);
console.log('\nFloor pages (bench/floor/, built in this run)');
console.log(
  table(
    chunkHeaders,
    [
      ...chunkRows(floor.lit.files).map((r) => [`lit only: ${r[0]}`, ...r.slice(1)]),
      ...chunkRows(floor.libs.files).map((r) => [`lit + idb: ${r[0]}`, ...r.slice(1)]),
    ],
    chunkAlign,
  ),
);
console.log('\nFigures and budgets (a spread is the median, then min–max)');
console.log(
  table(
    ['Measure', 'Value', 'Min–max', 'Budget', 'Result'],
    figures.map((f) => [
      f.label,
      number(f.value, f.unit),
      f.min === undefined ? '' : `${number(f.min, f.unit)} – ${number(f.max, f.unit)}`,
      f.limit === undefined
        ? (f.expected ?? '—')
        : `≤ ${number(f.limit, f.unit)}${f.raisedFrom === undefined ? '' : ` (raised from ${number(f.raisedFrom, f.unit)})`}`,
      status(f.pass),
    ]),
    ['l', 'r', 'r', 'r', 'l'],
  ),
);
const failed = figures.filter((f) => f.pass === false);
console.log(
  `\n${failed.length === 0 ? 'All budgets hold' : `${failed.length} over budget: ${failed.map((f) => f.id).join(', ')}`}` +
    ` (${seconds.toFixed(0)} s, ${chromium}, Node ${process.version})`,
);

await writeFile(
  `${ROOT}bench/results.json`,
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      seconds,
      chromium,
      node: process.version,
      budgets: BUDGETS,
      runs: RUNS,
      start,
      floor: { lit: floorLit, libs: floorLibs },
      files: app.files.map(({ moduleIds: _m, ...f }) => f),
      floorFiles: {
        lit: floor.lit.files,
        libs: floor.libs.files,
        reference: floor.reference.files,
      },
      figures,
    },
    null,
    2,
  )}\n`,
);

if (check && failed.length > 0) process.exitCode = 1;
