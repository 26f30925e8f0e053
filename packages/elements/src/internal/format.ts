/**
 * Turning feed values into words for people, in the element's language.
 * Presentation only: which providers match, and how far away they are, comes
 * from the SDK. Intl formatters are cached per language.
 */
import type { ProviderCost } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import type { PluralForms } from '../i18n/strings.ts';

const pluralRules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const money = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames | null>();

function memo<T>(cache: Map<string, T>, lang: string, make: () => T): T {
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

/** "£12" or "£12.50": pence only when there are some. */
export function formatMoney(locale: Locale, value: number): string {
  const whole = Number.isInteger(value);
  const format = memo(
    money,
    `${locale.lang}:${whole}`,
    () =>
      new Intl.NumberFormat(locale.lang, {
        style: 'currency',
        currency: 'GBP',
        minimumFractionDigits: whole ? 0 : 2,
        maximumFractionDigits: 2,
      }),
  );
  return format.format(value);
}

/**
 * "14 March 2025" for an ISO date or date-time; the input unchanged when it is not a date.
 * Browsers built with reduced ICU data (Debian's Chromium, some Android builds) have no Welsh
 * dates, so when Intl does not support the language we use the table's month names.
 */
export function formatDate(locale: Locale, iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  if (!supports(Intl.DateTimeFormat, locale.lang)) {
    return `${date.getUTCDate()} ${locale.strings.months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
  }
  return memo(dates, locale.lang, () => new Intl.DateTimeFormat(locale.lang, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

const support = new Map<string, boolean>();
function supports(ctor: { supportedLocalesOf(locales: string[]): string[]; name: string }, lang: string): boolean {
  return memo(support, `${ctor.name}:${lang}`, () => {
    try {
      return ctor.supportedLocalesOf([lang]).length > 0;
    } catch {
      return false;
    }
  });
}

function parseIsoDate(iso: string): Date | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time);
}

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** True when an ISO date is more than twelve months before `now`. */
export function isOlderThanAYear(iso: string, now: number = Date.now()): boolean {
  const date = parseIsoDate(iso);
  return date !== undefined && now - date.getTime() > YEAR_MS;
}

/** "about 2 miles away" / "less than a mile away" for an SDK-rounded distance. */
export function formatDistance(locale: Locale, miles: number): string {
  if (miles < 1) return locale.strings.lessThanAMile;
  return plural(locale, locale.strings.distanceAbout, miles);
}

/** Lines describing the cost: "Free", "From £12 an hour", then the feed's own text. */
export function formatCost(locale: Locale, cost: ProviderCost | undefined): string[] {
  if (!cost) return [];
  const lines: string[] = [];
  if (cost.free) lines.push(locale.strings.free);
  else if (cost.fromGBP !== undefined) lines.push(locale.strings.costFrom(formatMoney(locale, cost.fromGBP), cost.per));
  if (cost.text) lines.push(cost.text);
  return lines;
}

/** Human label for a vocabulary value: the table's label, else the value humanised ("pet-care" -> "Pet care"). */
export function labelFor(table: Record<string, string>, value: string): string {
  return Object.hasOwn(table, value) ? table[value]! : humanise(value);
}

export function humanise(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Welsh" / "Cymraeg" for "cy": the table's name, else Intl.DisplayNames when it knows the language, else the tag. */
export function languageName(locale: Locale, tag: string): string {
  const primary = tag.split('-')[0]!.toLowerCase();
  const named = locale.strings.languageNames[tag] ?? locale.strings.languageNames[primary];
  if (named) return named;
  if (!supports(Intl.DisplayNames, locale.lang)) return tag;
  const names = memo(languageNames, locale.lang, () => {
    try {
      return new Intl.DisplayNames(locale.lang, { type: 'language' });
    } catch {
      return null;
    }
  });
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
