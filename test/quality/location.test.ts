/**
 * Where the person is, in the element: the postcode error flow (GOV.UK
 * pattern, with axe), the Distance choice, opt-in "Use my location" and the
 * opt-in online geocoder. Nothing leaves the page unless the host asked.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resultsStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { http, HttpResponse } from 'msw';
import { FEED_URLS, feedOk } from '../handlers.ts';
import { resultNames, statusText, useFeedWorker, waitForStatus } from '../helpers/finder.ts';
import { deepActiveElement, deepQueryAll, deepText, getButton, getByLabelText, queryButtons } from '../helpers/queries.ts';
import { pressEnter, typeInto } from '../helpers/user.ts';
import '../../packages/elements/src/define.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

const GEOCODER = 'https://geocoder.example.test';
const geocoderCalls: string[] = [];
const geocoderHandler = http.get(`${GEOCODER}/postcodes/:postcode`, ({ params }) => {
  geocoderCalls.push(String(params.postcode));
  // A point in Taunton, a little off the TA1 district centre.
  return HttpResponse.json({ status: 200, result: { latitude: 51.0155, longitude: -3.1 } });
});
useFeedWorker(feedOk, geocoderHandler);
beforeEach(() => {
  geocoderCalls.length = 0;
});

async function ready(el: MicroProviderFinder) {
  await waitForStatus(el, (t) => t === '12 providers listed', 'feed loaded');
}

function chooseDistance(el: Element, text: string): void {
  const select = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
  const option = [...select.options].find((o) => o.text.trim() === text)!;
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

async function searchPostcode(el: MicroProviderFinder, postcode: string) {
  await typeInto(getByLabelText(el, 'Postcode'), postcode);
  await pressEnter();
}

describe('postcode error flow', () => {
  it('not a postcode: summary, message above the field, aria links, focus; then an unknown district; then results', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await ready(el);
    await searchPostcode(el, 'my house');
    const input = getByLabelText(el, 'Postcode');
    await waitUntil(() => input.getAttribute('aria-invalid') === 'true', 'field marked invalid');
    const root = input.getRootNode() as ShadowRoot;
    const summary = root.querySelector<HTMLElement>('[role="alert"]')!;
    expect(deepText(summary)).to.equal("There is a problem That doesn't look like a postcode. Try something like TA1 1AA");
    const [hintId, errorId] = input.getAttribute('aria-describedby')!.split(' ');
    expect(deepText(root.getElementById(hintId!)!)).to.include('For example');
    const message = root.getElementById(errorId!)!;
    expect(deepText(message)).to.equal("Error: That doesn't look like a postcode. Try something like TA1 1AA");
    // The message sits above the field, as in the GOV.UK pattern.
    expect(message.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await waitUntil(() => deepActiveElement() === summary, 'focus on the error summary (GOV.UK pattern)');
    await expect(el).to.be.accessible();

    getButton(el, 'Search').focus();
    summary.querySelector('a')!.click();
    expect(deepActiveElement()).to.equal(input);

    await searchPostcode(el, 'BF1 1AA'); // a valid British Forces postcode with no district centre in the table
    await waitUntil(() => deepText(root.querySelector('[role="alert"]') ?? root).includes("We can't find where that postcode is"));
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(resultNames(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await searchPostcode(el, 'ta1 1aa');
    await waitForStatus(el, (t) => resultsStatus('TA1').test(t), 'results after fixing the postcode');
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(root.querySelector('.error-summary')).to.equal(null);
  });
});

describe('distance', () => {
  it('limits results to the chosen distance; "about N miles" or "Covers your area" on every card', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await ready(el);
    chooseDistance(el, 'Any distance');
    await searchPostcode(el, 'TA1');
    await waitForStatus(el, (t) => t === '12 providers near TA1', 'any distance');
    chooseDistance(el, 'Within 3 miles');
    getButton(el, 'Search').click();
    await waitForStatus(el, (t) => resultsStatus('TA1').test(t) && t !== '12 providers near TA1', 'within 3 miles');
    const names = resultNames(el);
    expect(names).not.to.include('Brecon Cwmni (fictional)');
    expect(names).not.to.include('Minehead Lifts (fictional)');
    expect(names).to.include('Taunton Carers Break (fictional)');
    const cards = deepQueryAll(el, 'mpf-provider-card');
    for (const card of cards) expect(deepText(card)).to.match(/about \d+ miles? away|less than a mile away|Covers your area/);
    expect(deepText(el)).to.include('Distances are approximate, measured from the centre of your postcode area.');
    await expect(el).to.be.accessible();
  });

  it("starts from the host's distance attribute", async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok} distance="20"></micro-provider-finder>`);
    const select = getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;
    expect(select.selectedOptions[0]!.text.trim()).to.equal('Within 20 miles');
  });
});

describe('"Use my location"', () => {
  let calls = 0;
  let answer: (success: PositionCallback, failure: PositionErrorCallback) => void;
  const stub = {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      calls++;
      answer(success, failure!);
    },
    watchPosition: () => 0,
    clearWatch: () => {},
  } as unknown as Geolocation;
  const at = (lat: number, lng: number) => (success: PositionCallback) =>
    success({ coords: { latitude: lat, longitude: lng, accuracy: 50 }, timestamp: Date.now() } as GeolocationPosition);
  const failWith = (code: number) => (_: PositionCallback, failure: PositionErrorCallback) =>
    failure({ code, message: 'stub', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);

  beforeEach(() => {
    calls = 0;
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => stub });
  });
  afterEach(() => delete (navigator as { geolocation?: Geolocation }).geolocation);

  it('is not offered, and the browser is never asked, unless the host sets allow-geolocation', async () => {
    answer = at(51.0125, -3.1021);
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await ready(el);
    expect(queryButtons(el).map((b) => deepText(b))).not.to.include('Use my location');
    getButton(el, 'Search').click();
    await waitForStatus(el, resultsStatus(), 'a search');
    expect(calls).to.equal(0);
  });

  it('asks only when pressed, then searches from that exact point near the nearest district', async () => {
    answer = at(51.0125, -3.1021); // central Taunton
    const el = await fixture<MicroProviderFinder>(
      html`<micro-provider-finder src=${FEED_URLS.ok} allow-geolocation></micro-provider-finder>`,
    );
    await ready(el);
    expect(calls).to.equal(0);
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'lunch club');
    getButton(el, 'Use my location').click();
    await waitForStatus(el, (t) => resultsStatus('TA1').test(t), 'results near the person');
    expect(calls).to.equal(1);
    expect(resultNames(el)).to.include('Quantock Lunch Friends (fictional)');
    // The point is exact, so the district-centre caveat is not shown; the postcode field stays empty.
    expect(deepText(el)).not.to.include('Distances are approximate');
    expect(getByLabelText(el, 'Postcode').value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('says so plainly when permission is denied', async () => {
    answer = failWith(1);
    const el = await fixture<MicroProviderFinder>(
      html`<micro-provider-finder src=${FEED_URLS.ok} allow-geolocation></micro-provider-finder>`,
    );
    await ready(el);
    getButton(el, 'Use my location').click();
    await waitUntil(() => deepText(el).includes('We could not use your location because permission was not given.'));
    expect(statusText(el)).to.equal('12 providers listed');
    await expect(el).to.be.accessible();
  });

  it('says so plainly when the browser has no geolocation', async () => {
    Object.defineProperty(navigator, 'geolocation', { configurable: true, get: () => undefined });
    const el = await fixture<MicroProviderFinder>(
      html`<micro-provider-finder src=${FEED_URLS.ok} allow-geolocation></micro-provider-finder>`,
    );
    await ready(el);
    getButton(el, 'Use my location').click();
    await waitUntil(() => deepText(el).includes('Your location is not available right now. Enter a postcode instead.'));
  });
});

describe('online geocoding (geocoder-url)', () => {
  it('is off by default: a full postcode search makes no geocoder request', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await ready(el);
    await searchPostcode(el, 'TA1 1AA');
    await waitForStatus(el, (t) => resultsStatus('TA1').test(t), 'results');
    expect(geocoderCalls).to.deep.equal([]);
    expect(deepText(el)).to.include('Distances are approximate');
  });

  it('with geocoder-url, looks the full postcode up once and measures from that point', async () => {
    const el = await fixture<MicroProviderFinder>(
      html`<micro-provider-finder src=${FEED_URLS.ok} geocoder-url=${GEOCODER}></micro-provider-finder>`,
    );
    await ready(el);
    await searchPostcode(el, 'TA1 1AA');
    await waitForStatus(el, (t) => resultsStatus('TA1').test(t), 'results');
    expect(geocoderCalls).to.deep.equal(['TA1 1AA']);
    expect(deepText(el)).not.to.include('Distances are approximate');
  });
});
