/**
 * Picks the string table for a language tag and lets hosts change wording.
 *
 * Lookup order: exact tag ("cy-GB") -> language ("cy") -> en-GB. Host
 * overrides from {@link setStrings} sit on top of the shipped table for the
 * same key, so `setStrings('fr', {...})` can even add a language.
 *
 * Overrides are page-global on purpose (like ecl's `setStringLiterals`): a
 * council that says "services" instead of "providers" wants it everywhere.
 *
 * A shipped table may arrive later (the CDN build loads Welsh as a separate chunk): until
 * then the language resolves to English, {@link stringsReady} says when it is there, and
 * elements wait for it before rendering, so nobody sees English flash up first.
 */
import { enGB } from './en-GB.ts';
import type { Strings, StringsOverride } from './strings.ts';
import { welshTable } from './welsh-table.ts';

/** The strings to use and the tag to give `Intl` so plurals and dates match them. */
export interface Locale {
  /** The tag whose table was used, e.g. "cy" or "en-GB": pass this to `Intl`. */
  lang: string;
  strings: Strings;
}

const FALLBACK = 'en-GB';
const shipped = new Map<string, Strings>([['en-gb', enGB]]);
/** Shipped tables not loaded yet, by language key, and the loads under way. */
const loaders = new Map<string, () => Promise<Strings>>();
const loading = new Map<string, Promise<void>>();
ship('cy', welshTable);
const overrides = new Map<string, StringsOverride>();
const listeners = new Set<() => void>();
const cache = new Map<string, Locale>();

function tableFor(key: string): { lang: string; base: Strings } | undefined {
  const base = shipped.get(key);
  if (base) return { lang: key === 'en-gb' ? FALLBACK : key, base };
  if (overrides.has(key)) return { lang: key, base: enGB };
  return undefined;
}

function ship(key: string, table: Strings | (() => Promise<Strings>)): void {
  if (typeof table === 'function') loaders.set(key, table);
  else shipped.set(key, table);
}

function tagOf(lang: string | null | undefined): string {
  return (lang ?? '').trim().toLowerCase() || FALLBACK.toLowerCase();
}

/**
 * Starts loading the shipped table `lang` needs, if it is not there yet. Returns a promise that
 * settles once it is (a failed load leaves English and may be retried), or undefined when
 * {@link resolveLocale} already has everything for `lang`.
 */
export function stringsReady(lang: string | null | undefined): Promise<void> | undefined {
  const tag = tagOf(lang);
  const key = [tag, tag.split('-')[0] ?? tag].find((k) => loaders.has(k) && !shipped.has(k));
  if (key === undefined) return undefined;
  let load = loading.get(key);
  if (!load) {
    load = loaders.get(key)!().then(
      (table) => {
        shipped.set(key, table);
        cache.clear();
        for (const listener of listeners) listener();
      },
      () => {
        loading.delete(key); // offline or blocked: stay in English, try again next time
      },
    );
    loading.set(key, load);
  }
  return load;
}

/**
 * Resolves `lang` (any BCP 47 tag, any case) to a {@link Locale}. A shipped table that is still
 * loading (see {@link stringsReady}) resolves to English until it arrives.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = tagOf(lang);
  void stringsReady(tag); // a table still loading resolves to English, re-resolved when it lands
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
