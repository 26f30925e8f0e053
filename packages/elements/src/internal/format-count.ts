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

export function formatNumber(locale: Locale, value: number): string {
  return memo(numbers, locale.lang, () => new Intl.NumberFormat(locale.lang, { maximumFractionDigits: 1 })).format(value);
}
