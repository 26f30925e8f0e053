/**
 * Shared by the packaging tests: a static server on 127.0.0.1 (files under a folder, plus the demo's
 * sample feed at /feed.json) and headless Chromium through puppeteer-core (web-test-runner's own copy,
 * with the machine's /usr/bin/chromium: nothing is downloaded).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SAMPLE_FEED = join(ROOT, 'demo/data/sample-feed.json');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Serves `dir()` (a function, so the folder can be chosen after the server starts) and /feed.json.
 * Resolves to { origin, requests (paths seen, in order), close() }.
 */
export function serve(dir) {
  const requests = [];
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url, 'http://localhost').pathname;
      requests.push(path);
      const base = dir();
      const file = path === '/feed.json' ? SAMPLE_FEED : resolve(base, `.${path === '/' ? '/index.html' : path}`);
      if (file !== SAMPLE_FEED && !file.startsWith(base)) return res.writeHead(404).end();
      stat(file).then(
        (info) => {
          if (!info.isFile()) return res.writeHead(404).end();
          res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
          createReadStream(file).pipe(res);
        },
        () => res.writeHead(404).end(),
      );
    });
    server.listen(0, '127.0.0.1', () =>
      done({ origin: `http://127.0.0.1:${server.address().port}`, requests, close: () => server.close() }),
    );
  });
}

export async function launchChromium() {
  const require = createRequire(import.meta.url);
  const puppeteer = createRequire(require.resolve('@web/test-runner-chrome'))('puppeteer-core');
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Opens `url`, collecting page errors and console errors into the returned `errors` array. */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** Types a postcode into the finder's Postcode field (found by its label) and presses Search. */
export async function searchByPostcode(page, postcode, errors) {
  const step = (label, promise) =>
    promise.catch((error) => Promise.reject(new Error(`${label}: ${error.message}; page errors: ${errors.join(' | ')}`)));
  // ARIA selectors reach into shadow roots: find the field by its label, as a person does.
  const field = await step(
    'the postcode field appears',
    page.waitForSelector('::-p-aria([name="Postcode"][role="textbox"])', { timeout: 15_000 }),
  );
  await field.type(postcode);
  const search = await step('the Search button', page.waitForSelector('::-p-aria([name="Search"][role="button"])', { timeout: 5_000 }));
  await search.click();
  // Shadow-root text changes escape a document MutationObserver, so poll for the announcement.
  const announced = (district) =>
    new RegExp(`providers? near ${district}`).test(
      document.querySelector('micro-provider-finder')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '',
    );
  await step('results are announced', page.waitForFunction(announced, { polling: 100, timeout: 15_000 }, postcode.split(' ')[0]));
}
