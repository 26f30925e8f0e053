/**
 * Turning feed values into words for people, in the element's language.
 * Presentation only: which providers match, and how far away they are, comes
 * from the SDK. Intl formatters are cached per language.
 */
import type { ProviderCost } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { formatNumber, memo, plural } from './format-count.ts';
import { humanise, labelFor } from './format-label.ts';

// The parts the search form needs are their own modules, so the first paint carries only them.
export { formatNumber, plural, humanise, labelFor };

const money = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();
const languageNames = new Map<string, Intl.DisplayNames | null>();

/** "£12" or "£12.50": pence only when there are some. */
export function formatMoney(locale: Locale, value: number): string {
  const whole = Number.isInteger(value);
  // Pounds (and pence given to the penny) in English or Welsh by hand, as Intl writes them: a page's
  // first Intl.NumberFormat takes 50-200 ms to set up, before the first results (cards show costs).
  // format.test.ts checks both agree.
  const [, pounds, pence] = /^(\d+)(?:\.(\d\d?))?$/.exec(`${value}`) ?? [];
  if (pounds && 1 / value > 0 && value <= Number.MAX_SAFE_INTEGER && (locale.lang === 'en-GB' || locale.lang === 'cy')) {
    return `£${formatNumber(locale, Number(pounds))}${pence ? `.${pence.padEnd(2, '0')}` : ''}`;
  }
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
  // British English by hand, as Intl writes it: a page's first Intl.DateTimeFormat takes tens of
  // milliseconds to set up, before the first results (cards show dates). format.test.ts checks both agree.
  const year = date.getUTCFullYear();
  if (locale.lang === 'en-GB' && year > 999 && year < 10_000) {
    return `${date.getUTCDate()} ${ENGLISH_MONTHS[date.getUTCMonth()]!} ${year}`;
  }
  if (!supports(Intl.DateTimeFormat, locale.lang)) {
    return `${date.getUTCDate()} ${locale.strings.months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
  }
  return memo(dates, locale.lang, () => new Intl.DateTimeFormat(locale.lang, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

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
