/** The opt-in `url-state` attribute: the search in the address, reload restores it, Back closes details. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { FEED_URLS } from '@micro-provider-finder/test/handlers.ts';
import {
  detailsOpen,
  resultNames,
  statusText,
  useFeedWorker,
  waitForStatus,
  resultsStatus,
} from '@micro-provider-finder/test/helpers/finder.ts';
import { getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import type { MicroProviderFinder } from './provider-finder.component.ts';
import '../../define.ts';

useFeedWorker();

describe('url-state', function () {
  this.timeout(20_000);
  const start = window.location.href;
  afterEach(() => window.history.replaceState(null, '', start));

  const mount = (on: boolean) =>
    fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok} ?url-state=${on}></micro-provider-finder>`);

  async function search(el: MicroProviderFinder, postcode: string, need: string) {
    await waitForStatus(el, /providers listed/);
    await typeInto(getByLabelText(el, 'Postcode'), postcode);
    await typeInto(getByLabelText(el, 'What do you need help with?'), need);
    getButton(el, 'Search').click();
    await waitForStatus(el, resultsStatus('TA1'));
  }

  it('puts the district (never the full postcode), need and open provider in the address; Back closes details; reload restores', async () => {
    const el = await mount(true);
    await search(el, 'TA1 1AA', 'lunch club');
    await waitUntil(() => new URL(window.location.href).searchParams.get('mpf-q') === 'lunch club', 'need in the address');
    expect(new URL(window.location.href).searchParams.get('mpf-pc')).to.equal('TA1');
    expect(window.location.href).not.to.include('1AA');
    const first = resultNames(el)[0]!;
    getButton(el, first).click();
    await waitUntil(() => detailsOpen(el));
    await waitUntil(() => new URL(window.location.href).searchParams.has('mpf-id'), 'provider in the address');
    const permalink = window.location.href;

    window.history.back();
    await waitUntil(() => !detailsOpen(el), 'browser Back closed the details');
    await expect(el).to.be.accessible();

    el.remove();
    window.history.replaceState(null, '', permalink);
    // A fresh element on the permanent link, as after a reload.
    const reloaded = document.createElement('micro-provider-finder');
    reloaded.src = FEED_URLS.ok;
    reloaded.urlState = true;
    document.body.append(reloaded);
    try {
      await waitUntil(() => detailsOpen(reloaded), 'the permanent link opens the provider', { timeout: 5000 });
      expect(statusText(reloaded)).to.match(resultsStatus('TA1'));
      expect((getByLabelText(reloaded, 'What do you need help with?') as HTMLInputElement).value).to.equal('lunch club');
      await expect(reloaded).to.be.accessible();
    } finally {
      reloaded.remove();
    }
  });

  it('leaves the address alone without the attribute', async () => {
    const el = await mount(false);
    await search(el, 'TA1 1AA', 'lunch club');
    expect(window.location.href).to.equal(start);
  });
});
