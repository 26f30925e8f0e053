/**
 * Keeps README.md true: its embed snippet is mounted in Chromium (with the built CDN bundle standing
 * in for the host's copy), and its SDK example is the file beside this test, which is run.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
// The test server serves .json as a module (esbuild json loader), so the sample feed is imported.
import sampleFeed from '../../demo/data/sample-feed.json';
import { getButton, getByLabelText, getStatus, headingTexts } from '../helpers/queries.ts';
import { typeInto } from '../helpers/user.ts';

const worker = setupWorker();
let readme = '';

/** The fenced code block between `<!-- name:start -->` and `<!-- name:end -->`. */
function snippet(name: string): string {
  const start = readme.indexOf(`<!-- ${name}:start -->`);
  const end = readme.indexOf(`<!-- ${name}:end -->`);
  expect(start, `README marker ${name}:start`).to.be.greaterThan(-1);
  expect(end, `README marker ${name}:end`).to.be.greaterThan(start);
  const block = readme.slice(start, end);
  const open = block.indexOf('\n', block.indexOf('```')) + 1;
  return block.slice(open, block.lastIndexOf('```'));
}

before(async () => {
  readme = await (await fetch('/README.md')).text();
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
});
afterEach(() => worker.resetHandlers());
after(() => worker.stop());

describe('README SDK example', () => {
  it('is the example file that this test runs', async () => {
    const file = await (await fetch('/__raw__?file=test/readme/sdk-example.ts')).text();
    expect(snippet('sdk-example').trim()).to.equal(file.trim());
  });

  it('runs and lists providers near TA1 who visit people', async () => {
    worker.use(http.get('https://example.org/care-providers.json', () => HttpResponse.json(sampleFeed as never)));
    const lines: string[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      await import('./sdk-example.ts');
    } finally {
      console.log = log;
    }
    const total = Number.parseInt(lines[0] ?? '', 10);
    expect(total, lines[0]).to.be.greaterThan(0);
    expect(lines.length).to.equal(1 + Math.min(total, 10));
    expect(lines[1]).to.match(/covers your area|about \d+(\.\d+)? miles/);
  });
});

describe('README embed snippet', () => {
  it('mounts, loads the feed it names and passes axe', async () => {
    const markup = snippet('embed-snippet');
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal(['/assets/micro-provider-finder.js']);
    const finderMarkup = doc.querySelector('micro-provider-finder');
    expect(finderMarkup, 'snippet has the element').to.exist;
    const feedUrl = finderMarkup!.getAttribute('src')!;
    let requested = 0;
    worker.use(
      http.get(feedUrl, () => {
        requested += 1;
        return HttpResponse.json(sampleFeed as never);
      }),
    );

    // The host copies the built bundle to /assets/; here the bundle is served from dist/.
    const bundle = '/packages/elements/dist/cdn/micro-provider-finder.js';
    expect((await fetch(bundle)).ok, 'run `npm run build` first (npm test does)').to.be.true;
    await import(/* @vite-ignore */ bundle);

    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(document.importNode(finderMarkup!, true));
    const finder = host.querySelector('micro-provider-finder')!;
    await customElements.whenDefined('micro-provider-finder');
    await waitUntil(() => requested === 1, 'the element requests the feed named in src');
    await waitUntil(() => {
      try {
        return !getByLabelText(finder, 'Postcode').disabled;
      } catch {
        return false;
      }
    }, 'the search form renders');
    await expect(finder).to.be.accessible();

    // A resident's search through the built bundle lists providers (a bundler once dropped the
    // results list's registration through a wrong package.json `sideEffects` glob).
    await typeInto(getByLabelText(finder, 'Postcode'), 'TA1 1AA');
    getButton(finder, 'Search').click();
    await waitUntil(() => /providers? near TA1/.test(getStatus(finder).textContent ?? ''), 'results are announced', { timeout: 5000 });
    await waitUntil(
      () => headingTexts(finder).some((h) => (sampleFeed as { providers: { name: string }[] }).providers.some((p) => p.name === h)),
      'provider names are listed as headings',
    );
    await expect(finder).to.be.accessible();
  });
});
