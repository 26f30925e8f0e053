import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { deepActiveElement, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { pressEnter, typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import type { MpfFormSubmitEvent } from '../../events/internal.ts';
import './search-form.ts';
import { MpfSearchForm } from './search-form.component.ts';

describe('<mpf-search-form>', () => {
  it('is a search landmark with visible labels, hints and a Search button, and is accessible', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    const form = el.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.noValidate).to.equal(true);
    const postcode = getByLabelText(el, 'Postcode');
    expect(postcode.autocomplete).to.equal('postal-code');
    const need = getByLabelText(el, 'What do you need help with?');
    const hint = el.shadowRoot!.getElementById(need.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).to.include('someone to visit my dad, lunch club, help with shopping');
    expect(getButton(el, 'Search').type).to.equal('submit');
    await expect(el).to.be.accessible();
  });

  it('sends the whole query with a normalised postcode when Enter is pressed', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    await typeInto(getByLabelText(el, 'Postcode'), 'ta11aa');
    await typeInto(getByLabelText(el, 'What do you need help with?'), '  help with shopping ');
    const submitted = oneEvent(el, 'mpf-form-submit') as Promise<MpfFormSubmitEvent>;
    await pressEnter();
    const event = await submitted;
    expect(event.detail.query).to.deep.equal({ text: 'help with shopping', postcode: 'TA1 1AA', maxMiles: 10 }); // default distance
    expect(event.composed).to.equal(false);
    expect(getByLabelText(el, 'Postcode').value).to.equal('TA1 1AA');
  });

  it('leaves the postcode out when it is empty', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    const submitted = oneEvent(el, 'mpf-form-submit') as Promise<MpfFormSubmitEvent>;
    getButton(el, 'Search').click();
    expect((await submitted).detail.query).to.deep.equal({ text: '' });
  });

  it('shows an invalid postcode GOV.UK-style, focuses the error summary, sends only mpf-form-invalid, and clears once fixed', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    let sent = 0;
    const invalid: unknown[] = [];
    el.addEventListener('mpf-form-submit', () => sent++);
    el.addEventListener('mpf-form-invalid', (event) => invalid.push(event.detail.query));
    const input = getByLabelText(el, 'Postcode');
    await typeInto(input, 'hello');
    await pressEnter();
    await el.updateComplete;
    expect(sent).to.equal(0);
    expect(invalid).to.deep.equal([{ text: '', postcode: 'hello' }]);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const [hintId, errorId] = input.getAttribute('aria-describedby')!.split(' ');
    expect(hintId).to.match(/-hint$/);
    const error = el.shadowRoot!.getElementById(errorId!)!;
    expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal("Error: That doesn't look like a postcode. Try something like TA1 1AA");
    // The message sits above the field.
    expect(error.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await waitUntil(() => deepActiveElement()?.classList.contains('error-summary'), 'focus on the error summary');
    await expect(el).to.be.accessible();

    await typeInto(input, 'LD3');
    await pressEnter();
    await el.updateComplete;
    expect(sent).to.equal(1);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.getAttribute('aria-describedby')).to.equal(hintId);
  });

  it('shows an error set by its owner (e.g. an unknown district) and focuses the error summary', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    el.postcodeError = 'unknown-district';
    await el.updateComplete;
    const input = getByLabelText(el, 'Postcode');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('.error-summary'));
  });

  it('gives each instance its own ids', async () => {
    const wrapper = await fixture(html`<div><mpf-search-form></mpf-search-form><mpf-search-form></mpf-search-form></div>`);
    const [a, b] = [...wrapper.querySelectorAll('mpf-search-form')];
    expect(getByLabelText(a!.shadowRoot!, 'Postcode').id).not.to.equal(getByLabelText(b!.shadowRoot!, 'Postcode').id);
  });

  it('speaks Welsh with lang="cy"', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form lang="cy"></mpf-search-form>`);
    expect(() => getByLabelText(el, 'Cod post')).not.to.throw();
    expect(() => getButton(el, 'Chwilio')).not.to.throw();
  });

  it('re-renders for new suggestions, and for none after some, but not for one empty list after another', async () => {
    const el = await fixture<MpfSearchForm>(html`<mpf-search-form></mpf-search-form>`);
    el.suggestions = [];
    expect(el.isUpdatePending, 'a new empty list').to.equal(false);
    el.suggestions = [{ label: 'Befriending', kind: 'support', value: 'befriending' }];
    expect(el.isUpdatePending, 'suggestions').to.equal(true);
    await el.updateComplete;
    el.suggestions = [];
    expect(el.isUpdatePending, 'none after some').to.equal(true);
  });
});
