// node bench/startup.mjs [runs]
// Only the "start-up to the list interactive / floor (lit only)" measurements of bench/run.mjs
// (cold, fresh context, app and floor in turns): under 4× CPU with the app's start-up phases beside
// it, then under Lighthouse's mobile profile (4× CPU and slow 4G), for working on those figures
// without running the whole bench. Gates nothing; the blocking figure needs the full bench.
import { MOBILE, RUNS } from './budgets.mjs';
import { buildApp, buildFloor } from './lib/build.mjs';
import { coldLoads, launch } from './lib/browser.mjs';
import { median, ratios, spread } from './lib/stats.mjs';
import { serve } from './lib/serve.mjs';

const runs = Number(process.argv[2]) || RUNS.startup;
const rate = RUNS.cpuThrottling;
const app = await buildApp();
const floor = await buildFloor();
const server = await serve({ '/app/': app.outDir, '/floor/': floor.lit.outDir });
const browser = await launch();

/** One cold load under throttling: the time of `mark` and the app's phases (ms from navigation). */
async function throttledLoad(url, mark) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
    await page.setCacheEnabled(false);
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.goto(url);
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, {}, mark);
    const phases = await page.evaluate((m) => {
      const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => r.initiatorType === 'script' || r.initiatorType === 'other');
      return {
        mark: at(m),
        responseEnd: nav.responseEnd,
        scriptsLoaded: Math.max(0, ...scripts.map((r) => r.responseEnd)),
        domContentLoaded: nav.domContentLoadedEventStart,
        listLoad: at('app:list-load'),
        listRendered: at('app:list-rendered'),
      };
    }, mark);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return phases;
  } finally {
    await context.close();
  }
}

try {
  const appRuns = [];
  const floorRuns = [];
  for (let run = 0; run <= runs; run++) {
    const a = await throttledLoad(`${server.url}/app/#/`, 'app:interactive');
    const f = await throttledLoad(`${server.url}/floor/`, 'floor:rendered');
    if (run === 0) continue; // warms Chromium itself
    appRuns.push(a);
    floorRuns.push(f);
  }
  const show = (name, values, digits = 0) => {
    const s = spread(values);
    console.log(
      `${name}: median ${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`,
    );
  };
  const of = (list, key) => list.map((r) => r[key]);
  console.log(`${runs} runs, ${rate}× CPU`);
  show('app interactive, ms', of(appRuns, 'mark'));
  show('floor rendered, ms', of(floorRuns, 'mark'));
  show('ratio, ×', ratios(of(appRuns, 'mark'), of(floorRuns, 'mark')), 2);
  show('app scripts loaded, ms', of(appRuns, 'scriptsLoaded'));
  show('floor scripts loaded, ms', of(floorRuns, 'scriptsLoaded'));
  show('app DOMContentLoaded, ms', of(appRuns, 'domContentLoaded'));
  show('floor DOMContentLoaded, ms', of(floorRuns, 'domContentLoaded'));
  show('app list-load, ms', of(appRuns, 'listLoad'));
  show(
    'app DCL → list-load, ms',
    appRuns.map((r) => r.listLoad - r.domContentLoaded),
  );
  show(
    'app list-load → rendered, ms',
    appRuns.map((r) => r.listRendered - r.listLoad),
  );
  console.log(
    `median ratio ${median(ratios(of(appRuns, 'mark'), of(floorRuns, 'mark'))).toFixed(2)}`,
  );

  const [[appMobile], [floorMobile]] = await coldLoads(
    browser,
    [
      { url: `${server.url}/app/#/`, marks: ['app:interactive'] },
      { url: `${server.url}/floor/`, marks: ['floor:rendered'] },
    ],
    runs,
    { rate: MOBILE.cpu, network: MOBILE.network },
  );
  console.log(`\n${runs} runs, ${MOBILE.cpu}× CPU and slow 4G (Lighthouse's mobile profile)`);
  show('app interactive, ms', appMobile);
  show('floor rendered, ms', floorMobile);
  show('ratio, ×', ratios(appMobile, floorMobile), 2);
} finally {
  await browser.close();
  await server.close();
}
