import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Marks the start-up chunks (the page's entry and what it imports statically) for eager compilation
 * with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+; other engines
 * ignore the comment): nearly all of their code runs at start-up, and compiled as the file streams
 * in, off the main thread, it is not compiled lazily on the main thread at each first call (a
 * throttled profile of the start showed about 100 ms of that). The files' hashed names are set
 * before; they stay unique per build, the comment being the same every time.
 */
function compileStartUpEagerly(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'compile-start-up-eagerly',
    apply: 'build',
    // On the written files: Vite's own last steps (the preload map at the top of the entry) come
    // after every plugin's generateBundle, and the minifier drops comments.
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const startUp = new Set<string>();
      const visit = (fileName: string) => {
        if (startUp.has(fileName)) return;
        startUp.add(fileName);
        for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
      };
      for (const c of chunks) {
        if (c.isEntry && c.facadeModuleId?.endsWith('.html')) visit(c.fileName);
      }
      for (const fileName of startUp) {
        const file = join(options.dir ?? 'dist', fileName);
        writeFileSync(file, HINT + readFileSync(file, 'utf8'));
      }
    },
  };
}

/** What `manualChunks` is given to look modules up with. */
type ModuleInfoLookup = (id: string) => { importedIds: readonly string[] } | null;

/**
 * Puts the page's entry and every module it imports statically (Vite's modulepreload polyfill,
 * main.ts, the start page and what it needs, lit and idb included) into one chunk, the entry
 * itself; what loads on demand is split as Rollup chooses. By default Rollup cut the start-up code
 * into five files by which lazy views share each module (lit, i18n, idb, the preload helper…), and
 * each file is one more request and module record before the list shows: measured in turns with
 * the split build, the one file took 5–12 % less main-thread time to the list interactive. Lazy
 * chunks import lit and the rest from the entry, loaded by then.
 */
function startUpChunk(): (
  id: string,
  meta: { getModuleInfo: ModuleInfoLookup },
) => string | undefined {
  let startUp: Set<string> | undefined;
  return (id, { getModuleInfo }) => {
    if (!startUp) {
      const seen = new Set<string>();
      const visit = (module: string) => {
        if (seen.has(module)) return;
        seen.add(module);
        for (const imported of getModuleInfo(module)?.importedIds ?? []) visit(imported);
      };
      visit(resolve(import.meta.dirname, 'index.html'));
      startUp = seen;
    }
    return startUp.has(id) ? 'start' : undefined;
  };
}

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    rollupOptions: { output: { manualChunks: startUpChunk() } },
  },
  server: { open: false },
  plugins: [
    compileStartUpEagerly(),
    VitePWA({
      // A new version waits until the user says so (src/ui/shell/app-update.ts), after pending
      // saves are written; the registration is made by our code, after the first render.
      registerType: 'prompt',
      injectRegister: false,
      // public/ is in the glob below; listing the icons again would precache them twice.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Järjestöystävällisyyden itsearviointi',
        short_name: 'Järjestöystävällisyys',
        description:
          'Kunnan tai hyvinvointialueen järjestöystävällisyyden itsearviointi, selaimessa ja ilman verkkoa.',
        lang: 'fi',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#0b4f8a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Everything the build writes, the lazily loaded PDF chunk and its TrueType fonts included,
        // so that after one visit the app works with no network at all.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Hash routes: every page is index.html.
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
});
