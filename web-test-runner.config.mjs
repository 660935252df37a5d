// Tests run in a real headless Chromium: the one named by CHROME_PATH, else Debian's /usr/bin/chromium.
// scripts/check-chrome.mjs (npm's pretest) fails early with an install hint when neither exists.
import { readFile } from 'node:fs/promises';
import commonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { storageQuotaPlugin } from './test/plugins/storage-quota.mjs';

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

export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  // Flow tests share the app's IndexedDB (one origin), so test files run one at a time.
  concurrency: 1,
  // papaparse ships only as UMD/CommonJS; Vite converts it in the app, this does in tests.
  plugins: [
    fromRollup(commonjs)({ include: ['**/node_modules/papaparse/**'], ignore: ['stream'] }),
    rawMarkdown,
    storageQuotaPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testsFinishTimeout: 600000,
};
