// Builds the production app, the floor pages and a Node bundle of the checklist parser, and sizes
// every JS/CSS file each build wrote.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT = fileURLToPath(new URL('../out/', import.meta.url));

/** The package a module belongs to, or undefined for our own code. */
function packageOf(id) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  return match?.[1];
}

function outputOf(result) {
  return (Array.isArray(result) ? result[0] : result).output;
}

/** The files a page loads before it runs: its module scripts, module preloads and stylesheets. */
async function startFiles(htmlFile) {
  const html = await readFile(htmlFile, 'utf8');
  const files = [];
  const pattern =
    /<script[^>]*type="module"[^>]*src="([^"]+)"|<link[^>]*rel="(?:modulepreload|stylesheet)"[^>]*href="([^"]+)"/g;
  for (const match of html.matchAll(pattern)) {
    const ref = match[1] ?? match[2];
    if (!/^(https?:)?\/\//.test(ref)) files.push(ref.replace(/^\.?\//, ''));
  }
  return files;
}

/**
 * Sizes of every JS and CSS file of a build. A file loads at start when the page names it (script,
 * modulepreload, stylesheet) or a start file imports it statically; everything else loads on demand.
 */
async function analyse(output, htmlFiles, outDir) {
  const byName = new Map(output.map((o) => [o.fileName, o]));
  const start = new Set();
  for (const htmlFile of htmlFiles) {
    for (const file of await startFiles(`${outDir}/${htmlFile}`)) start.add(file);
  }
  // Static imports of start chunks (and their CSS) are loaded before the page runs too.
  const queue = [...start];
  while (queue.length > 0) {
    const item = byName.get(queue.pop());
    if (item?.type !== 'chunk') continue;
    for (const dep of [...item.imports, ...(item.viteMetadata?.importedCss ?? [])]) {
      if (!start.has(dep)) {
        start.add(dep);
        queue.push(dep);
      }
    }
  }
  const files = [];
  for (const item of output) {
    if (!/\.(js|mjs|css)$/.test(item.fileName)) continue;
    const text = item.type === 'chunk' ? item.code : item.source;
    const moduleIds = item.type === 'chunk' ? Object.keys(item.modules) : [];
    const packages = [...new Set(moduleIds.map(packageOf).filter(Boolean))];
    const own = moduleIds
      .filter((id) => id.startsWith(`${ROOT}src/`))
      .map((id) => ({ id, size: item.modules[id].renderedLength }))
      .sort((a, b) => b.size - a.size);
    files.push({
      file: item.fileName,
      start: start.has(item.fileName),
      raw: Buffer.byteLength(text),
      gzip: gzipSync(text, { level: 9 }).length,
      packages,
      // The largest of our own modules names the chunk in the table.
      main: own[0]?.id.slice(ROOT.length),
      moduleIds: moduleIds.map((id) => (id.startsWith(ROOT) ? id.slice(ROOT.length) : id)),
    });
  }
  files.sort((a, b) => Number(b.start) - Number(a.start) || b.gzip - a.gzip);
  return files;
}

/** Sums raw and gzip sizes of the files that load at start. */
export function startTotals(files) {
  const start = files.filter((f) => f.start);
  return {
    raw: start.reduce((sum, f) => sum + f.raw, 0),
    gzip: start.reduce((sum, f) => sum + f.gzip, 0),
    files: start.length,
  };
}

/** The production app as `npm run build` makes it, written to bench/out/app. */
export async function buildApp() {
  const outDir = `${OUT}app`;
  const result = await build({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return { outDir, files: await analyse(outputOf(result), ['index.html'], outDir) };
}

/**
 * The floor pages (bench/floor/): lit alone, lit with the start page's libraries, and the reference
 * workloads for the list and the overview (lit and idb).
 */
export async function buildFloor() {
  const outDir = `${OUT}floor`;
  const floorRoot = `${ROOT}bench/floor`;
  const build1 = async (page) => {
    const dir = `${outDir}/${page}`;
    const result = await build({
      configFile: false,
      root: floorRoot,
      base: './',
      logLevel: 'warn',
      build: {
        outDir: dir,
        emptyOutDir: true,
        target: 'es2022',
        rollupOptions: { input: `${floorRoot}/${page}.html` },
      },
    });
    return { outDir: dir, files: await analyse(outputOf(result), [`${page}.html`], dir) };
  };
  // Built one at a time, so that no chunk is shared between the pages.
  return {
    lit: await build1('index'),
    libs: await build1('libs'),
    reference: await build1('reference'),
  };
}

/** src/checklist/parse.ts bundled for Node (its libraries stay imports), for timing the parser. */
export async function buildParser() {
  const outDir = `${OUT}node`;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: `${ROOT}src/checklist/parse.ts`,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'parse.mjs' } },
    },
  });
  return `${outDir}/parse.mjs`;
}

/**
 * bench/harness/*.ts bundled as browser modules (backup.js, save.js, pdf-reference.js), for timing
 * the app's own code in a page of the same origin.
 */
export async function buildHarness() {
  const outDir = `${OUT}harness`;
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // The fonts the PDF code would fetch are not part of this harness.
      assetsInlineLimit: 0,
      lib: {
        entry: {
          backup: `${ROOT}bench/harness/backup.ts`,
          save: `${ROOT}bench/harness/save.ts`,
          'pdf-reference': `${ROOT}bench/harness/pdf-reference.ts`,
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
    },
  });
  return outDir;
}
