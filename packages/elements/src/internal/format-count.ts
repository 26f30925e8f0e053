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

/** Picks the plural form for `count` with `Intl.PluralRules` (falls back to `other`). */
export function plural<A extends unknown[]>(
  locale: Locale,
  forms: PluralForms<(count: string, ...rest: A) => string>,
  count: number,
  ...rest: A
): string {
  const rules = memo(pluralRules, locale.lang, () => new Intl.PluralRules(locale.lang));
  const form = forms[rules.select(count)] ?? forms.other;
  return form(formatNumber(locale, count), ...rest);
}

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
