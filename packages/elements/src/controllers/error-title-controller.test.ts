import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ErrorTitleController } from './error-title-controller.ts';

class TitleHost extends LitElement {
  errorPrefix?: string;
  readonly doc = document.implementation.createHTMLDocument('Find help - Somerset');
  readonly titles = new ErrorTitleController(this, this.doc);
  errorTitlePrefix() {
    return this.errorPrefix;
  }
}
customElements.define('error-title-host', TitleHost);

describe('ErrorTitleController', () => {
  it('adds "Error: " while there is an error and takes it away after', async () => {
    const host = await fixture<TitleHost>(html`<error-title-host></error-title-host>`);
    host.errorPrefix = 'Error: ';
    host.requestUpdate();
    await host.updateComplete;
    expect(host.doc.title).to.equal('Error: Find help - Somerset');
    host.requestUpdate();
    await host.updateComplete;
    expect(host.doc.title, 'added once').to.equal('Error: Find help - Somerset');
    host.errorPrefix = undefined;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.doc.title).to.equal('Find help - Somerset');
  });

  it('switches language without doubling, leaves a host "Error:" title alone, and cleans up when removed', async () => {
    const host = await fixture<TitleHost>(html`<error-title-host></error-title-host>`);
    host.errorPrefix = 'Error: ';
    host.requestUpdate();
    await host.updateComplete;
    host.errorPrefix = 'Gwall: ';
    host.requestUpdate();
    await host.updateComplete;
    expect(host.doc.title).to.equal('Gwall: Find help - Somerset');
    host.remove();
    expect(host.doc.title).to.equal('Find help - Somerset');

    const other = await fixture<TitleHost>(html`<error-title-host></error-title-host>`);
    other.doc.title = 'Error: host page';
    other.errorPrefix = 'Error: ';
    other.requestUpdate();
    await other.updateComplete;
    other.errorPrefix = undefined;
    other.requestUpdate();
    await other.updateComplete;
    expect(other.doc.title).to.equal('Error: host page');
  });
});
