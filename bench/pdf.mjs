// node --max-semi-space-size=64 bench/pdf.mjs
// Only the "PDF of a full plan, warm / reference" measurement of bench/run.mjs (issue 13's full plan:
// 9 items, 27 actions, a previous round with 27 reviewed), for working on the PDF without running
// the whole bench. Prints the figures beside the budget; gates nothing.
import { spawnSync } from 'node:child_process';
import { BUDGETS, KB, RUNS } from './budgets.mjs';
import { ROOT, buildApp, buildHarness } from './lib/build.mjs';
import { launch, seededContext, storeFullPlan, timePdf } from './lib/browser.mjs';
import { serve } from './lib/serve.mjs';

const fonts = spawnSync(process.execPath, ['scripts/build-fonts.mjs'], {
  cwd: ROOT,
  stdio: 'pipe',
});
if (fonts.status !== 0) throw new Error(`npm run fonts failed:\n${fonts.stderr}`);
const app = await buildApp();
const harnessDir = await buildHarness();
const server = await serve({
  '/app/': app.outDir,
  '/harness/': harnessDir,
  '/fonts/': `${ROOT}src/report/fonts`,
});
const browser = await launch();
try {
  const { context, page } = await seededContext(browser, `${server.url}/app/`);
  const target = await storeFullPlan(page);
  const pdf = await timePdf(
    context,
    `${server.url}/app/`,
    target.id,
    `${server.url}/harness/pdf-reference.js`,
    {
      coldRuns: RUNS.pdfCold,
      warmRuns: RUNS.pdfWarm,
    },
  );
  const show = (name, s) =>
    console.log(`${name}: median ${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`);
  console.log(`${target.items} items, ${target.actions} actions, ${target.reviewed} reviewed`);
  show('PDF warm, ms', pdf.warm);
  show('reference, ms', pdf.reference);
  show('PDF warm / reference, wall, × (not gated)', pdf.ratio);
  show('PDF warm, main-thread CPU, ms', pdf.warmCpu);
  show('reference, main-thread CPU, ms', pdf.referenceCpu);
  show('PDF warm / reference, CPU run by run, ×', pdf.cpuRatios);
  console.log(
    `PDF warm / reference, CPU, ratio of the medians: ${pdf.cpuRatio.toFixed(2)}× (budget ≤ ${BUDGETS.pdfWarmRatio})`,
  );
  show('PDF cold, ms', pdf.cold);
  console.log(`PDF size: ${(pdf.download.size / KB).toFixed(1)} KB`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
