/** Options in their label's alphabetical order, in the element's language. */

/**
 * One collator per language. `a.localeCompare(b, lang)` compares the same way but sets up a new
 * collator on every call: sorting a feed's languages took tens of milliseconds of the first results.
 */
const collators = new Map<string, Intl.Collator>();
function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator;
}

/**
 * Sorts options by label as `Intl.Collator(lang)` does. English labels of plain letters and spaces
 * ("British Sign Language") are compared by hand, in the collator's order: a page's first collator
 * takes 30-50 ms to set up, before the first results. sort-by-label.test.ts checks both agree.
 */
export function sortByLabel<T extends { label: string }>(options: T[], lang: string): T[] {
  if (options.length < 2) return options;
  const plain = lang === 'en-GB' && options.every((option) => /^[A-Za-z ]*$/.test(option.label));
  const compare = plain ? compareLettersAndSpaces : collatorFor(lang).compare;
  return options.sort((a, b) => compare(a.label, b.label));
}

/**
 * The root collation order for strings of ASCII letters and spaces: letters alphabetically
 * whatever their case, a space before any letter, a shorter string before a longer one it starts;
 * then, for the same letters, lower case before upper case at the first place they differ.
 */
export function compareLettersAndSpaces(a: string, b: string): number {
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === lowerA[i] ? -1 : 1;
  }
  return 0;
}
