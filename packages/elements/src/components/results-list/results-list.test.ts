import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { SearchResult } from '@micro-provider-finder/sdk';
import { deepActiveElement, deepQueryAll, deepText, getButton } from '@micro-provider-finder/test/helpers/queries.ts';
import './results-list.ts';
import type { MpfResultsList } from './results-list.component.ts';

const results: SearchResult[] = ['One', 'Two', 'Three'].map((n, i) => ({
  provider: { id: `r-${i}`, name: `${n} Helpers (fictional)`, support: ['befriending'] },
  score: 1,
  relevanceBand: 0,
  closeMatch: true,
  distanceBand: 0,
}));

describe('<mpf-results-list>', () => {
  it('is an ordered list of cards in the order given, and is accessible', async () => {
    const el = await fixture<MpfResultsList>(html`<mpf-results-list .results=${results}></mpf-results-list>`);
    const items = deepQueryAll(el, 'ol > li');
    expect(items.map((li) => deepText(li.querySelector('mpf-provider-card')!).split(' Helpers')[0])).to.deep.equal(['One', 'Two', 'Three']);
    await expect(el).to.be.accessible();
  });

  it('passes open-details requests up and can focus a provider', async () => {
    const el = await fixture<MpfResultsList>(html`<mpf-results-list .results=${results}></mpf-results-list>`);
    const opened = oneEvent(el, 'mpf-open-details');
    getButton(el, 'Two Helpers (fictional)').click();
    expect((await opened).detail.providerId).to.equal('r-1');
    expect(await el.focusProvider('r-2')).to.equal(true);
    expect(deepText(deepActiveElement()!)).to.equal('Three Helpers (fictional)');
    expect(await el.focusProvider('missing')).to.equal(false);
  });

  it('marks itself busy while newer results load', async () => {
    const el = await fixture<MpfResultsList>(html`<mpf-results-list busy .results=${results}></mpf-results-list>`);
    expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-busy')).to.equal('true');
  });
});
