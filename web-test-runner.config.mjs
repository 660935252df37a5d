// Tests run in a real headless Chromium, launched as scripts/chromium.mjs says (CHROME_PATH, else an
// installed Chrome, Chromium or Edge); scripts/check-chrome.mjs (npm's pretest) finds or installs one.
//
// Three groups, each in a browser of its own (a separate profile, so their IndexedDB, localStorage and
// BroadcastChannels never meet), two running at the same time:
// - unit: everything but the two folders below, several files at once. Each file that opens a
//   database uses a name of its own; the one that uses the app's own database
//   (test/ui/**/assessment-store.test.ts) is the only one in this browser that does.
// - serial: one file at a time. test/flows/: they all load the real app on the app's database;
//   test/ui/controls/: they measure layout (ResizeObserver, frames), which a page that is not the
//   browser's front tab does not get in time.
// - quota: test/flows/quota.test.ts alone, in a fresh browser (see its group below).
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
    {
      name: 'serial',
      files: [
        'test/flows/**/*.test.ts',
        'test/ui/controls/**/*.test.ts',
        '!test/flows/quota.test.ts',
      ],
      browsers: [browser('Chromium, serial', 1)],
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
  concurrentBrowsers: 2,
};
const named = { browsers: [browser('Chromium', 1)] };

export default {
  nodeResolve: true,
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
