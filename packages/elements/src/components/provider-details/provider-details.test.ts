import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Provider, SearchResult } from '@micro-provider-finder/sdk';
import { deepText, everythingRendered, getButton, headingTexts } from '@micro-provider-finder/test/helpers/queries.ts';
import './provider-details.ts';
import type { MpfProviderDetails } from './provider-details.component.ts';

const provider: Provider = {
  id: 'd-1',
  name: 'Brecon Friends (fictional)',
  summary: 'Company and help with shopping.',
  description: 'We visit for a chat.\n\nWe speak Welsh and English.',
  support: ['befriending', 'shopping'],
  whoFor: ['older-people', 'dementia'],
  delivery: ['home-visit', 'phone'],
  location: { postcode: 'LD3 7AA', town: 'Brecon', address: '1 Private Row', private: true },
  areas: ['LD3', 'LD2'],
  radiusMiles: 10,
  hours: [
    { day: 'mon', opens: '09:00', closes: '17:00' },
    { day: 'sat', opens: '10:00', closes: '12:00' },
  ],
  hoursText: 'Evenings by arrangement.',
  languages: ['cy', 'en'],
  cost: { free: true },
  payment: ['council-funded'],
  takingNewClients: true,
  contact: { name: 'Alex', phone: '01874 000000' },
  quality: {
    registration: { regulator: 'CIW', status: 'not-required' },
    insured: true,
    lastChecked: '2099-01-01',
    checkedBy: 'A fictional council team',
  },
  size: 3,
};
const result: SearchResult = { provider, score: 1, relevanceBand: 0, closeMatch: true, distanceBand: 0 };

