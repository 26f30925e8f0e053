import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { mockOrukApi, mockServices, type MockApiLog } from '../../../../test/fixtures/oruk/mock-oruk-api.ts';
import { loadFeed } from './load.ts';
import { pageUrl } from './paging.ts';

const worker = setupWorker();
// Absolute, so the same address works on a page (msw's service worker) and in Node (msw/node).
const BASE = new URL('/oruk-paging-test', (globalThis as { location?: { href: string } }).location?.href ?? 'http://localhost/').href;

async function fresh(url: string, options: Parameters<typeof loadFeed>[1] = {}) {
  const loaded = await loadFeed(url, options);
  if (loaded.notModified) throw new Error('expected a fresh feed');
  return loaded;
}

describe('loadFeed follows the pages of an ORUK API', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('reads every page and reports nothing missing', async () => {
    const log: MockApiLog = { requests: [] };
    worker.use(...mockOrukApi(BASE, mockServices(45), log));
    const feed = await fresh(`${BASE}/services?per_page=10`);
    expect(feed.providers).to.have.length(45);
    expect(new Set(feed.providers.map((p) => p.id)).size).to.equal(45);
    expect(log.requests.map((u) => u.searchParams.get('page') ?? '1').sort()).to.deep.equal(['1', '2', '3', '4', '5']);
    expect(feed.problems.filter((p) => p.path === 'paging')).to.deep.equal([]);
  });

  it('stops at maxPages and says so', async () => {
    worker.use(...mockOrukApi(BASE, mockServices(45)));
    const feed = await fresh(`${BASE}/services?per_page=10`, { maxPages: 2 });
    expect(feed.providers).to.have.length(20);
    expect(feed.problems.find((p) => p.path === 'paging')?.message).to.equal(
      'paging: stopped after page 2 of 5 (maxPages 2); 20 of 45 services read',
    );
  });

  it('maxPages 1 reads only the first page and says it is one page of several', async () => {
    worker.use(...mockOrukApi(BASE, mockServices(25)));
    const feed = await fresh(`${BASE}/services?per_page=10`, { maxPages: 1 });
    expect(feed.providers).to.have.length(10);
    expect(feed.problems.find((p) => p.path === 'paging')?.message).to.contain('page 1 of 3 (25 services in all)');
  });

  it('a page that fails is reported and the others are kept', async () => {
    worker.use(...mockOrukApi(BASE, mockServices(30), { requests: [] }, { failPage: 2 }));
    const feed = await fresh(`${BASE}/services?per_page=10`);
    expect(feed.providers).to.have.length(20);
    expect(feed.problems.find((p) => p.path === 'paging')?.message).to.match(/^paging: page 2 \(.*503.*\) could not be read/);
  });

  it('record problems on later pages name their position in the whole list', async () => {
    const services = mockServices(15);
    delete services[12]!.name;
    worker.use(...mockOrukApi(BASE, services));
    const feed = await fresh(`${BASE}/services?per_page=10`);
    expect(feed.problems.find((p) => p.path === 'name')).to.deep.include({ index: 12, id: 'svc-13', severity: 'record' });
  });

  it('pageUrl sets or replaces page=', () => {
    expect(pageUrl('https://api.example.org/services?per_page=5&page=1', 3)).to.equal('https://api.example.org/services?per_page=5&page=3');
    expect(pageUrl('/services', 2)).to.equal('/services?page=2');
  });
});
