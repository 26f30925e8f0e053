import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Facets } from '@micro-provider-finder/sdk';
import { deepActiveElement, deepQueryAll, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import type { MpfFiltersChangeEvent } from '../../events/internal-filters.ts';
import './filters-panel.ts';
import { OPTIONS_SHOWN, type MpfFiltersPanel } from './filters-panel.component.ts';

/** Counts shaped like `SearchResponse.facets` (values made up for the test). */
const facets: Facets = {
  support: { befriending: 3, meals: 2, shopping: 0, 'pet-visiting': 1 },
  whoFor: { 'older-people': 4, dementia: 2 },
  delivery: { 'home-visit': 5, venue: 1 },
  payment: { 'self-funded': 3 },
  languages: { cy: 1, en: 2 },
  openOn: { wed: 1, mon: 2 },
  free: { true: 2, false: 4 },
  takingNewClients: { true: 5, false: 1 },
};

const legends = (el: Element) => deepQueryAll(el, 'legend').map((l) => l.textContent!.trim());
const toggle = (el: Element) => deepQueryAll<HTMLButtonElement>(el, 'button[aria-expanded]')[0]!;

describe('<mpf-filters-panel>', function () {
  // The first test also pays for loading axe and resizing the window; on a shared 2-core machine that can pass 10 s.
  this.timeout(20_000);
  afterEach(() => setViewport({ width: 1024, height: 768 }));

  it('shows each filter as a fieldset with a legend and checkboxes labelled with counts (0 kept)', async () => {
    await setViewport({ width: 1024, height: 768 });
    const el = await fixture<MpfFiltersPanel>(html`<mpf-filters-panel .facets=${facets}></mpf-filters-panel>`);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true', 'open by default on a wide screen');
    expect(legends(el)).to.deep.equal([
      'Type of support',
      'Who it is for',
      'How it is given',
      'How it can be paid for',
      'Cost',
      'New clients',
      'Language',
      'Open on',
    ]);
    expect(getByLabelText(el, 'Befriending and company (3)').type).to.equal('checkbox');
    expect(getByLabelText(el, 'Shopping (0)')).to.exist;
    expect(getByLabelText(el, 'Pet visiting (1)')).to.exist;
    expect(getByLabelText(el, 'Free (2)')).to.exist;
    expect(getByLabelText(el, 'Taking new clients (5)')).to.exist;
    expect(getByLabelText(el, 'Welsh (1)')).to.exist;
    const days = deepQueryAll(el, 'fieldset:last-of-type label').map((l) => l.textContent!.trim());
    expect(days).to.deep.equal(['Monday (2)', 'Wednesday (1)'], 'days in week order');
    await expect(el).to.be.accessible();
  });

  it('reports the new selection when a checkbox is ticked, and Clear filters empties it', async () => {
    const el = await fixture<MpfFiltersPanel>(
      html`<mpf-filters-panel open .facets=${facets} .selected=${{ support: ['meals'] }}></mpf-filters-panel>`,
    );
    expect(getByLabelText(el, 'Meals (2)').checked).to.equal(true);
    let changed = oneEvent(el, 'mpf-filters-change') as Promise<MpfFiltersChangeEvent>;
    getByLabelText(el, 'Befriending and company (3)').click();
    expect((await changed).detail.filters).to.deep.equal({ support: ['meals', 'befriending'] });
    changed = oneEvent(el, 'mpf-filters-change') as Promise<MpfFiltersChangeEvent>;
    getByLabelText(el, 'Free (2)').click();
    expect((await changed).detail.filters).to.deep.equal({ support: ['meals', 'befriending'], free: true });
    changed = oneEvent(el, 'mpf-filters-change') as Promise<MpfFiltersChangeEvent>;
    getButton(el, 'Clear filters').click();
    expect((await changed).detail.filters).to.deep.equal({});
    await el.updateComplete;
    expect(getByLabelText(el, 'Meals (2)').checked).to.equal(false);
  });

  it('keeps a chosen option listed even when the feed has none of it', async () => {
    const el = await fixture<MpfFiltersPanel>(
      html`<mpf-filters-panel open .facets=${facets} .selected=${{ openOn: ['sun'] }}></mpf-filters-panel>`,
    );
    expect(getByLabelText(el, 'Sunday (0)').checked).to.equal(true);
  });

  it('is closed on a phone behind a "Filters" button with aria-expanded, and opens with it', async () => {
    await setViewport({ width: 360, height: 640 });
    const el = await fixture<MpfFiltersPanel>(html`<mpf-filters-panel .facets=${facets} .selected=${{ free: true }}></mpf-filters-panel>`);
    const button = toggle(el);
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters (1 chosen)');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const content = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(content.hidden).to.equal(true);
    expect(content.getBoundingClientRect().height).to.equal(0);
    expect(content.querySelectorAll('input'), 'the options wait until the panel is opened').to.have.length(0);
    expect(deepQueryAll(el, '.chip')).to.have.length(1, 'chips stay visible when closed');
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(content.hidden).to.equal(false);
    expect(getByLabelText(el, 'Free (2)').checked).to.equal(true);
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(content.hidden).to.equal(true);
    expect(content.querySelectorAll('input').length, 'kept once rendered').to.be.greaterThan(0);
  });

  it('shows a removable chip per chosen filter; removing one moves focus to the next chip', async () => {
    const el = await fixture<MpfFiltersPanel>(
      html`<mpf-filters-panel .facets=${facets} .selected=${{ support: ['befriending', 'meals'], free: true }}></mpf-filters-panel>`,
    );
    const names = deepQueryAll(el, '.chip').map((c) => c.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Remove filter: Befriending and company', 'Remove filter: Meals', 'Remove filter: Free']);
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'mpf-filters-change') as Promise<MpfFiltersChangeEvent>;
    const first = getButton(el, 'Remove filter: Befriending and company');
    first.focus();
    first.click();
    expect((await changed).detail.filters).to.deep.equal({ support: ['meals'], free: true });
    await el.updateComplete;
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Remove filter: Meals');
  });

  it('options that would give no results are disabled; a chosen one can still be unticked', async () => {
    const el = await fixture<MpfFiltersPanel>(
      html`<mpf-filters-panel open .facets=${facets} .selected=${{ openOn: ['sun'] }}></mpf-filters-panel>`,
    );
    expect(getByLabelText(el, 'Shopping (0)').disabled).to.equal(true);
    expect(getByLabelText(el, 'Meals (2)').disabled).to.equal(false);
    expect(getByLabelText(el, 'Sunday (0)').disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows only the most common options of a huge group, with "Show all"', async () => {
    const many: Record<string, number> = {};
    for (let i = 0; i < 5000; i++) many[`term-${i}`] = (i * 7919) % 97;
    // What keeps the page responsive is how many options render, checked here; time belongs in the bench.
    const el = await fixture<MpfFiltersPanel>(html`<mpf-filters-panel open .facets=${{ ...facets, support: many }}></mpf-filters-panel>`);
    const supportBoxes = () => deepQueryAll<HTMLInputElement>(el, 'input[name="support"]');
    expect(supportBoxes()).to.have.length(OPTIONS_SHOWN);
    const counts = supportBoxes().map((box) => many[box.value]!);
    const topCounts = Object.values(many)
      .sort((a, b) => b - a)
      .slice(0, OPTIONS_SHOWN);
    expect(counts.sort((a, b) => b - a)).to.deep.equal(topCounts);
    expect(getButton(el, 'Show all 5,000 options for type of support')).to.exist;
  });

  it('"Show all" lists every option of the group, chosen ones always shown', async () => {
    const some: Record<string, number> = {};
    for (let i = 0; i < 30; i++) some[`term-${i}`] = i;
    const el = await fixture<MpfFiltersPanel>(
      html`<mpf-filters-panel open .facets=${{ ...facets, support: some }} .selected=${{ support: ['term-0'] }}></mpf-filters-panel>`,
    );
    const supportBoxes = () => deepQueryAll<HTMLInputElement>(el, 'input[name="support"]');
    expect(supportBoxes().map((box) => box.value)).to.include('term-0');
    expect(supportBoxes()).to.have.length(OPTIONS_SHOWN + 1);
    await expect(el).to.be.accessible();
    getButton(el, 'Show all 30 options for type of support').click();
    await el.updateComplete;
    expect(supportBoxes()).to.have.length(30);
  });

  it('"Show N results" closes the panel and tells the finder (mpf-show-results)', async () => {
    const el = await fixture<MpfFiltersPanel>(html`<mpf-filters-panel open .facets=${facets} .total=${12}></mpf-filters-panel>`);
    const shown = oneEvent(el, 'mpf-show-results');
    getButton(el, 'Show 12 results').click();
    await shown;
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
  });
});
