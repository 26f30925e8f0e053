/**
 * The need box as an ARIA 1.2 combobox inside <micro-provider-finder>: the
 * suggestions come from the finder (finder.suggest), the form only shows them.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { FEED_URLS } from '@micro-provider-finder/test/handlers.ts';
import { mountFinder, useFeedWorker, waitForStatus } from '@micro-provider-finder/test/helpers/finder.ts';
import { deepQueryAll, getButton, getByLabelText } from '@micro-provider-finder/test/helpers/queries.ts';
import { typeInto } from '@micro-provider-finder/test/helpers/user.ts';
import '../../define.ts';

useFeedWorker();

async function ready() {
  const el = await mountFinder(FEED_URLS.ok);
  await waitForStatus(el, /providers listed/, 'feed loaded');
  return { el, input: getByLabelText(el, 'What do you need help with?') };
}

/** The listbox the combobox controls (looked up through its aria-controls, in the input's own root). */
function listboxOf(input: HTMLInputElement): HTMLElement {
  const root = input.getRootNode() as ShadowRoot;
  return root.getElementById(input.getAttribute('aria-controls')!)!;
}
const optionTexts = (input: HTMLInputElement) =>
  [...listboxOf(input).querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
const activeOption = (input: HTMLInputElement) => {
  const id = input.getAttribute('aria-activedescendant');
  return id ? (input.getRootNode() as ShadowRoot).getElementById(id) : null;
};

describe('need box combobox', () => {
  it('is a combobox with its label and hint, collapsed until the person types', async () => {
    const { input } = await ready();
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(listboxOf(input).getAttribute('role')).to.equal('listbox');
    expect(input.getAttribute('aria-describedby')).to.match(/-hint$/);
  });

  it('suggests as you type; Down highlights, Enter fills the box, Enter again searches', async () => {
    const { el, input } = await ready();
    await typeInto(input, 'befr');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'list opens');
    expect(optionTexts(input)[0]).to.equal('Befriending and company');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => activeOption(input) !== null, 'an option is active');
    expect(activeOption(input)!.getAttribute('aria-selected')).to.equal('true');
    expect(activeOption(input)!.textContent!.trim()).to.equal('Befriending and company');

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => input.value === 'befriending', `box filled, was "${input.value}"`);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);

    const searched = oneEvent(el, 'mpf-search');
    await sendKeys({ press: 'Enter' });
    expect((await searched).detail.query).to.equal('befriending');
  });

  it('Up and Down wrap around; Escape closes without changing the text', async () => {
    const { input } = await ready();
    await typeInto(input, 'lun');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const count = optionTexts(input).length;
    expect(count).to.be.greaterThan(1);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => activeOption(input)?.id.endsWith(`-${count - 1}`) === true, 'Up from none goes to the last');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => activeOption(input)?.id.endsWith('-0') === true, 'Down from the last wraps to the first');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'false');
    expect(input.value).to.equal('lun');
  });

  it('Enter with no highlighted option submits what was typed', async () => {
    const { el, input } = await ready();
    await typeInto(input, 'lunch club');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const searched = oneEvent(el, 'mpf-search');
    await sendKeys({ press: 'Enter' });
    expect((await searched).detail.query).to.equal('lunch club');
  });

  it('a click on a suggestion fills the box and keeps focus in it', async () => {
    const { input } = await ready();
    await typeInto(input, 'memo');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const option = [...listboxOf(input).querySelectorAll<HTMLElement>('[role="option"]')].find(
      (o) => o.textContent!.trim() === 'memory problems',
    )!;
    option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    option.click();
    await waitUntil(() => input.value === 'memory problems');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect((input.getRootNode() as ShadowRoot).activeElement).to.equal(input);
  });

  it('shows nothing for one letter, and closes when focus leaves', async () => {
    const { el, input } = await ready();
    await typeInto(input, 'b');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: 'efr' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    deepQueryAll<HTMLInputElement>(el, 'input[name="postcode"]')[0]!.focus();
    await waitUntil(() => input.getAttribute('aria-expanded') === 'false');
  });

  it('on a phone the list sits below the box and pushes Search down: tapping Search searches, and closes the list', async () => {
    await setViewport({ width: 390, height: 844 });
    const { el, input } = await ready();
    await typeInto(input, 'lun');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'list opens');
    const list = listboxOf(input).getBoundingClientRect();
    const search = getButton(el, 'Search');
    const button = search.getBoundingClientRect();
    expect(list.top, 'list below the box').to.be.at.least(input.getBoundingClientRect().bottom - 1);
    expect(button.top, 'Search below the list').to.be.at.least(list.bottom);
    // What a tap at the middle of Search hits is Search itself, not a suggestion.
    search.scrollIntoView();
    const rect = search.getBoundingClientRect();
    const root = search.getRootNode() as ShadowRoot;
    expect(root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)).to.equal(search);
    await expect(el).to.be.accessible();
    const searched = oneEvent(el, 'mpf-search');
    search.click();
    expect((await searched).detail.query).to.equal('lun');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'false', 'list closed on submit');
    await setViewport({ width: 800, height: 600 });
  });

  it('says how many suggestions there are, and nothing once closed', async () => {
    const { input } = await ready();
    const root = input.getRootNode() as ShadowRoot;
    const said = () => root.querySelector('[aria-live="polite"]')!.textContent!.trim();
    await typeInto(input, 'lun');
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    const count = optionTexts(input).length;
    expect(said()).to.equal(`${count} suggestions. Use the up and down arrows to choose.`);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => said() === '', 'count cleared when closed');
  });
});
