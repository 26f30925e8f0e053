/**
 * Remote mode (`mode="remote"`) when the engine, which brings the search, could not be downloaded:
 * once the browser is back online the finder loads it again by itself (as a downloaded feed is
 * loaded again), so the resident can search without finding Try again.
 *
 * Its own file, so its own page: a page keeps the engine once it has loaded it, so the failing
 * download has to be the page's first (see remote-engine-offline.test.ts for Try again).
 */
import { fixture, html, expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { mockOrukApi, mockServices, type MockApiLog } from '../fixtures/oruk/mock-oruk-api.ts';
import { waitForStatus } from '../helpers/finder.ts';
import { getButton, getByLabelText } from '../helpers/queries.ts';
import { typeInto } from '../helpers/user.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const API = 'https://council.example/api';
const ENGINE_MODULE = /\/packages\/elements\/src\/internal\/engine\.ts(\?|$)/;
const log: MockApiLog = { requests: [] };
const worker = setupWorker();

before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
beforeEach(() => worker.use(...mockOrukApi(API, mockServices(60), log)));
afterEach(() => worker.resetHandlers());
after(() => worker.stop());

describe('<micro-provider-finder mode="remote"> when the engine could not be downloaded', function () {
  this.timeout(30_000);

  it('loads it again when the browser is back online, so a search works', async () => {
    let engineRequests = 0;
    worker.use(
      http.get(ENGINE_MODULE, () => {
        engineRequests += 1;
        return HttpResponse.error();
      }),
    );
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder mode="remote" src=${API}></micro-provider-finder>`);
    await waitForStatus(el, "We can't load the list of providers right now. Check your connection and try again.", 'engine error');
    expect(engineRequests, 'asked for the engine once, not in a loop').to.equal(1);

    worker.resetHandlers(...mockOrukApi(API, mockServices(60), log));
    window.dispatchEvent(new Event('online'));
    await waitForStatus(el, '', 'engine loaded when back online: no search yet, nothing to say');
    await typeInto(getByLabelText(el, 'Postcode'), 'TA1 1AA');
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'lunch');
    getButton(el, 'Search').click();
    await waitForStatus(el, '10 providers near TA1', 'searched');
    await expect(el).to.be.accessible();
  });
});
