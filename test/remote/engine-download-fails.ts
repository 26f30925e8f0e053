/**
 * Shared by the remote-mode tests whose engine download fails (each its own file, so its own page:
 * a page keeps the engine once it has loaded it, so the failing download has to be the page's
 * first). msw answers the directory's API; the engine module (packages/elements/src/internal/engine.ts,
 * what `loadEngine()` imports; the CDN build's engine chunk) fails at the network until `apiOnly()`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { mockOrukApi, mockServices, type MockApiLog } from '../fixtures/oruk/mock-oruk-api.ts';
import { waitForStatus } from '../helpers/finder.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

export const API = 'https://council.example/api';
const ENGINE_MODULE = /\/packages\/elements\/src\/internal\/engine\.ts(\?|$)/;
const log: MockApiLog = { requests: [] };
const worker = setupWorker();
const api = () => mockOrukApi(API, mockServices(60), log);

/** Registers the file's hooks: msw on for the file, the API answering each test. */
export function useMockApi(): void {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  beforeEach(() => worker.use(...api()));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());
}

/** A remote finder whose engine download failed once (checked: asked for once, not in a loop). */
export async function finderWithEngineDown(): Promise<MicroProviderFinder> {
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
  return el;
}

/** The connection is back: the engine downloads again; the API still answers. */
export function apiOnly(): void {
  worker.resetHandlers(...api());
}
