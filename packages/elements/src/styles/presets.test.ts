import { expect, fixture, html } from '@open-wc/testing';
import '../define.ts';
import type { MicroProviderFinder } from '../components/provider-finder/provider-finder.component.ts';
import { setStrings } from '../i18n/locale.ts';
import { enGB } from '../i18n/en-GB.ts';
import { allShadowRoots, getButton } from '@micro-provider-finder/test/helpers/queries.ts';
import { applyPreset, govukPresetCss, nhsPresetCss } from './presets.ts';

const submitColour = (el: Element) => getComputedStyle(getButton(el, 'Search')).backgroundColor;

describe('styling', () => {
  it('has GOV.UK-like defaults, and theme="nhs" switches to NHS tokens', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder></micro-provider-finder>`);
    expect(submitColour(el)).to.equal('rgb(15, 122, 82)');
    el.theme = 'nhs';
    await el.updateComplete;
    expect(submitColour(el)).to.equal('rgb(0, 127, 59)');
  });

  it("lets the host's own tokens win over a theme", async () => {
    const wrapper = await fixture(
      html`<div>
        <micro-provider-finder theme="govuk" class="custom"></micro-provider-finder>
      </div>`,
    );
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('micro-provider-finder.custom { --mpf-button-bg: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      expect(submitColour(wrapper.querySelector('micro-provider-finder')!)).to.equal('rgb(1, 2, 3)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('ships presets as CSS text and as a constructable stylesheet', async () => {
    expect(govukPresetCss).to.include('--mpf-color-focus: #ffdd00');
    expect(nhsPresetCss).to.include('--mpf-color-focus: #ffeb3b');
    expect(govukPresetCss + nhsPresetCss).not.to.match(/GDS Transport|Frutiger|@font-face|url\(/);
    const sheet = applyPreset('nhs');
    try {
      const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder></micro-provider-finder>`);
      expect(submitColour(el)).to.equal('rgb(0, 127, 59)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('uses no inline styles or <style> elements anywhere (strict CSP)', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder theme="govuk"></micro-provider-finder>`);
    for (const root of allShadowRoots(el)) expect(root.querySelectorAll('[style], style')).to.have.length(0);
    expect(el.hasAttribute('style')).to.equal(false);
  });

  it('re-renders connected elements when a host changes wording with setStrings', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder></micro-provider-finder>`);
    setStrings('en-GB', { searchButton: 'Find support' });
    try {
      await el.updateComplete;
      const form = el.shadowRoot!.querySelector('mpf-search-form')!;
      await form.updateComplete;
      expect(() => getButton(el, 'Find support')).not.to.throw();
    } finally {
      setStrings('en-GB', { searchButton: enGB.searchButton });
    }
  });
});
