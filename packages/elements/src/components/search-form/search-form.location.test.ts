import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, deepText, getButton, getByLabelText, queryButtons } from '@micro-provider-finder/test/helpers/queries.ts';
import { pressEnter, typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import type { MpfFormSubmitEvent } from '../../events/internal.ts';
import type { MpfUseLocationEvent } from '../../events/internal-location.ts';
import './search-form.ts';
import { MpfSearchForm } from './search-form.component.ts';

/** Picks an option of a select by its visible text, as a person choosing from the list would. */
function choose(select: HTMLSelectElement, text: string): void {
  const option = [...select.options].find((o) => o.text.trim() === text);
  if (!option) throw new Error(`No option "${text}": ${[...select.options].map((o) => o.text.trim()).join(' | ')}`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const distanceSelect = (el: Element) => getByLabelText(el, 'Distance') as unknown as HTMLSelectElement;

describe('<mpf-search-form> distance', () => {
  it('offers 1, 3, 5, 10, 20 miles and any distance, with 10 miles chosen', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    const select = distanceSelect(el);
    expect([...select.options].map((o) => o.text.trim())).to.deep.equal([
      'Within 1 mile',
      'Within 3 miles',
      'Within 5 miles',
      'Within 10 miles',
      'Within 20 miles',
      'Any distance',
    ]);
    expect(select.selectedOptions[0]!.text.trim()).to.equal('Within 10 miles');
    await expect(el).to.be.accessible();
  });

  it('sends the chosen distance as maxMiles with a postcode, and none for "Any distance"', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    await typeInto(getByLabelText(el, 'Postcode'), 'LD3');
    choose(distanceSelect(el), 'Within 3 miles');
    let submitted = oneEvent(el, 'mpf-form-submit') as Promise<MpfFormSubmitEvent>;
    getButton(el, 'Search').click();
    expect((await submitted).detail.query).to.deep.equal({ text: '', postcode: 'LD3', maxMiles: 3 });
    choose(distanceSelect(el), 'Any distance');
    submitted = oneEvent(el, 'mpf-form-submit') as Promise<MpfFormSubmitEvent>;
    getButton(el, 'Search').click();
    expect((await submitted).detail.query).to.deep.equal({ text: '', postcode: 'LD3' });
  });

  it('leaves distance out when there is no postcode to measure from', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    choose(distanceSelect(el), 'Within 5 miles');
    const submitted = oneEvent(el, 'mpf-form-submit') as Promise<MpfFormSubmitEvent>;
    getButton(el, 'Search').click();
    expect((await submitted).detail.query).to.deep.equal({ text: '' });
  });

  it('speaks Welsh, with the mutation after 1 ("1 filltir")', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form lang="cy"></mpf-search-form>`);
    const select = getByLabelText(el, 'Pellter') as unknown as HTMLSelectElement;
    expect(select.options[0]!.text.trim()).to.equal('O fewn 1 filltir');
    expect(select.options[5]!.text.trim()).to.equal('Unrhyw bellter');
  });
});

describe('<mpf-search-form> "Use my location"', () => {
  it('is not offered unless allow-geolocation is set', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    expect(queryButtons(el).map((b) => deepText(b))).not.to.include('Use my location');
  });

  it('when allowed, pressing it sends the need and distance (not a postcode)', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form allow-geolocation></mpf-search-form>`);
    await typeInto(getByLabelText(el, 'What do you need help with?'), 'lunch club');
    choose(distanceSelect(el), 'Within 5 miles');
    const asked = oneEvent(el, 'mpf-use-location') as Promise<MpfUseLocationEvent>;
    getButton(el, 'Use my location').click();
    const event = await asked;
    expect(event.detail.query).to.deep.equal({ text: 'lunch club', maxMiles: 5 });
    expect(event.composed).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows why the location could not be used', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form allow-geolocation></mpf-search-form>`);
    el.locationError = 'denied';
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(deepText(alert)).to.equal('Error: We could not use your location because permission was not given. Enter a postcode instead.');
    await expect(el).to.be.accessible();
  });
});

describe('<mpf-search-form> error summary', () => {
  it('lists the postcode problem under "There is a problem"; its link moves focus to the field', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form heading-level="3"></mpf-search-form>`);
    await typeInto(getByLabelText(el, 'Postcode'), 'hello');
    await pressEnter();
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(deepText(summary.querySelector('h3')!)).to.equal('There is a problem');
    const link = summary.querySelector('a')!;
    expect(deepText(link)).to.equal("That doesn't look like a postcode. Try something like TA1 1AA");
    const postcode = getByLabelText(el, 'Postcode');
    expect(link.getAttribute('href')).to.equal(`#${postcode.id}`);
    getButton(el, 'Search').focus();
    link.click();
    expect(deepActiveElement()).to.equal(postcode);
    await expect(el).to.be.accessible();
    await typeInto(postcode, 'TA1');
    await pressEnter();
    await waitUntil(() => !el.shadowRoot!.querySelector('.error-summary'), 'summary gone once fixed');
  });
});
