/**
 * Text at 200% on a 390 px phone (WCAG 1.4.4 and 1.4.10): nothing overflows sideways in the
 * results, with the filters open, in the details and in the shortlist; checkboxes, radios and
 * their labels are at least 24 by 24 px (2.5.8); and the focus indicator of a checkbox, a radio
 * and a button has a part with at least 3:1 contrast against what is around it (1.4.11).
 * Measured from the browser's layout and computed styles, as a person would see them.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { FEED_URLS, allFeeds, fixtures } from '@micro-provider-finder/test/handlers.ts';
import { detailsOpen, resultsStatus, useFeedWorker, waitForStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import {
  allShadowRoots,
  deepActiveElement,
  deepQueryAll,
  deepText,
  getButton,
  getByLabelText,
} from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import type { MicroProviderFinder } from '../../packages/elements/src/components/provider-finder/provider-finder.component.ts';

/** The fixture feed, with the long unbroken words real feeds have: an email address, a web address, an area name. */
const LONG_FEED = '/test-feeds/long-words.json';
const longWords = {
  ...fixtures.okFeed,
  publisher: { name: 'Fictional Somerset Directory', email: 'community-connect-directory-listings@somerset-example.org.uk' },
  providers: fixtures.okFeed.providers.map((p) =>
    p.id === 't-02'
      ? {
          ...p,
          contact: { ...p.contact, email: 'tonevalleybefriendersandcompanions@example-somerset-council.org.uk' },
          areas: ['Bishops-Hull-and-Staplegrove-and-Norton-Fitzwarren', 'TA1'],
          hoursText: 'Weekdays:https://example.org/tone-valley-befrienders/opening-times-and-bank-holidays',
        }
      : p,
  ),
};
useFeedWorker(
  ...allFeeds,
  http.get(LONG_FEED, () => HttpResponse.json(longWords)),
);

const BEFRIEND = 'Tone Valley Befrienders (fictional)';
const FORM_CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** A short name for an element in failure messages. */
function describe_(el: Element): string {
  const text = deepText(el).slice(0, 40);
  return `<${el.localName}${el.className ? ` class="${String(el.className)}"` : ''}>${text ? ` "${text}"` : ''}`;
}

/** Text only a screen reader gets (the visually hidden pattern) is 1px wide on purpose. */
function visuallyHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (getComputedStyle(node).clipPath !== 'none') return true;
  return false;
}

