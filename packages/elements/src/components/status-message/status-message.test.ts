import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { getButton, headingTexts } from '@micro-provider-finder/test/helpers/queries.ts';
import './status-message.ts';
import type { MpfStatusMessage } from './status-message.component.ts';

describe('<mpf-status-message>', () => {
  it('shows a heading at the requested level, the slotted body and an action that fires mpf-action', async () => {
    const el = await fixture<MpfStatusMessage>(
      html`<mpf-status-message variant="error" heading="Problem" heading-level="3" action-label="Try again"
        ><p>Body text</p></mpf-status-message
      >`,
    );
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Problem');
    expect(headingTexts(el)).to.deep.equal(['Problem']);
    const action = oneEvent(el, 'mpf-action');
    getButton(el, 'Try again').click();
    await action;
    await expect(el).to.be.accessible();
  });

  it('has no button and no live role of its own (the finder announces)', async () => {
    const el = await fixture<MpfStatusMessage>(html`<mpf-status-message variant="note">Note</mpf-status-message>`);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role]')).to.equal(null);
    expect(el.getAttribute('variant')).to.equal('note');
  });
});
