/**
 * The demo pages as a resident would use them: each page is loaded in an iframe from the test
 * server, the person types a postcode and a need, presses Search, and sees providers.
 * msw serves the real sample feed (the test server turns every .json URL into a JS module,
 * so the page could not fetch it directly); msw also answers requests from iframes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import sampleFeed from '../../demo/data/sample-feed.json';

const worker = setupWorker(http.get('*/demo/data/sample-feed.json', () => HttpResponse.json(sampleFeed as never)));

/** Every element matching `selector`, looking inside open shadow roots too. */
function deepQueryAll<T extends Element>(root: ParentNode, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

/** The input whose visible label starts with `label`, wherever it sits in the shadow trees. */
function inputByLabel(doc: Document, label: string): HTMLInputElement | undefined {
  return deepQueryAll<HTMLInputElement>(doc, 'input').find((input) =>
    [...(input.labels ?? [])].some((l) => l.textContent?.trim().startsWith(label)),
  );
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.title = path;
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.defaultView?.customElements.get('micro-provider-finder'), `${path}: finder never defined`, { timeout: 8000 });
  return { frame, doc };
}

/** Types into the fields found by their labels and presses the search button. */
async function search(doc: Document, labels: { postcode: string; need: string; button: string }, postcode: string, need: string) {
  await waitUntil(() => inputByLabel(doc, labels.postcode), `no "${labels.postcode}" field`, { timeout: 8000 });
  for (const [label, value] of [
    [labels.postcode, postcode],
    [labels.need, need],
  ] as const) {
    const input = inputByLabel(doc, label)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  const button = deepQueryAll<HTMLButtonElement>(doc, 'button[type="submit"]').find((b) => b.textContent?.trim() === labels.button);
  expect(button, `a "${labels.button}" button`).to.exist;
  button!.click();
  await waitUntil(() => deepQueryAll(doc, 'mpf-provider-card').length > 0, 'no providers shown', { timeout: 8000 });
}

const english = { postcode: 'Postcode', need: 'What do you need help with?', button: 'Search' };
const welsh = { postcode: 'Cod post', need: 'Gyda beth', button: 'Chwilio' };

describe('demo pages', () => {
  let frame: HTMLIFrameElement | undefined;

  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());
  afterEach(() => frame?.remove());

  it('index.html: a resident near Taunton finds someone to visit their dad', async () => {
    const page = await openPage('/demo/index.html');
    frame = page.frame;
    const finder = page.doc.querySelector('micro-provider-finder')!;
    expect(finder.getAttribute('src')).to.equal('./data/sample-feed.json');
    await search(page.doc, english, 'TA1 1AA', 'someone to visit my dad');
  });

  it('cy.html: the finder speaks Welsh and finds providers in Powys', async () => {
    const page = await openPage('/demo/cy.html');
    frame = page.frame;
    await search(page.doc, welsh, 'LD3 7AA', 'cwmni');
  });

  it('csp.html: works under a strict Content-Security-Policy with no violations', async () => {
    const page = await openPage('/demo/csp.html');
    frame = page.frame;
    const policy = page.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(policy).to.equal("default-src 'self'; style-src 'self'; script-src 'self'");
    await search(page.doc, english, 'BA11 1AA', 'help with shopping');
    const status = page.doc.getElementById('csp-status')!;
    expect(status.dataset.violations, status.textContent ?? '').to.equal('0');
  });

  for (const theme of ['govuk', 'nhs']) {
    it(`${theme}.html: the theme reaches the finder through --mpf-* tokens`, async () => {
      const page = await openPage(`/demo/${theme}.html`);
      frame = page.frame;
      const finder = page.doc.querySelector('micro-provider-finder')!;
      const brand = page.doc.defaultView!.getComputedStyle(finder).getPropertyValue('--mpf-color-brand').trim();
      expect(brand).to.equal(theme === 'govuk' ? '#1d70b8' : '#005eb8');
      await waitUntil(() => inputByLabel(page.doc, english.postcode), 'no Postcode field', { timeout: 8000 });
    });
  }
});
