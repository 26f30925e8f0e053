import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { feedModeHost } from './remote-feed-host.ts';

class ModalHostElement extends LitElement {
  mode = 'feed';
  src = 'https://council.example/api';
}
customElements.define('remote-feed-host-test', ModalHostElement);

describe('feedModeHost', () => {
  it('shows the feed-only controllers an empty src in remote mode, and passes the rest through', async () => {
    const host = await fixture<ModalHostElement>(html`<remote-feed-host-test></remote-feed-host-test>`);
    const seen = feedModeHost(host);
    expect(seen.src).to.equal('https://council.example/api');
    host.mode = 'remote';
    expect(seen.src).to.equal('');
    host.mode = 'feed';
    expect(seen.src).to.equal('https://council.example/api');
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