/** Every shown element that sticks out of the viewport sideways, or whose content is wider than its box. */
function overflows(root: Element): string[] {
  const viewport = document.documentElement.clientWidth;
  const problems: string[] = [];
  for (const scope of [root, ...allShadowRoots(root)]) {
    for (const el of scope.querySelectorAll('*')) {
      if (!(el instanceof HTMLElement) || el instanceof HTMLSlotElement || !el.checkVisibility() || visuallyHidden(el)) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (rect.right > viewport + 0.5 || rect.left < -0.5)
        problems.push(`${describe_(el)} spans ${rect.left}-${rect.right} of ${viewport}px`);
      const display = getComputedStyle(el).display;
      if (display !== 'inline' && !FORM_CONTROLS.has(el.tagName) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe_(el)} content ${el.scrollWidth}px wide in a ${el.clientWidth}px box`);
      }
    }
  }
  if (document.documentElement.scrollWidth > viewport)
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
  return problems;
}

// --- colour contrast (WCAG relative luminance) ---
type Rgba = [number, number, number, number];
function colours(value: string): Rgba[] {
  return [...value.matchAll(/rgba?\(([^)]+)\)/g)].map((m) => {
    const [r, g, b, a] = m[1]!.split(/[\s,/]+/).map(Number);
    return [r!, g!, b!, a ?? 1];
  });
}
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: Rgba, b: Rgba) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
/** The colour behind an element: the first opaque background up its ancestors (across shadow roots), else white. */
function backgroundBehind(el: Element): Rgba {
  for (let node: Element | null = el; node;) {
    const [bg] = colours(getComputedStyle(node).backgroundColor);
    if (bg && bg[3] > 0.5) return bg;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return [255, 255, 255, 1];
}
/** The best contrast any visible part of the focus indicator (outline, box shadow) has against the background around the control. */
function focusIndicatorContrast(el: HTMLElement): number {
  const style = getComputedStyle(el);
  const around = backgroundBehind(el.parentElement ?? (el.getRootNode() as ShadowRoot).host);
  const parts: Rgba[] = [];
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) parts.push(...colours(style.outlineColor));
  if (style.boxShadow !== 'none') parts.push(...colours(style.boxShadow));
  return Math.max(0, ...parts.filter((c) => c[3] > 0.5).map((c) => contrast(c, around)));
}

/** Moves focus to `el` the way a keyboard user would (so :focus-visible applies). */
async function keyboardFocus(el: HTMLElement): Promise<void> {
  el.focus();
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await waitUntil(
    () => deepActiveElement() === el,
    `keyboard focus on ${describe_(el)}; focus was on ${describe_(deepActiveElement() ?? document.body)}`,
  );
  expect(el.matches(':focus-visible'), 'focus is visible').to.equal(true);
}

async function searchNearTaunton(el: MicroProviderFinder) {
  await waitForStatus(el, /providers listed/, 'feed loaded');
  await typeInto(getByLabelText(el, 'Postcode'), 'TA1 1AA');
  getButton(el, 'Search').click();
  await waitForStatus(el, resultsStatus('TA1'), 'results');
}

const filterBoxes = (el: Element) =>
  deepQueryAll<HTMLInputElement>(el, 'mpf-filters-panel').flatMap((p) => deepQueryAll<HTMLInputElement>(p, 'input[type="checkbox"]'));

describe('text at 200% on a 390 px phone', function () {
  this.timeout(40_000); // several views and layout passes on a shared machine
  before(() => setViewport({ width: 390, height: 844 }));
  beforeEach(() => (document.documentElement.style.fontSize = '200%'));
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  after(() => setViewport({ width: 1024, height: 768 }));

  it('nothing overflows sideways in the results, with the filters open, in the details and in the shortlist', async () => {
    // In a grid with gutters in rem (they grow with the text), as the demo page and many hosts lay out their main column:
    // the finder must not ask for more width than the screen has.
    const page = await fixture(
      html`<main style="display: grid; padding: 0 1rem"><micro-provider-finder src=${LONG_FEED}></micro-provider-finder></main>`,
    );
    const el = page.querySelector<MicroProviderFinder>('micro-provider-finder')!;
    await searchNearTaunton(el);
    expect(overflows(el), 'results').to.deep.equal([]);
    await expect(el).to.be.accessible();

    const toggle = getButton(el, 'Filters');
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'filters open');
    expect(overflows(el), 'filters open').to.deep.equal([]);
    await expect(el).to.be.accessible();
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'false', 'filters closed');

    getButton(el, BEFRIEND).click();
    await waitUntil(() => detailsOpen(el), 'details open');
    expect(overflows(el), 'details').to.deep.equal([]);
    await expect(el).to.be.accessible();

    getButton(el, `Add to shortlist: ${BEFRIEND}`).click();
    await waitForStatus(el, 'Added to your shortlist (1)');
    getButton(el, 'Back to results').click();
    await waitUntil(() => !detailsOpen(el), 'details closed');
    getButton(el, 'Shortlist (1)').click();
    await waitUntil(() => deepQueryAll(el, 'mpf-shortlist').length === 1 && deepText(el).includes('Your shortlist (1)'), 'shortlist open');
    expect(overflows(el), 'shortlist').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  for (const size of ['100%', '200%']) {
    it(`at ${size} checkboxes, radios and their labels are at least 24 by 24 px`, async () => {
      document.documentElement.style.fontSize = size;
      const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
      await searchNearTaunton(el);
      const toggle = getButton(el, 'Filters');
      toggle.click();
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'filters open');
      const controls = [...filterBoxes(el), getByLabelText(el, 'Fair order'), getByLabelText(el, 'Nearest first')];
      expect(controls.length).to.be.greaterThan(5);
      const small: string[] = [];
      for (const control of controls) {
        const labels = [...(control.labels ?? [])];
        expect(labels.length, `${control.value} has a label`).to.be.greaterThan(0);
        for (const target of [control, ...labels]) {
          const { width, height } = target.getBoundingClientRect();
          if (width < 24 || height < 24) small.push(`${describe_(target)} ${width}x${height}`);
        }
      }
      expect(small).to.deep.equal([]);
    });
  }

  it('the focus indicator of a checkbox, a radio and a button has at least 3:1 contrast with the background', async () => {
    const el = await fixture<MicroProviderFinder>(html`<micro-provider-finder src=${FEED_URLS.ok}></micro-provider-finder>`);
    await searchNearTaunton(el);
    const toggle = getButton(el, 'Filters');
    toggle.click();
    await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'filters open');
    for (const control of [
      filterBoxes(el)[0]!,
      getByLabelText(el, 'Fair order'),
      getButton(el, 'Clear filters'),
      toggle,
    ] as HTMLElement[]) {
      if (!control.checkVisibility()) continue;
      await keyboardFocus(control);
      expect(focusIndicatorContrast(control), `focus indicator of ${describe_(control)}`).to.be.at.least(3);
    }
  });
});
