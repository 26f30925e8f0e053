/**
 * A tiny static file server for the bench pages: deterministic, no caching, no
 * dev-server client. Serves index.html for "/". With `gzip: true`, text files
 * (HTML, JS, JSON, CSS) go out gzip-encoded when the browser accepts it, as any
 * real host serves them; each file is compressed once and kept in memory, so
 * compression time is never part of a measurement.
 * Several roots are tried in order (the demo's data folder is not copied by
 * `vite build`), and HTML can be rewritten on the way out.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Starts serving `roots` on a free localhost port.
 * @param {string[]} roots directories to serve, first match wins
 * @param {{ rewriteHtml?: (path: string, html: string) => string, gzip?: boolean, pages?: Record<string, string> }} [options]
 *   `pages`: extra HTML pages by path, served as if they were files.
 * @returns {Promise<{ url: string, requests: string[], bodyBytes: Map<string, number>, close(): Promise<void> }>}
 *   `bodyBytes`: the size of each path's last response body as sent (gzip-encoded when it was).
 */
export async function serveStatic(roots, { rewriteHtml = (_path, html) => html, gzip = false, pages = {} } = {}) {
  const bases = roots.map((root) => normalize(root + sep));
  const requests = [];
  const bodyBytes = new Map();
  const gzipped = new Map();
  const send = (req, res, path, type, body) => {
    const headers = { 'content-type': TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      let packed = gzipped.get(path);
      if (!packed) gzipped.set(path, (packed = gzipSync(body, { level: 6 })));
      res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      bodyBytes.set(path, packed.length);
      res.end(packed);
      return;
    }
    res.writeHead(200, headers);
    bodyBytes.set(path, body.length);
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    requests.push(path);
    const relativePath = path.endsWith('/') ? `${path}index.html` : path;
    if (Object.hasOwn(pages, relativePath)) {
      send(req, res, relativePath, '.html', Buffer.from(pages[relativePath]));
      return;
    }
    for (const base of bases) {
      const file = normalize(join(base, relativePath));
      if (!file.startsWith(base)) break;
      let body;
      try {
        body = await readFile(file);
      } catch {
        continue;
      }
      const type = extname(file);
      if (type === '.html') body = Buffer.from(rewriteHtml(relativePath, body.toString('utf8')));
      send(req, res, relativePath, type, body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    bodyBytes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
