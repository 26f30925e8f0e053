/**
 * Remote mode (`mode="remote"`) when the engine, which brings the search, cannot be downloaded
 * (the connection dropped after the page arrived): the resident is told, as for a feed that cannot
 * be reached, with Try again, which loads it and lets them search. Before, the finder showed
 * nothing and a search did nothing.
 *
 * Its own file, so its own page: a page keeps the engine once it has loaded it, so the failing
 * download has to be the page's first. The engine module (packages/elements/src/internal/engine.ts,
 * what `loadEngine()` imports; the CDN build's engine chunk) fails at the network, through msw.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { waitForStatus } from '../helpers/finder.ts';
import { deepText, getButton, getByLabelText } from '../helpers/queries.ts';
import { typeInto } from '../helpers/user.ts';
import type { MpfErrorEvent } from '../../packages/elements/src/events/mpf-error.ts';
import { apiOnly, finderWithEngineDown, useMockApi } from './engine-download-fails.ts';

useMockApi();

describe('<micro-provider-finder mode="remote"> when the engine cannot be downloaded', function () {
  this.timeout(30_000);

  it('says the providers cannot be loaded, emits mpf-error, and Try again loads the engine so a search works', async () => {
    const errored = oneEvent(document, 'mpf-error') as Promise<MpfErrorEvent>;
    const el = await finderWithEngineDown();
    expect((await errored).detail).to.include({ kind: 'network', usingSavedCopy: false });
    expect(deepText(el)).to.include("We can't show providers right now");
    await expect(el).to.be.accessible();

    apiOnly();
    getButton(el, 'Try again').click();
    await waitForStatus(el, '', 'engine loaded: no search yet, nothing to say');
    await typeInto(getByLabelText(el, 'Postcode'), 'TA1 1AA');
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'lunch');
    getButton(el, 'Search').click();
    await waitForStatus(el, '10 providers near TA1', 'searched after Try again');
  });
});
