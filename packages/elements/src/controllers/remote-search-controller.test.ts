import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { mockOrukApi, mockServices, type MockApiLog } from '../../../../test/fixtures/oruk/mock-oruk-api.ts';
import type { MpfErrorEvent } from '../events/mpf-error.ts';
import { feedErrorDetail } from '../internal/feed-error-detail.ts';
import { loadEngine } from '../internal/load-engine.ts';
import type { SearchOutcome } from '../internal/finder-state.ts';
import { RemoteSearchController } from './remote-search-controller.ts';

/** A council's API on its own origin (msw answers it; nothing leaves the machine). */
const API = 'https://council.example/api';
const log: MockApiLog = { requests: [] };
const worker = setupWorker();

class RemoteHost extends LitElement {
  mode = 'remote';
  src = API;
  pageSize = 5;
  taxonomyIds?: Record<string, string>;
  outcomes: SearchOutcome[] = [];
  errors: MpfErrorEvent[] = [];
  readonly searching = new RemoteSearchController(this, (outcome) => this.outcomes.push(outcome));
  constructor() {
    super();
    this.addEventListener('mpf-error', (event) => this.errors.push(event));
  }
  get state() {
    return this.searching.state((error) => feedErrorDetail(error, false));
  }
}
customElements.define('remote-search-controller-host', RemoteHost);

const host = () => fixture<RemoteHost>(html`<remote-search-controller-host></remote-search-controller-host>`);
const ids = (h: RemoteHost) => h.searching.shown.map((r) => r.provider.id);
const sent = (i: number) => Object.fromEntries(log.requests[i]!.searchParams);

describe('RemoteSearchController (mode="remote")', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    await loadEngine(); // the engine chunk is large: load it once, outside the timed waits
  });
  beforeEach(() => {
    log.requests.length = 0;
    worker.use(...mockOrukApi(API, mockServices(60), log));
  });
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('asks nothing and shows nothing before a search', async () => {
    const h = await host();
    await h.updateComplete;
    expect(h.state.kind).to.equal('no-feed');
    expect(log.requests).to.have.length(0);
  });

  it('sends the need, postcode and distance to the API and gives its first page as results', async () => {
    const h = await host();
    h.searching.search({ text: 'lunch', postcode: 'ta1 1aa', maxMiles: 3 });
    await waitUntil(() => h.outcomes.length === 1, 'search finished');
    expect(log.requests).to.have.length(1);
    expect(`${log.requests[0]!.origin}${log.requests[0]!.pathname}`).to.equal(`${API}/services`);
    expect(sent(0)).to.deep.equal({ text: 'lunch', postcode: 'TA1 1AA', proximity: '4828', page: '1', per_page: '5' });
    // 60 services: one in 3 a lunch club, one in 4 in TA1 -> 5, all on page 1.
    const outcome = h.outcomes[0]!;
    if (outcome.kind !== 'results') throw new Error(`expected results, got ${outcome.kind}`);
    expect(outcome.response.total).to.equal(5);
    expect(outcome.query.origin?.district).to.equal('TA1');
    expect(ids(h)).to.deep.equal(['svc-11', 'svc-23', 'svc-35', 'svc-47', 'svc-59']);
    for (const result of h.searching.shown) expect(result.distanceMiles).to.be.at.most(3);
    expect(h.state.kind).to.equal('results');
  });

  it('"Show more" asks the API for the next page and adds it; two presses give pages 2 and 3', async () => {
    const h = await host();
    h.searching.search({ text: '' });
    await waitUntil(() => h.outcomes.length === 1);
    expect(ids(h)).to.deep.equal(['svc-1', 'svc-2', 'svc-3', 'svc-4', 'svc-5']);
    const [second, third] = await Promise.all([h.searching.showMore(), h.searching.showMore()]);
    expect(second!.page).to.equal(2);
    expect(third!.page).to.equal(3);
    expect(log.requests.map((url) => url.searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
    expect(h.searching.pages).to.equal(3);
    expect(ids(h)).to.deep.equal(Array.from({ length: 15 }, (_, i) => `svc-${i + 1}`));
    expect(h.searching.provider('svc-12')?.name).to.equal('Example Knitting circle 12 (fictional)');
  });

  it('sends a support filter only as its taxonomy id, and drops filters the API cannot be sent', async () => {
    const h = await host();
    h.taxonomyIds = { befriending: 'tx-befriending' };
    h.searching.search({ text: '', support: ['befriending', 'meals'], free: true, delivery: ['home-visit'] });
    expect(h.searching.filters).to.deep.equal({ support: ['befriending'] });
    await waitUntil(() => h.outcomes.length === 1);
    expect(sent(0)).to.deep.equal({ taxonomy_id: 'tx-befriending', page: '1', per_page: '5' });
    expect(h.searching.shown.every((r) => r.provider.support.includes('befriending'))).to.equal(true);

    h.taxonomyIds = undefined;
    h.searching.search({ text: '', support: ['befriending'] });
    expect(h.searching.filters).to.deep.equal({});
    await waitUntil(() => h.outcomes.length === 2);
    expect(sent(1)).to.deep.equal({ page: '1', per_page: '5' });
  });

  it('a postcode that is not one is a postcode error, and no request is made', async () => {
    const h = await host();
    h.searching.search({ text: '', postcode: 'not a postcode' });
    await waitUntil(() => h.outcomes.length === 1);
    expect(h.outcomes[0]).to.deep.equal({ kind: 'postcode-error', error: 'invalid-postcode' });
    expect(h.state.kind).to.equal('postcode-error');
    expect(log.requests).to.have.length(0);
  });

  it('an API that fails is the feed-error state with mpf-error; Try again searches again', async () => {
    worker.use(http.get(`${API}/services`, () => new HttpResponse('down', { status: 503 }), { once: true }));
    const h = await host();
    h.searching.search({ text: 'lunch' });
    await waitUntil(() => h.state.kind === 'feed-error', 'failed');
    const state = h.state;
    if (state.kind !== 'feed-error') throw new Error('unreachable');
    expect(state.error).to.include({ kind: 'http', status: 503 });
    expect(h.errors.map((e) => e.detail.kind)).to.deep.equal(['http']);

    h.searching.retry();
    await waitUntil(() => h.outcomes.length === 1, 'searched again');
    expect(h.state.kind).to.equal('results');
    expect(h.searching.shown.length).to.equal(5);
  });

  it('a "Show more" that fails keeps what was found; Try again fetches that page', async () => {
    const h = await host();
    h.searching.search({ text: '' });
    await waitUntil(() => h.outcomes.length === 1);
    worker.use(http.get(`${API}/services`, () => HttpResponse.error(), { once: true }));
    expect(await h.searching.showMore()).to.equal(undefined);
    expect(h.state.kind).to.equal('feed-error');
    expect(h.errors.map((e) => e.detail.kind)).to.deep.equal(['network']);

    h.searching.retry();
    await waitUntil(() => h.searching.pages === 2, 'page 2 fetched');
    expect(h.state.kind).to.equal('results');
    expect(ids(h)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `svc-${i + 1}`));
    expect(log.requests.map((url) => url.searchParams.get('page'))).to.deep.equal(['1', '2']);
  });

  it('does nothing when remote mode is off', async () => {
    const h = await host();
    h.mode = 'feed';
    h.searching.search({ text: 'lunch' });
    await h.updateComplete;
    await h.searching.task.taskComplete;
    expect(h.outcomes).to.have.length(0);
    expect(log.requests).to.have.length(0);
  });
});
