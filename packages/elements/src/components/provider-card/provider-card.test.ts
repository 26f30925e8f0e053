import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Provider, SearchResult } from '@micro-provider-finder/sdk';
import { deepText, everythingRendered, getButton } from '@micro-provider-finder/test/helpers/queries.ts';
import './provider-card.ts';
import type { MpfProviderCard } from './provider-card.component.ts';

const base: Provider = {
  id: 'c-1',
  name: 'Acorn Helpers (fictional)',
  summary: 'Help at home around Taunton.',
  support: ['home-help', 'pet-visiting'],
  location: { postcode: 'TA2 7QQ', town: 'Taunton', address: '9 Secret Street', private: true, lat: 51.0312, lng: -3.1234 },
  takingNewClients: false,
  cost: { fromGBP: 24.5, per: 'hour', text: 'Evenings cost more.' },
  payment: ['direct-payment', 'self-funded'],
  contact: { phone: '01823 000 111', email: 'hello@example.org', website: 'https://example.org/acorn' },
  quality: { registration: { regulator: 'CQC', status: 'applied' }, dbsChecked: true, lastChecked: '2020-01-10' },
};

const resultOf = (provider: Provider, extra: Partial<SearchResult> = {}): SearchResult => ({
  provider,
  score: 1,
  relevanceBand: 0,
  closeMatch: true,
  distanceBand: 0,
  ...extra,
});

async function card(result: SearchResult, lang = 'en-GB', level = 2) {
  return fixture<MpfProviderCard>(html`<mpf-provider-card lang=${lang} heading-level=${level} .result=${result}></mpf-provider-card>`);
}

