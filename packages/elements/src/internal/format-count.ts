/**
 * Counts in words: the plural form for a number and the number itself, in the element's
 * language (Intl formatters cached per language). See format.ts for the other formats.
 */
import type { Locale } from '../i18n/locale.ts';
import type { PluralForms } from '../i18n/strings.ts';

const pluralRules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The value cached for `lang`, made the first time. */
export function memo<T>(cache: Map<string, T>, lang: string, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = make();
    cache.set(lang, value);
  }
  return value;
}

/** Picks the plural form for `count` as `Intl.PluralRules` does (falls back to `other`). */
export function plural<A extends unknown[]>(
  locale: Locale,
  forms: PluralForms<(count: string, ...rest: A) => string>,
  count: number,
  ...rest: A
): string {
  const form = forms[pluralCategory(locale.lang, count)] ?? forms.other;
  return form(formatNumber(locale, count), ...rest);
}

/**
 * The plural category of `count` in `lang`. For a whole number of providers or miles in English or
 * Welsh it is worked out by hand (CLDR's rules): a page's first Intl.PluralRules takes 2-20 ms to set
 * up (more on a slow phone), and the search form's distance choices need one for the first paint.
 * format-count.test.ts checks both agree.
 */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  if (Number.isSafeInteger(count) && count >= 0) {
    if (lang === 'en-GB') return count === 1 ? 'one' : 'other';
    if (lang === 'cy') return WELSH_PLURALS[count] ?? 'other';
  }
  return memo(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
}

/** Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, every other number other. */
const WELSH_PLURALS: Partial<Record<number, Intl.LDMLPluralRule>> = { 0: 'zero', 1: 'one', 2: 'two', 3: 'few', 6: 'many' };

/**
 * "1,234". A whole number of providers or miles in English or Welsh is written by hand: a page's
 * first Intl.NumberFormat takes 50-200 ms to set up (more on a slow phone), before the first
 * results. format-count.test.ts checks both agree.
 */
export function formatNumber(locale: Locale, value: number): string {
  if (Number.isSafeInteger(value) && 1 / value > 0 && (locale.lang === 'en-GB' || locale.lang === 'cy')) {
    return `${value}`.replace(/\B(?=(\d{3})+$)/g, ',');
  }
  return memo(numbers, locale.lang, () => new Intl.NumberFormat(locale.lang, { maximumFractionDigits: 1 })).format(value);
}
