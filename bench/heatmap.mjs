// node --max-semi-space-size=64 bench/heatmap.mjs [runs]
// Only the "overview with heatmap, 300 organisations × 9 items / reference" measurement of
// bench/run.mjs, for profiling that view without running the whole bench. Gates nothing.
import { spawnSync } from 'node:child_process';
import { DATA, RUNS } from './budgets.mjs';
import { ROOT, buildApp, buildFloor } from './lib/build.mjs';
import { launch, seededContext, seedOrganisations, timeOverview } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const runs = Number(process.argv[2]) || RUNS.overviewOrganisations;
const fonts = spawnSync(process.execPath, ['scripts/build-fonts.mjs'], {
  cwd: ROOT,
  stdio: 'pipe',
});
if (fonts.status !== 0) throw new Error(`npm run fonts failed:\n${fonts.stderr}`);
const app = await buildApp();
const floor = await buildFloor();
const server = await serve({ '/app/': app.outDir, '/reference/': floor.reference.outDir });
const browser = await launch();
try {
  const heat = await seededContext(browser, `${server.url}/app/`);
  const seeded = await seedOrganisations(heat.page, DATA.organisations);
  const m = await timeOverview(
    heat.page,
    `${server.url}/app/`,
    `${server.url}/reference/reference.html`,
    runs,
  );
  const show = (name, s) =>
    console.log(`${name}: median ${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`);
  console.log(`${seeded.organisations} organisations × ${seeded.items} items, ${runs} runs`);
  show('app compute + render, ms', m.computeRender);
  show('reference, ms', m.reference);
  show('ratio (wall), ×', m.ratio);
  show('app compute + render, main-thread CPU, ms', m.computeRenderCpu);
  show('reference, main-thread CPU, ms', m.referenceCpu);
  show('ratio (CPU), run by run, ×', m.cpuRatios);
  console.log(`ratio of the CPU medians (gated), ×: ${m.cpuRatio.toFixed(2)}`);
  await heat.context.close();
} finally {
  await browser.close();
  await server.close();
}
