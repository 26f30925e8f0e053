/**
 * Keyboard users on a desktop (1280 px): the filters sidebar comes before the results in the page,
 * so a "Skip to results" link right after the form (visible when focused, GOV.UK style, WCAG 2.4.1
 * bypass blocks) takes them from the need box to the first result in a few key presses, while the
 * filters stay in the Tab order for those who want them.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { mountFinder, resultsStatus, useFeedWorker, waitForStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { deepActiveElement, deepQueryAll, deepText, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { pressEnter, typeInto } from '@micro-provider-finder/test/helpers/user.ts';

useFeedWorker();

/** Presses Tab until `isTarget(focused)`; returns how many presses it took (Infinity after `max`). */
async function tabsUntil(isTarget: (focused: Element | null) => boolean, max = 150): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await sendKeys({ press: 'Tab' });
    if (isTarget(deepActiveElement())) return presses;
  }
  return Infinity;
}

const firstResultName = (el: Element) => deepQueryAll(el, '[part~="result-name"]')[0];

describe('keyboard: from the need box to the results at 1280 px', function () {
  this.timeout(30_000);
  before(() => setViewport({ width: 1280, height: 900 }));
  after(() => setViewport({ width: 1024, height: 768 }));

  async function searchAll() {
    const el = await mountFinder();
    await waitForStatus(el, /providers listed/, 'feed loaded');
    const need = getByLabelText(el, 'What do you need help with?');
    await typeInto(need, '');
    await pressEnter();
    await waitForStatus(el, resultsStatus(), 'results');
    need.focus();
    return el;
  }

  it('"Skip to results" is the first stop after the form: 3 Tab presses and Enter reach the first result', async () => {
    const el = await searchAll();
    const skipTabs = await tabsUntil((focused) => focused?.textContent?.trim() === 'Skip to results');
    expect(skipTabs, 'Tab presses from the need box to "Skip to results"').to.equal(3);
    const link = deepActiveElement() as HTMLElement;
    expect(link.getBoundingClientRect().width, 'visible while focused').to.be.greaterThan(20);
    await expect(el).to.be.accessible();

    await pressEnter();
    await waitUntil(() => deepActiveElement() === firstResultName(el), 'focus on the first result');
  });

  it('the filters stay in the Tab order after the link, and beside the results on screen', async () => {
    const el = await searchAll();
    const allTheWay = await tabsUntil((focused) => focused === firstResultName(el));
    const checkboxes = deepQueryAll<HTMLInputElement>(deepQueryAll(el, 'mpf-filters-panel')[0]!, 'input[type="checkbox"]');
    expect(checkboxes.length).to.be.greaterThan(5);
    // Tabbing straight on passes the skip link and every filter (none hidden from the keyboard).
    expect(allTheWay, `Tab presses without the link (${checkboxes.length} filter checkboxes)`).to.be.greaterThan(checkboxes.length);
    const panel = deepQueryAll(el, 'mpf-filters-panel')[0]!.getBoundingClientRect();
    const list = deepQueryAll(el, 'mpf-results-list')[0]!.getBoundingClientRect();
    expect(panel.right, 'sidebar left of the results').to.be.at.most(list.left);
    expect(deepText(deepQueryAll(el, '.skip-link')[0]!)).to.equal('Skip to results');
  });
});
