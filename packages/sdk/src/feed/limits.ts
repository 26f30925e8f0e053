/**
 * Size limits on feed input, so that one oversized record (a million support terms, a
 * megabyte language tag) costs only itself, never the whole feed or the page. Text limits are
 * in `sanitise.ts` (TEXT_LIMITS); the table in docs/feed-format.md#limits lists them all.
 */
import type { FeedProblem } from '../types.ts';

/** Most items kept in each list of a provider record; later items are dropped and reported. */
export const LIST_LIMITS = {
  support: 50,
  whoFor: 50,
  delivery: 20,
  payment: 20,
  areas: 500,
  hours: 50,
  languages: 50,
} as const satisfies Record<string, number>;

/** Longest value, in characters, of the short coded fields; anything longer is invalid. */
export const CODE_LIMITS = {
  /** BCP 47 language tag (RFC 5646 asks for at least 35). */
  language: 35,
  /** ISO 8601 date or date-time. */
  date: 40,
  /** "HH:MM" time, with room for spaces. */
  time: 10,
  /** Email address (RFC 5321 path limit). */
  email: 254,
} as const;

/**
 * Most providers one feed may list. The finder packs a provider's position into 20 bits of its
 * sort keys; a longer feed is refused with a clear error rather than sorted wrongly or left to hang.
 */
export const MAX_PROVIDERS = 2 ** 20;

/**
 * Cuts each over-long list of a raw record to its limit (before any validation, so the dropped
 * items cost nothing) and reports the cut. Returns `raw` itself when nothing is cut, else a
 * shallow copy (input is never mutated). Problems are pushed without an `id`: the caller adds
 * the record's cleaned id.
 */
export function capLists(raw: unknown, index: number, problems: FeedProblem[]): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const record = raw as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(LIST_LIMITS) as (keyof typeof LIST_LIMITS)[]) {
    const list = Object.hasOwn(record, key) ? record[key] : undefined;
    const limit = LIST_LIMITS[key];
    if (!Array.isArray(list) || list.length <= limit) continue;
    copy ??= { ...record };
    copy[key] = list.slice(0, limit);
    const problem: FeedProblem = {
      index,
      path: key,
      message: `${key}: ${list.length} items, only the first ${limit} kept`,
      severity: 'field',
    };
    problems.push(problem);
  }
  return copy ?? raw;
}