describe('<mpf-provider-details>', () => {
  it('shows the full details in words, and is accessible', async () => {
    const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${result}></mpf-provider-details>`);
    const text = deepText(el);
    for (const expected of [
      'We speak Welsh and English.',
      'Older people, People with dementia',
      'Home visits, By phone',
      'Brecon, LD3',
      'Works from home (address not shown)',
      'Areas covered: LD3, LD2',
      'Travels up to 10 miles',
      'Monday 09:00 to 17:00',
      'Saturday 10:00 to 12:00',
      'Evenings by arrangement.',
      'Welsh, English',
      'Council funded',
      'Contact name: Alex',
      'Does not need to register with a regulator',
      'Insured',
      'Checked by A fictional council team',
      'Team of 3 people',
    ]) {
      expect(text).to.include(expected);
    }
    expect(text).not.to.include('more than a year ago');
    expect(headingTexts(el)).to.deep.equal(['Brecon Friends (fictional)', 'Contact', 'Checks']);
    expect(el.shadowRoot!.querySelector('h2.title')).to.exist;
    expect(el.shadowRoot!.querySelector('h3')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('never shows the street address of a home-based provider', async () => {
    const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${result}></mpf-provider-details>`);
    expect(everythingRendered(el)).not.to.include('1 Private Row');
  });

  it('shows the address of a provider with premises', async () => {
    const open = { ...result, provider: { ...provider, location: { postcode: 'LD3 7AA', town: 'Brecon', address: '2 Hall Lane' } } };
    const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${open}></mpf-provider-details>`);
    expect(deepText(el)).to.include('2 Hall Lane, Brecon, LD3 7AA');
  });

  it('"Back to results" fires mpf-back; focusHeading() focuses the name', async () => {
    const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${result}></mpf-provider-details>`);
    await el.focusHeading();
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Brecon Friends (fictional)');
    const back = oneEvent(el, 'mpf-back');
    getButton(el.shadowRoot!, 'Back to results').click();
    await back;
  });

  it('speaks Welsh: weekdays, labels and language names', async () => {
    const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details lang="cy" .result=${result}></mpf-provider-details>`);
    const text = deepText(el);
    expect(text).to.include('Dydd Llun 09:00 i 17:00');
    expect(text).to.include('Cyfeillio a chwmni');
    expect(text).to.include('Cymraeg, Saesneg');
    expect(text).to.include('Gwiriwyd y manylion ddiwethaf 1 Ionawr 2099');
    expect(text).to.include("Yn ôl i'r canlyniadau");
  });

  describe("the feed's publisher", () => {
    const publisher = { name: 'Fictional Powys Directory', email: 'listings@example.org', url: 'https://example.org/', language: 'en' };
    const reportLink = (el: MpfProviderDetails) =>
      [...el.shadowRoot!.querySelectorAll('a')].find((a) => deepText(a).startsWith('Report a problem with this listing'));

    it('"Report a problem with this listing" emails the publisher, naming the provider and its id; accessible', async () => {
      const el = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details .result=${result} .publisher=${publisher}></mpf-provider-details>`,
      );
      const link = reportLink(el)!;
      expect(link.getAttribute('href')).to.equal(
        'mailto:listings@example.org?subject=Problem%20with%20the%20listing%20for%20Brecon%20Friends%20(fictional)%20(id%20d-1)',
      );
      expect(deepText(link)).to.equal('Report a problem with this listing : Brecon Friends (fictional)');
      await expect(el).to.be.accessible();
    });

    it('links the publisher website when it gives no email, and nothing when it gives neither', async () => {
      const web = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details
          .result=${result}
          .publisher=${{ name: 'Web Only', url: 'https://example.org/report', language: 'en' }}
        ></mpf-provider-details>`,
      );
      expect(reportLink(web)!.getAttribute('href')).to.equal('https://example.org/report');
      expect(reportLink(web)!.getAttribute('target')).to.equal('_blank');
      const none = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details
          .result=${result}
          .publisher=${{ name: 'Silent', url: 'ftp://example.org/', language: 'en' }}
        ></mpf-provider-details>`,
      );
      expect(reportLink(none)).to.equal(undefined);
      const alone = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${result}></mpf-provider-details>`);
      expect(reportLink(alone)).to.equal(undefined);
    });

    it('a provider with no phone, email or website: ask the publisher, under Contact', async () => {
      const { contact: _none, ...rest } = provider;
      const el = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details .result=${{ ...result, provider: rest }} .publisher=${publisher}></mpf-provider-details>`,
      );
      expect(headingTexts(el)).to.include('Contact');
      expect(deepText(el)).to.include(
        'Ask Fictional Powys Directory about this provider: listings@example.org Fictional Powys Directory website',
      );
      await expect(el).to.be.accessible();
    });

    it('is kept in print', async () => {
      const el = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details print .result=${result} .publisher=${publisher}></mpf-provider-details>`,
      );
      expect(reportLink(el)).to.not.equal(undefined);
    });
  });

  describe('Open Referral fields: status, who it is for in words, accreditations', () => {
    const newClientsFact = (el: MpfProviderDetails) =>
      deepText([...el.shadowRoot!.querySelectorAll('dt')].find((dt) => deepText(dt) === 'New clients')!.nextElementSibling!);

    for (const [status, words] of [
      ['closed', 'Closed'],
      ['temporarily-closed', 'Temporarily closed'],
    ] as const) {
      it(`a ${status} provider is shown as "${words}", never as taking new clients, and is accessible`, async () => {
        const closed = { ...result, provider: { ...provider, status, takingNewClients: true } };
        const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${closed}></mpf-provider-details>`);
        expect(deepText(el.shadowRoot!.querySelector('.closed')!)).to.equal(words);
        expect(newClientsFact(el)).to.equal('Not taking new clients at the moment');
        expect(deepText(el)).not.to.include('Taking new clients');
        await expect(el).to.be.accessible();
      });
    }

    it('an open provider shows no closed tag and what the feed says about new clients', async () => {
      const el = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details .result=${{ ...result, provider: { ...provider, status: 'open' } }}></mpf-provider-details>`,
      );
      expect(el.shadowRoot!.querySelector('.closed')).to.equal(null);
      expect(newClientsFact(el)).to.equal('Taking new clients');
    });

    it("shows who it is for in the publisher's words and the accreditations as text, and is accessible", async () => {
      const withText = {
        ...result,
        provider: {
          ...provider,
          whoForText: 'Adults over 50 living alone',
          accreditations: ['Fictional Quality Mark', 'Carer Friendly Award'],
        },
      };
      const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details .result=${withText}></mpf-provider-details>`);
      const text = deepText(el);
      expect(text).to.include('Who it is for Older people, People with dementia Adults over 50 living alone');
      expect(text).to.include('Accreditations Fictional Quality Mark, Carer Friendly Award');
      await expect(el).to.be.accessible();
      const { whoFor: _terms, ...onlyText } = withText.provider;
      const words = await fixture<MpfProviderDetails>(
        html`<mpf-provider-details .result=${{ ...result, provider: onlyText }}></mpf-provider-details>`,
      );
      expect(deepText(words)).to.include('Who it is for Adults over 50 living alone');
    });

    it('speaks Welsh: "Ar gau", "Achrediadau"', async () => {
      const closed = { ...result, provider: { ...provider, status: 'closed' as const, accreditations: ['Fictional Quality Mark'] } };
      const el = await fixture<MpfProviderDetails>(html`<mpf-provider-details lang="cy" .result=${closed}></mpf-provider-details>`);
      expect(deepText(el)).to.include('Ar gau');
      expect(deepText(el)).to.include('Achrediadau');
    });
  });
});
