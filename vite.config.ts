import { defineConfig } from 'vite';

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
});
