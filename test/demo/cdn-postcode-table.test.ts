/**
 * The CDN bundle's postcode district table: a postcode search loads the packed table
 * (chunks/outcodes-data-*.js) once and shows results, and loads no other data chunk (there
 * was once a second copy of the table, as text, for "use my location"). Needs `npm run build`.
 * msw serves the sample feed (the test server turns .json URLs into JS modules); it also
 * answers requests from iframes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, passthrough } from 'msw';
import sampleFeed from '../../demo/data/sample-feed.json';

const ESM = '/packages/elements/dist/cdn/micro-provider-finder.js';
/** Every chunk the page requests (before any answer arrives). */
const chunkRequests: string[] = [];
const worker = setupWorker(
  http.get('*/postcode-table-feed.json', () => HttpResponse.json(sampleFeed as never)),
  http.get(/\/cdn\/chunks\/[\w-]+\.js$/, ({ request }) => {
    chunkRequests.push(new URL(request.url).pathname);
    return passthrough();
  }),
);

describe('CDN bundle: the postcode table a search loads', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());

  it('is the packed chunk alone, and the search shows providers', async function () {
    this.timeout(30000); // a whole search over the 480-provider sample feed, on a shared machine
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en-GB"><head><script type="module" src="${ESM}"></script></head>
<body><micro-provider-finder src="/postcode-table-feed.json" postcode="TA1 1AA"></micro-provider-finder></body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    chunkRequests.length = 0;
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      const finder = win.document.querySelector('micro-provider-finder')!;
      let shown = 0;
      finder.addEventListener('mpf-results', () => shown++);
      await waitUntil(() => shown > 0, 'the search shows results', { timeout: 25000 });
      // The code chunks (core, engine and views) and one table chunk: nothing else.
      const names = chunkRequests.map((path) => path.replace(/^.*\/chunks\/|-[\w-]{8}\.js$/g, ''));
      expect(names.filter((name) => name !== 'core' && name !== 'engine-and-views')).to.deep.equal(['outcodes-data']);
    } finally {
      frame.remove();
    }
  });
});
