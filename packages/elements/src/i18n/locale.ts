/**
 * Picks the string table for a language tag and lets hosts change wording.
 *
 * Lookup order: exact tag ("cy-GB") -> language ("cy") -> en-GB. Host
 * overrides from {@link setStrings} sit on top of the shipped table for the
 * same key, so `setStrings('fr', {...})` can even add a language.
 *
 * Overrides are page-global on purpose (like ecl's `setStringLiterals`): a
 * council that says "services" instead of "providers" wants it everywhere.
 */
import { cy } from './cy.ts';
import { enGB } from './en-GB.ts';
import type { Strings, StringsOverride } from './strings.ts';

/** The strings to use and the tag to give `Intl` so plurals and dates match them. */
export interface Locale {
  /** The tag whose table was used, e.g. "cy" or "en-GB": pass this to `Intl`. */
  lang: string;
  strings: Strings;
}

const FALLBACK = 'en-GB';
const shipped = new Map<string, Strings>([
  ['en-gb', enGB],
  ['cy', cy],
]);
const overrides = new Map<string, StringsOverride>();
const listeners = new Set<() => void>();
const cache = new Map<string, Locale>();

function tableFor(key: string): { lang: string; base: Strings } | undefined {
  const base = shipped.get(key);
  if (base) return { lang: key === 'en-gb' ? FALLBACK : key, base };
  if (overrides.has(key)) return { lang: key, base: enGB };
  return undefined;
}

/** Resolves `lang` (any BCP 47 tag, any case) to a {@link Locale}. */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().toLowerCase() || FALLBACK.toLowerCase();
  const hit = cache.get(tag);
  if (hit) return hit;
  const language = tag.split('-')[0] ?? tag;
  const keys = [tag, language, 'en-gb'];
  const key = keys.find((k) => tableFor(k)) ?? 'en-gb';
  const { lang: resolved, base } = tableFor(key)!;
  // English overrides also reach languages that fall back to English; then the
  // language's own overrides; then those for the exact tag.
  const layerKeys = [...new Set([base === enGB ? 'en-gb' : '', language, tag])];
  const layers = layerKeys.map((k) => overrides.get(k)).filter((o) => o !== undefined);
  const strings = Object.assign({}, base, ...layers) as Strings;
  const locale: Locale = { lang: resolved === 'en-gb' ? FALLBACK : canonical(resolved), strings };
  cache.set(tag, locale);
  return locale;
}

function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? FALLBACK;
  } catch {
    return FALLBACK;
  }
}

/**
 * Replaces some strings for a language (e.g. `setStrings('en-GB', {searchButton: 'Find'})`).
 * Connected elements re-render with the new wording.
 */
export function setStrings(lang: string, partial: StringsOverride): void {
  const key = lang.trim().toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...partial });
  cache.clear();
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever strings change; returns an unsubscribe function. @internal */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
