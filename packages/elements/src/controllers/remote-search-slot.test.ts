import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { feedErrorDetail } from '../internal/feed-error-detail.ts';
import type { SearchOutcome } from '../internal/finder-state.ts';
import { feedModeHost } from './remote-feed-host.ts';
import type { RemoteSearchController } from './remote-search-controller.ts';
import { RemoteSearchSlot } from './remote-search-slot.ts';

class SlotHost extends LitElement {
  mode = 'feed';
  src = 'https://council.example/api';
  pageSize = 5;
  ready: RemoteSearchController[] = [];
  outcomes: SearchOutcome[] = [];
  readonly remote = new RemoteSearchSlot(
    this,
    (outcome) => this.outcomes.push(outcome),
    (controller) => this.ready.push(controller),
  );
}
customElements.define('remote-search-slot-host', SlotHost);

describe('RemoteSearchSlot and feedModeHost', () => {
  it('loads the remote controller only once remote mode is on, and shows nothing until a search', async () => {
    const host = await fixture<SlotHost>(html`<remote-search-slot-host></remote-search-slot-host>`);
    await host.updateComplete;
    expect(host.remote.controller, 'feed mode: not loaded').to.equal(undefined);
    host.mode = 'remote';
    host.requestUpdate(); // loads on the next update
    host.remote.load(); // and only once
    await waitUntil(() => host.ready.length > 0, 'controller loaded');
    expect(host.ready).to.have.length(1);
    expect(host.ready[0]).to.equal(host.remote.controller);
    expect(host.remote.state((error) => feedErrorDetail(error, false))).to.deep.equal({ kind: 'no-feed' });
  });

  it('shows the feed-only controllers an empty src in remote mode, and passes the rest through', async () => {
    const host = await fixture<SlotHost>(html`<remote-search-slot-host></remote-search-slot-host>`);
    const seen = feedModeHost(host);
    expect(seen.src).to.equal('https://council.example/api');
    host.mode = 'remote';
    expect(seen.src).to.equal('');
    let heard = 0;
    host.addEventListener('mpf-x', () => heard++);
    seen.dispatchEvent(new Event('mpf-x'));
    expect(heard).to.equal(1);
    const updates: number[] = [];
    seen.addController({ hostUpdate: () => updates.push(1) });
    seen.requestUpdate();
    await seen.updateComplete;
    expect(updates.length).to.be.greaterThan(0);
  });
});
