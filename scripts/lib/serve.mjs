// A small static file server for the demo, the built-bundle tests, the Storybook smoke test and the benchmark.
// Binds to 127.0.0.1 only. Optional extra headers (for a Content-Security-Policy test, say) and compression.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.map']);

const cache = new Map();

/** The file's bytes compressed with `encoding`, computed again only when the file's size or time changes. */
function compressed(file, stats, encoding) {
  const key = `${encoding}:${file}`;
  const version = `${stats.size}:${stats.mtimeMs}`;
  const hit = cache.get(key);
  if (hit?.version === version) return hit.body;
  const raw = readFileSync(file);
  const body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
  cache.set(key, { version, body });
  return body;
}

/**
 * Serves `root` on 127.0.0.1. Options: `port` (0 picks a free one), `headers` (added to every response, or a
 * function of the request path), `compress` (`'br'`, `'gzip'` or false: honours Accept-Encoding), `redirects`
 * (`{ '/': '/demo/' }`), `onRequest` (called with the request, for logs).
 * Resolves to `{ url, port, close }`.
 */
export function serve(root, { port = 0, headers = {}, compress = false, redirects = {}, onRequest } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    onRequest?.(request);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (redirects[path]) {
      response.writeHead(302, { Location: redirects[path] });
      response.end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    let stats;
    try {
      stats = statSync(file);
      if (stats.isDirectory()) {
        if (!path.endsWith('/')) {
          response.writeHead(301, { Location: `${path}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        path += 'index.html';
        stats = statSync(file);
      }
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const ext = extname(file);
    const extra = typeof headers === 'function' ? headers(path) : headers;
    const head = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-store', ...extra };
    const accepts = String(request.headers['accept-encoding'] ?? '');
    let encoding;
    if (compress && COMPRESSIBLE.has(ext)) {
      if (compress === 'br' && accepts.includes('br')) encoding = 'br';
      else if (accepts.includes('gzip')) encoding = 'gzip';
      head.Vary = 'Accept-Encoding';
    }
    // Compressed bodies are made once per file version and kept, as a CDN does: brotli at its best setting takes
    // about 0.3 s for the entry, which would otherwise be counted as network time on every request.
    const body = encoding ? compressed(file, stats, encoding) : null;
    if (encoding) head['Content-Encoding'] = encoding;
    head['Content-Length'] = body ? body.length : stats.size;
    response.writeHead(200, head);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    if (body) response.end(body);
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done())),
        server,
      });
    });
  });
}
