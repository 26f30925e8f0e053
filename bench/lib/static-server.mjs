/**
 * A tiny static file server for the built demo (dist/demo): deterministic,
 * no caching, no compression, no dev-server client. Serves index.html for "/".
 * Several roots are tried in order (the demo's data folder is not copied by
 * `vite build`), and HTML can be rewritten on the way out.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

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
 * @param {{ rewriteHtml?: (path: string, html: string) => string }} [options]
 * @returns {Promise<{ url: string, requests: string[], close(): Promise<void> }>}
 */
export async function serveStatic(roots, { rewriteHtml = (_path, html) => html } = {}) {
  const bases = roots.map((root) => normalize(root + sep));
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    requests.push(path);
    const relativePath = path.endsWith('/') ? `${path}index.html` : path;
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
      if (type === '.html') body = rewriteHtml(relativePath, body.toString('utf8'));
      res.writeHead(200, { 'content-type': TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
