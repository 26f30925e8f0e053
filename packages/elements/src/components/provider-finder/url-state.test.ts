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
import { deepQueryAll, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import type { MicroProviderFinder } from './provider-finder.component.ts';
import type { MpfProviderCard } from '../provider-card/provider-card.component.ts';
import '../../define.ts';

useFeedWorker();

/** Distances of the results shown, in order. */
const distances = (el: Element) =>
  deepQueryAll<MpfProviderCard>(el, 'mpf-provider-card').map((card) => card.result?.distanceMiles ?? Infinity);
const isNearestFirst = (miles: number[]) => miles.every((m, i) => i === 0 || miles[i - 1]! <= m);

describe('url-state', function () {
  this.timeout(20_000);
  const start = window.location.href;
  afterEach(() => window.history.replaceState(null, '', start));

  /** `el` gone and a fresh finder on `permalink`, as after a reload. */
  function reloadOn(permalink: string, el: MicroProviderFinder): MicroProviderFinder {
    el.remove();
    window.history.replaceState(null, '', permalink);
    const reloaded = document.createElement('micro-provider-finder');
    reloaded.src = FEED_URLS.ok;
    reloaded.urlState = true;
    document.body.append(reloaded);
    return reloaded;
  }

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

    const reloaded = reloadOn(permalink, el);
    try {
      await waitUntil(() => detailsOpen(reloaded), 'the permanent link opens the provider', { timeout: 5000 });
      expect(statusText(reloaded)).to.match(resultsStatus('TA1'));
      expect((getByLabelText(reloaded, 'What do you need help with?') as HTMLInputElement).value).to.equal('lunch club');
      await expect(reloaded).to.be.accessible();
    } finally {
      reloaded.remove();
    }
  });

  it('keeps "Nearest first" in the address: Back returns to the fair order, reload restores nearest first', async () => {
    const el = await mount(true);
    await search(el, 'TA1 1AA', '');
    const radio = (finder: Element, label: string) => getByLabelText(finder, label) as HTMLInputElement;
    expect(radio(el, 'Fair order').checked).to.equal(true);
    expect(new URL(window.location.href).searchParams.has('mpf-order')).to.equal(false);
    const fairOrder = resultNames(el);
    expect(isNearestFirst(distances(el)), 'the fair order is not nearest first here').to.equal(false);

    radio(el, 'Nearest first').click();
    await waitUntil(() => new URL(window.location.href).searchParams.get('mpf-order') === 'distance', 'order in the address');
    await waitUntil(() => isNearestFirst(distances(el)), 'nearest first');
    const nearestOrder = resultNames(el);
    const permalink = window.location.href;

    window.history.back();
    await waitUntil(() => radio(el, 'Fair order').checked, 'browser Back chose Fair order again');
    await waitUntil(() => resultNames(el).join() === fairOrder.join(), 'the fair order is shown again');
    expect(new URL(window.location.href).searchParams.has('mpf-order')).to.equal(false);
    await expect(el).to.be.accessible();

    const reloaded = reloadOn(permalink, el);
    try {
      await reloaded.updateComplete;
      await waitForStatus(reloaded, resultsStatus('TA1'));
      expect(radio(reloaded, 'Nearest first').checked).to.equal(true);
      expect(resultNames(reloaded)).to.deep.equal(nearestOrder);
      expect(window.location.href).to.equal(permalink);
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
