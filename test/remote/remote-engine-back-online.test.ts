/**
 * Remote mode (`mode="remote"`) when the engine, which brings the search, could not be downloaded:
 * once the browser is back online the finder loads it again by itself (as a downloaded feed is
 * loaded again), so the resident can search without finding Try again.
 * See remote-engine-offline.test.ts for Try again; engine-download-fails.ts for why each is a file.
 */
import { expect } from '@open-wc/testing';
import { waitForStatus } from '../helpers/finder.ts';
import { getButton, getByLabelText } from '../helpers/queries.ts';
import { typeInto } from '../helpers/user.ts';
import { apiOnly, finderWithEngineDown, useMockApi } from './engine-download-fails.ts';

useMockApi();

describe('<micro-provider-finder mode="remote"> when the engine could not be downloaded', function () {
  this.timeout(30_000);

  it('loads it again when the browser is back online, so a search works', async () => {
    const el = await finderWithEngineDown();
    apiOnly();
    window.dispatchEvent(new Event('online'));
    await waitForStatus(el, '', 'engine loaded when back online: no search yet, nothing to say');
    await typeInto(getByLabelText(el, 'Postcode'), 'TA1 1AA');
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'lunch');
    getButton(el, 'Search').click();
    await waitForStatus(el, '10 providers near TA1', 'searched');
    await expect(el).to.be.accessible();
  });
});
