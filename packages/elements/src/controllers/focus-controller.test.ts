import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FocusController } from './focus-controller.ts';

/** A host recording where the controller sent focus; `resultsShown` says whether there is a first result. */
class FocusHost extends LitElement {
  calls: string[] = [];
  resultsShown = true;
  readonly focusing = new FocusController(this, {
    focusResultAt: async (index) => (this.calls.push(`result ${index}`), this.resultsShown),
    focusProvider: async (id) => this.calls.push(`provider ${id}`),
    focusDetailsHeading: async () => this.calls.push('details'),
    focusFiltersToggle: () => this.calls.push('filters'),
  });
  override render() {
    return html`<p role="status">${this.focusing.announcement}</p>`;
  }
}
customElements.define('focus-controller-host', FocusHost);

const mount = () => fixture<FocusHost>(html`<focus-controller-host></focus-controller-host>`);

describe('FocusController', () => {
  it('announces: the host renders the new words', async () => {
    const host = await mount();
    host.focusing.announce('Showing 20 of 31');
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.include('Showing 20 of 31');
  });

  it('moves focus only after the host has rendered', async () => {
    const host = await mount();
    host.focusing.toDetailsHeading();
    expect(host.calls).to.deep.equal([]);
    await host.updateComplete;
    await waitUntil(() => host.calls.length === 1);
    expect(host.calls).to.deep.equal(['details']);
  });

  it('after a search its control took away: the first result, else the Filters button', async () => {
    const host = await mount();
    host.focusing.searchFinished();
    await host.updateComplete;
    expect(host.calls, 'no move unless asked').to.deep.equal([]);

    host.focusing.toResultsAfterNextSearch();
    host.focusing.searchFinished();
    await waitUntil(() => host.calls.length === 1);
    expect(host.calls).to.deep.equal(['result 0']);

    host.resultsShown = false;
    host.focusing.toResultsAfterNextSearch();
    host.focusing.searchFinished();
    await waitUntil(() => host.calls.length === 3);
    expect(host.calls.slice(1)).to.deep.equal(['result 0', 'filters']);
  });

  it('back from details: the card of that provider; Show more: the first new result', async () => {
    const host = await mount();
    host.focusing.toProvider('p-7');
    await waitUntil(() => host.calls.length === 1);
    host.focusing.toResultAt(10);
    await waitUntil(() => host.calls.length === 2);
    expect(host.calls).to.deep.equal(['provider p-7', 'result 10']);
  });
});
