// A tiny static file server on 127.0.0.1 and a free port, for loading the builds in Chromium.
// Text files go gzipped to a browser that accepts it, as every static host sends them: the bytes
// on the wire are then what the size budgets count, which matters once the network is throttled
// (bench/BUDGETS.md, the mobile profile).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);

/** Serves each directory of `mounts` under its prefix, e.g. { '/app/': '/abs/dist' }; returns the base URL. */
export async function serve(mounts) {
  /** Each text file's gzip, made once (level 9, as the size budgets count). */
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return notFound(response);
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    if (relative.startsWith('..')) return notFound(response);
    const file = join(mounts[prefix], relative.endsWith('/') ? `${relative}index.html` : relative);
    try {
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (
        COMPRESSED.has(extname(file)) &&
        /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
      ) {
        if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
        body = gzipped.get(file);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('Not found');
}
