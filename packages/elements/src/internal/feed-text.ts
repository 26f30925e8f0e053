/**
 * Feed text marked with the feed's language. On a Welsh page (`lang="cy"`) showing an English
 * feed, each piece of the publisher's own words (names, descriptions, areas, cost and hours
 * text...) carries `lang="en"`, so a screen reader switches voice for it and back for the
 * interface around it (WCAG 3.1.2). `lang` comes from {@link feedTextLang}: undefined when the feed
 * and the page speak the same language, and then nothing is added.
 */
import { html, type TemplateResult } from 'lit';
import type { ProviderCost, SearchResult } from '@micro-provider-finder/sdk';
import type { Locale } from '../i18n/locale.ts';
import { formatCost, formatDistance } from './format.ts';
import { publicPlace } from './provider-parts.ts';

/** Feed text, in a `<span lang>` when its language differs from the page's. */
export function feedText(value: string, lang: string | undefined): TemplateResult | string {
  return lang ? html`<span lang=${lang}>${value}</span>` : value;
}

// Stands in for the feed value while splitting a phrase around it (never in feed text: the SDK strips controls).
const SLOT = '\u0000';

/**
 * An interface phrase with one feed value in it ("Checked by <who>"), the value marked: the phrase
 * is built around a stand-in and split there, so a translation may put the value anywhere.
 */
export function phraseWith(phrase: (value: string) => string, value: string, lang: string | undefined): TemplateResult | string {
  if (!lang) return phrase(value);
  const parts = phrase(SLOT).split(SLOT);
  if (parts.length !== 2) return phrase(value);
  return html`${parts[0]}${feedText(value, lang)}${parts[1]}`;
}

/** The areas a provider lists, shortened for one line ("TA1, TA2, TA3 and 4 more"), the areas marked. */
function areasLine(locale: Locale, areas: readonly string[] | undefined, lang: string | undefined): TemplateResult | string | undefined {
  if (!areas?.length) return undefined;
  const shown = areas.slice(0, 3).join(', ');
  if (areas.length <= 3) return feedText(shown, lang);
  return phraseWith((list) => locale.strings.areasAndMore(list, areas.length - 3), shown, lang);
}

/**
 * "about 2 miles away", "Covers your area: Taunton, TA2", the town, or "Area not given", with the
 * town or areas marked (the same line as `whereLine` in provider-parts.ts, which it stands in for
 * where feed text is marked).
 */
export function whereLineMarked(locale: Locale, result: SearchResult, lang: string | undefined): TemplateResult | string | undefined {
  const { strings } = locale;
  const town = publicPlace(result.provider);
  const place = town !== undefined ? feedText(town, lang) : areasLine(locale, result.provider.areas, lang);
  if (result.coversArea) {
    if (place === undefined) return strings.coversYourArea;
    return typeof place === 'string' ? `${strings.coversYourArea}: ${place}` : html`${strings.coversYourArea}: ${place}`;
  }
  if (result.distanceMiles !== undefined) return formatDistance(locale, result.distanceMiles);
  if (place !== undefined) return place;
  return result.provider.radiusMiles === undefined ? strings.areaNotGiven : undefined;
}

/** Lines as one run of text joined by `separator` (a single text node when nothing is marked). */
export function joinLines(lines: readonly (TemplateResult | string)[], separator: string): TemplateResult | string {
  if (lines.every((line) => typeof line === 'string')) return lines.join(separator);
  return html`${lines.map((line, i) => html`${i ? separator : ''}${line}`)}`;
}

/** The cost in words ("From £12 an hour"), then the feed's own cost text, marked. */
export function costLines(locale: Locale, cost: ProviderCost | undefined, lang: string | undefined): (TemplateResult | string)[] {
  if (!cost) return [];
  const { text, ...priced } = cost;
  const lines: (TemplateResult | string)[] = formatCost(locale, priced);
  if (text) lines.push(feedText(text, lang));
  return lines;
}
