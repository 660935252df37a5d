// Tests run in a real headless Chromium, launched as scripts/chromium.mjs says (CHROME_PATH, else an
// installed Chrome, Chromium or Edge); scripts/check-chrome.mjs (npm's pretest) finds or installs one.
//
// Four groups, each in a browser of its own (a separate profile, so their IndexedDB, localStorage and
// BroadcastChannels never meet), three running at the same time (WTR_BROWSERS to change):
// - unit: everything but the two folders below, several files at once. Each file that opens a
//   database uses a name of its own; the one that uses the app's own database
//   (test/ui/**/assessment-store.test.ts) is the only one in this browser that does.
// - flows-a, flows-b: one file at a time each, the flows split by file name into two halves of
//   about equal time. test/flows/: they all load the real app on the app's database (each browser
//   has its own); test/ui/controls/ (in flows-b): they measure layout (ResizeObserver, frames),
//   which a page that is not the browser's front tab does not get in time.
// - quota: test/flows/quota.test.ts alone, in a fresh browser (see its group below).
// On 2 cores the suite is CPU-bound: three browsers keep both cores busy (two left one idle about a
// quarter of the time once the unit group had finished).
import { readFile } from 'node:fs/promises';
import commonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { storageQuotaPlugin } from './test/plugins/storage-quota.mjs';
import { printPdfPlugin } from './test/plugins/print-pdf.mjs';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

/** Serves `*.md?raw` imports as a string module, like Vite does. */
const rawMarkdown = {
  name: 'raw-markdown',
  async serve(context) {
    if (context.path.endsWith('.md') && context.URL.searchParams.has('raw')) {
      const text = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    }
    return undefined;
  },
};

/**
 * The dev server asks the browser to revalidate every file on every load (no-cache); sources do not
 * change during a run, so each browser keeps them for the run and an app load or a test page that
 * imports them costs no request (about a fifth of the suite's CPU went to serving and revalidating).
 */
const cacheForTheRun = async (context, next) => {
  await next();
  if (/^\/(src|node_modules|checklists)\//.test(context.path) && context.status === 200) {
    context.set('Cache-Control', 'max-age=3600');
  }
};

const launchOptions = chromiumLaunchOptions();
/** A browser for a group, named after it in the runner's progress lines (".ci/run" adds them up). */
const browser = (name, concurrency) =>
  Object.assign(chromeLauncher({ launchOptions, concurrency }), { name });
/** Test files of the unit group open at once (in tabs of one browser). */
const UNIT_CONCURRENCY = Number(process.env.WTR_UNIT_CONCURRENCY ?? 2);

// `npx wtr test/a.test.ts test/flows/b.test.ts` names its files: then they run one at a time in one
// browser (wtr would otherwise run the groups' files besides them).
const namedFiles = process.argv.slice(2).some((arg) => /\.test\.[jt]s$/.test(arg));

const groups = {
  groups: [
    {
      name: 'unit',
      files: ['test/**/*.test.ts', '!test/flows/**', '!test/ui/controls/**'],
      browsers: [browser('Chromium, unit', UNIT_CONCURRENCY)],
    },
    // The flows in two halves of about equal time (by file name), each in a browser of its own.
    {
      name: 'flows-a',
      files: ['test/flows/[a-c]*.test.ts'],
      browsers: [browser('Chromium, flows a–c', 1)],
    },
    {
      name: 'flows-b',
      files: [
        'test/flows/[d-z]*.test.ts',
        'test/ui/controls/**/*.test.ts',
        '!test/flows/quota.test.ts',
      ],
      browsers: [browser('Chromium, flows d–z', 1)],
    },
    // A quota override is applied per origin and lost or shadowed in a browser where earlier flows
    // created and deleted large databases (seen after the soak test), so this file gets a fresh one.
    {
      name: 'quota',
      files: ['test/flows/quota.test.ts'],
      browsers: [browser('Chromium, quota', 1)],
    },
  ],
  // Two groups' browsers run at once.
  concurrentBrowsers: Number(process.env.WTR_BROWSERS ?? 3),
};
const named = { browsers: [browser('Chromium', 1)] };

export default {
  nodeResolve: true,
  middleware: [cacheForTheRun],
  ...(namedFiles ? named : groups),
  // papaparse ships only as UMD/CommonJS; Vite converts it in the app, this does in tests.
  plugins: [
    fromRollup(commonjs)({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'] }),
    rawMarkdown,
    storageQuotaPlugin(),
    printPdfPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testsFinishTimeout: 600000,
};
