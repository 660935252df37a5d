import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// A relative base lets the built app run from any sub-path of a static host
// (e.g. https://example.org/tools/jarjestoystavallisyys/) without configuration.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: { open: false },
  plugins: [
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