describe('<mpf-provider-card>', () => {
  it('shows everything a person needs in words, and is accessible', async () => {
    const el = await card(resultOf(base, { distanceMiles: 2 }));
    const text = deepText(el);
    expect(el.shadowRoot!.querySelector('h2 button[part~="result-name"]')!.textContent!.trim()).to.equal(base.name);
    expect(text).to.include('about 2 miles away');
    expect(text).to.include('Help at home, Pet visiting'); // unknown type humanised
    expect(text).to.include('From £24.50 an hour. Evenings cost more.');
    expect(text).to.include('Direct payments, Paying for yourself');
    expect(text).to.include('Not taking new clients at the moment');
    expect(text).to.include('Registration with CQC applied for');
    expect(text).to.include('DBS checked');
    expect(text).not.to.include('Insured');
    expect(text).to.include('Details last checked 10 January 2020');
    expect(text).to.include('These details were checked more than a year ago');
    await expect(el).to.be.accessible();
  });

  it('says "Covers your area" for a provider that covers the searcher, with its town or areas', async () => {
    const el = await card(resultOf(base, { coversArea: true, distanceMiles: 3 }));
    expect(deepText(el)).to.include('Covers your area: Taunton, TA2');
    expect(deepText(el)).not.to.include('about 3 miles');
    const areasOnly = await card(
      resultOf({ ...base, location: undefined, areas: ['TA1', 'TA2', 'TA3', 'TA4', 'TA5'] }, { coversArea: true }),
    );
    expect(deepText(areasOnly)).to.include('Covers your area: TA1, TA2, TA3 and 2 more');
  });

  it('says how help is given (home visit, venue, phone, online)', async () => {
    const el = await card(resultOf({ ...base, delivery: ['home-visit', 'phone'] }));
    const fact = [...el.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent!.trim() === 'How they work');
    expect(fact, 'a "How they work" fact').to.not.equal(undefined);
    expect(fact!.nextElementSibling!.textContent!.trim()).to.equal('Home visits, By phone');
    const none = await card(resultOf({ ...base, delivery: undefined }));
    expect(deepText(none)).not.to.include('How they work');
  });

  it('says when a provider gives no area at all, and is accessible', async () => {
    const el = await card(resultOf({ ...base, location: undefined, areas: undefined }));
    expect(deepText(el)).to.include('Area not given: ask the provider where they work');
    await expect(el).to.be.accessible();
    const travelling = await card(resultOf({ ...base, location: undefined, areas: undefined, radiusMiles: 10 }));
    expect(deepText(travelling)).not.to.include('Area not given');
  });

  it('shows only the town and postcode district of a home-based provider', async () => {
    const el = await card(resultOf(base));
    expect(deepText(el)).to.include('Taunton, TA2');
    const all = everythingRendered(el);
    for (const secret of ['9 Secret Street', 'TA2 7QQ', '51.0312', '-3.1234']) expect(all).not.to.include(secret);
  });

  it('links phone, email and website safely, each with a unique name', async () => {
    const el = await card(resultOf(base));
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'tel:01823000111',
      'mailto:hello@example.org',
      'https://example.org/acorn',
    ]);
    expect(links[0]!.getAttribute('aria-label')).to.equal('Call Acorn Helpers (fictional) on 01823 000 111');
    expect(links[2]!.textContent!.trim()).to.equal('Website of Acorn Helpers (fictional)');
  });

  it('drops links that are not http(s), mailto or tel even if they reach it', async () => {
    const hostile: Provider = { ...base, contact: { website: 'javascript:alert(1)', email: 'javascript:alert(1)', phone: 'call us' } };
    const el = await card(resultOf(hostile));
    expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });

  it('fires a cancelable mpf-select, then mpf-open-details unless it was cancelled', async () => {
    const el = await card(resultOf(base));
    const selected = oneEvent(el, 'mpf-select');
    const opened = oneEvent(el, 'mpf-open-details');
    getButton(el, base.name).click();
    const event = await selected;
    expect(event.detail).to.deep.equal({ providerId: 'c-1' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    expect((await opened).detail.providerId).to.equal('c-1');

    let openedAgain = false;
    el.addEventListener('mpf-open-details', () => (openedAgain = true));
    el.addEventListener('mpf-select', (e) => e.preventDefault(), { once: true });
    getButton(el, base.name).click();
    expect(openedAgain).to.equal(false);
  });

  it('uses heading-level and focus() moves to the name', async () => {
    const el = await card(resultOf(base), 'en-GB', 4);
    expect(el.shadowRoot!.querySelector('h4')).to.exist;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part~="result-name"]'));
  });

  it('speaks Welsh, with Welsh plural forms for distance', async () => {
    const el = await card(resultOf({ ...base, takingNewClients: true, cost: { free: true } }, { distanceMiles: 2 }), 'cy');
    const text = deepText(el);
    expect(text).to.include('tua 2 filltir i ffwrdd');
    expect(text).to.include('Help yn y cartref');
    expect(text).to.include('Yn derbyn cleientiaid newydd');
    expect(text).to.include('Am ddim');
    const three = await card(resultOf(base, { distanceMiles: 3 }), 'cy');
    expect(deepText(three)).to.include('tua 3 milltir i ffwrdd');
  });

  it('renders no inline styles (works under a strict CSP)', async () => {
    const el = await card(resultOf(base, { distanceMiles: 1 }));
    expect(el.shadowRoot!.querySelectorAll('[style], style')).to.have.length(0);
  });

  it('says "Not stated" when the feed does not say whether they take new clients', async () => {
    const { takingNewClients: _unknown, ...rest } = base;
    const el = await card(resultOf(rest));
    expect(deepText(el)).to.include('New clients Not stated');
    await expect(el).to.be.accessible();
  });

  it('links a CQC registration number to its public report, and only a number of the right shape', async () => {
    const registered = {
      ...base,
      quality: { registration: { regulator: 'CQC' as const, status: 'registered' as const, id: '1-000000001' } },
    };
    const el = await card(resultOf(registered));
    const link = [...el.shadowRoot!.querySelectorAll('a')].find((a) => a.href.startsWith('https://www.cqc.org.uk/'))!;
    expect(link.href).to.equal('https://www.cqc.org.uk/location/1-000000001');
    expect(deepText(link)).to.include('CQC registration 1-000000001');
    await expect(el).to.be.accessible();
    const odd = { ...base, quality: { registration: { regulator: 'CQC' as const, status: 'registered' as const, id: '../../evil' } } };
    const other = await card(resultOf(odd));
    expect([...other.shadowRoot!.querySelectorAll('a')].some((a) => a.href.includes('cqc.org.uk'))).to.equal(false);
  });

  describe('a provider with no phone, email or website', () => {
    const { contact: _none, ...noContact } = base;
    const publisher = {
      name: 'Fictional Somerset Directory',
      email: 'directory@example.org',
      url: 'https://example.org/directory',
      language: 'en',
    };

    it("offers the feed publisher's email and website, naming the provider, and is accessible", async () => {
      const el = await fixture<MpfProviderCard>(
        html`<mpf-provider-card .result=${resultOf(noContact)} .publisher=${publisher}></mpf-provider-card>`,
      );
      expect(deepText(el)).to.include('Contact Ask Fictional Somerset Directory about this provider:');
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'mailto:directory@example.org?subject=About%20Acorn%20Helpers%20(fictional)%20(listing%20c-1)',
        'https://example.org/directory',
      ]);
      expect(links[0]!.getAttribute('aria-label')).to.equal('directory@example.org: email to ask about Acorn Helpers (fictional)');
      expect(deepText(links[1]!)).to.equal('Fictional Somerset Directory website');
      expect(links[1]!.getAttribute('aria-label')).to.equal(
        'Fictional Somerset Directory website, to ask about Acorn Helpers (fictional) (opens in a new tab)',
      );
      await expect(el).to.be.accessible();
    });

    it('says nothing about contact when neither the provider nor the publisher gives a way to reach them', async () => {
      const el = await fixture<MpfProviderCard>(
        html`<mpf-provider-card
          .result=${resultOf(noContact)}
          .publisher=${{ name: 'Quiet Publisher', language: 'en' }}
        ></mpf-provider-card>`,
      );
      expect([...el.shadowRoot!.querySelectorAll('dt')].map((dt) => deepText(dt))).not.to.include('Contact');
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });

    it('links only a plain email address and an http(s) website of the publisher', async () => {
      const hostile = { name: 'Odd Publisher', email: 'x@example.org?bcc=all@example.org', url: 'javascript:alert(1)', language: 'en' };
      const el = await fixture<MpfProviderCard>(
        html`<mpf-provider-card .result=${resultOf(noContact)} .publisher=${hostile}></mpf-provider-card>`,
      );
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });

    it('does not offer the publisher when the provider has its own contact', async () => {
      const el = await fixture<MpfProviderCard>(
        html`<mpf-provider-card .result=${resultOf(base)} .publisher=${publisher}></mpf-provider-card>`,
      );
      expect(deepText(el)).not.to.include('Ask Fictional Somerset Directory');
    });

    it('asks in Welsh on a Welsh page', async () => {
      const el = await fixture<MpfProviderCard>(
        html`<mpf-provider-card lang="cy" .result=${resultOf(noContact)} .publisher=${publisher}></mpf-provider-card>`,
      );
      expect(deepText(el)).to.include('Gofynnwch i Fictional Somerset Directory am y darparwr hwn:');
      await expect(el).to.be.accessible();
    });
  });

  it('a closed or temporarily closed provider says so and is never "taking new clients"', async () => {
    for (const [status, words] of [
      ['closed', 'Closed'],
      ['temporarily-closed', 'Temporarily closed'],
    ] as const) {
      const el = await card(resultOf({ ...base, status, takingNewClients: true }));
      expect(deepText(el.shadowRoot!.querySelector('.closed')!)).to.equal(words);
      expect(deepText(el)).to.include('New clients Not taking new clients at the moment');
      expect(deepText(el)).not.to.include('Taking new clients');
      await expect(el).to.be.accessible();
    }
  });
});
