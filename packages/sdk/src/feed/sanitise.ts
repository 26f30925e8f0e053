/**
 * Cleaning of untrusted feed text and links. Feed data comes from third
 * parties and ends up in council web pages, so links are allow-listed by
 * scheme and text is stripped of invisible control characters. Over-long
 * text is cut short (with an ellipsis) rather than rejected.
 */

/** URL schemes a feed may use anywhere. */
export const DEFAULT_URL_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];
/** Schemes allowed for web links (`contact.website`, `publisher.url`). */
export const WEB_URL_SCHEMES: readonly string[] = ['http:', 'https:'];

/** Longest kept text per kind of field, in UTF-16 code units. Longer text is cut and ends with "…". */
export const TEXT_LIMITS = {
  /** ids, postcodes, short codes */
  id: 200,
  /** names, towns, labels, single-line values */
  short: 500,
  /** summary, cost text, hours text */
  medium: 2_000,
  /** description */
  long: 10_000,
  /** URLs */
  url: 2_048,
} as const;

// C0 and C1 controls except tab/newline, plus DEL; also zero-width/bidi-override marks that
// can hide or reorder text (U+200B-U+200F, U+202A-U+202E, U+2066-U+2069, U+FEFF).
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Anything cleanParagraphs would change: controls other than "\n", CR, trailing spaces, blank-line runs, edges.
const PARAGRAPHS_NEED_WORK = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]|[ \t]\n|\n{3}|^\s|\s$/;
// Text cleanLine leaves as it is, in the form clean text takes (one class test per character rather
// than a pattern of alternatives tried at every position): words of anything but whitespace and
// what CONTROL_CHARS removes, separated by single spaces. SIMPLE_PARAGRAPHS also allows single and
// double line breaks between words: a subset of clean paragraphs, so its "no" is checked again
// with PARAGRAPHS_NEED_WORK (inner runs of spaces, say, are clean there too).
/**
 * What clean one-line text has no word made of (a regex class body): whitespace, controls, and the
 * invisible marks CONTROL_CHARS removes. schema.ts builds its clean e-mail pattern from it too.
 */
export const NOT_IN_CLEAN_WORDS = '\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200F\\u2028-\\u202F\\u205F\\u2066-\\u2069\\u3000\\uFEFF';
const WORD = `[^${NOT_IN_CLEAN_WORDS}]+`;
const CLEAN_LINE = new RegExp(`^${WORD}(?: ${WORD})*$`);
const SIMPLE_PARAGRAPHS = new RegExp(`^${WORD}(?:(?: |\\n\\n?)${WORD})*$`);
// Text on one line with nothing CONTROL_CHARS removes (nor any other control character): then only
// whitespace at either end is for cleanParagraphs to change. One class test per character, with no
// per-word step as in SIMPLE_PARAGRAPHS: most descriptions are a single paragraph.
const NO_BREAKS_OR_CONTROLS = /^[^\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]*$/;
const ANY_WHITESPACE_RUN = /\s+/g;
const BLANK_LINES = /\n{3,}/g;

/** Cuts `text` to at most `max` code units (ending in "…"), never splitting a surrogate pair. */
export function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1; // don't leave half a surrogate pair
  return text.slice(0, end) + '\u2026';
}

/**
 * One-line text: control characters removed, whitespace runs (including newlines) collapsed
 * to one space, trimmed, capped at `max`.
 */
export function cleanLine(value: string, max: number = TEXT_LIMITS.short): string {
  if (lineIsClean(value, max)) return value; // the common, already-clean case
  // Cut first (generously) so no regex ever runs over megabytes of text.
  const rough = roughCut(value, max);
  const cleaned = rough.replace(CONTROL_CHARS, '').replace(ANY_WHITESPACE_RUN, ' ').trim();
  return capLength(rough === value ? cleaned : cleaned + '\u2026', max);
}

/** True when {@link cleanLine} would return `value` unchanged. */
export function lineIsClean(value: string, max: number): boolean {
  const length = value.length;
  if (length > max) return false;
  return length <= SHORT_LINE ? shortLineIsClean(value) : CLEAN_LINE.test(value);
}

/**
 * Up to this many code units (ids, towns, areas, first names), {@link shortLineIsClean} reads the
 * text itself: quicker than a call into the regex engine, which is quicker on longer text.
 */
const SHORT_LINE = 12;

/**
 * What `CLEAN_LINE.test(value) || value === ''` says, by reading the code units. Beyond Latin-1 it
 * asks CLEAN_LINE itself, so the marks NOT_IN_CLEAN_WORDS lists there are written down only once.
 */
function shortLineIsClean(value: string): boolean {
  let afterSpace = true; // as if a space came first: the text may not start with one
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) {
      afterSpace = false;
    } else if (code === 0x20) {
      if (afterSpace) return false; // a space first or two in a row
      afterSpace = true;
    } else {
      // Controls, DEL and U+0080 to U+00A0 are never clean; anything beyond Latin-1 (rare in short text) is the pattern's to say.
      return code > 0xa0 && CLEAN_LINE.test(value);
    }
  }
  return !afterSpace || value.length === 0; // nor last
}

/** True when {@link cleanParagraphs} would return `value` unchanged. */
export function paragraphsAreClean(value: string, max: number): boolean {
  if (value.length > max) return false;
  if (NO_BREAKS_OR_CONTROLS.test(value)) return !isWhitespace(value.charCodeAt(0)) && !isWhitespace(value.charCodeAt(value.length - 1));
  return SIMPLE_PARAGRAPHS.test(value) || !PARAGRAPHS_NEED_WORK.test(value);
}

/**
 * True for a code unit `\s` matches, other than those NO_BREAKS_OR_CONTROLS turns down (controls,
 * U+FEFF); NaN (the edge of "") is not one.
 */
function isWhitespace(code: number): boolean {
  if (code < 0xa0) return code === 0x20;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** At most `max * 2` code units of `value` (never half a surrogate pair), before any regex runs. */
function roughCut(value: string, max: number): string {
  if (value.length <= max * 2) return value;
  let end = max * 2;
  const code = value.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return value.slice(0, end);
}

/** Removes spaces and tabs before each line break, in one linear pass (a /[ \t]+\n/ regex is quadratic on long runs of spaces). */
function trimLineEnds(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let end = line.length;
    while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
    if (end !== line.length) lines[i] = line.slice(0, end);
  }
  return lines.join('\n');
}

/**
 * Multi-line text: control characters removed, line endings normalised to "\n", at most one
 * blank line in a row, trimmed, capped at `max`.
 */
export function cleanParagraphs(value: string, max: number = TEXT_LIMITS.long): string {
  if (paragraphsAreClean(value, max)) return value;
  // Cap first (generously) so a 5 MB string is not pushed through every regex in full.
  const rough = roughCut(value, max);
  const cleaned = trimLineEnds(rough.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '')).replace(BLANK_LINES, '\n\n').trim();
  return capLength(rough === value ? cleaned : cleaned + '\u2026', max);
}

const NAMED_ENTITIES: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  amp: '&',
  lpar: '(',
  rpar: ')',
  period: '.',
};

/** Decodes the HTML character references an attacker could use to hide a scheme (`javascript&colon;`). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return safeFromCodePoint(parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeFromCodePoint(parseInt(lower.slice(1), 10), whole);
    return NAMED_ENTITIES[lower] ?? whole;
  });
}

function safeFromCodePoint(code: number, fallback: string): string {
  return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

// Host names after the URL parser's IDNA step, or IPv6 literals. (Chromium lets "exa mple" through as "exa%20mple".)
const VALID_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])$/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;
// Every character the URL parser ignores or a browser might skip before a scheme.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Returns a normalised, safe URL, or `undefined` when `value` is not a string, is not a valid
 * absolute URL, or uses a scheme outside `allowed` (default http, https, mailto, tel).
 *
 * Robust against mixed case (`JaVaScRiPt:`), whitespace and control characters before or
 * inside the scheme (`' javascript:'`, `'java\tscript:'`) and HTML character references
 * (`javascript&colon;`, `&#106;avascript:`). A bare `www.` address gains `https://`.
 * Web links must have a host.
 */
export function safeUrl(value: unknown, allowed: readonly string[] = DEFAULT_URL_SCHEMES): string | undefined {
  if (typeof value !== 'string' || value.length > TEXT_LIMITS.url * 2) return undefined;
  // Most feed links are already in the URL parser's own form: skip building a URL object for them.
  if (value.length <= TEXT_LIMITS.url && PLAIN_WEB_URL.test(value) && allowed.includes(value.charCodeAt(4) === 115 ? 'https:' : 'http:')) {
    return value;
  }
  return safeUrlByParsing(value, allowed);
}

/**
 * A link the URL parser returns unchanged (`new URL(v).href === v`): lower-case http(s) scheme and
 * host name (letters, digits and inner hyphens, ending in a letters-only label, so never an IPv4
 * address or an "xn--" name to re-encode), no port, user, query or fragment, and a path of
 * unreserved characters with no "." segment. Anything else goes through the parser.
 */
const PLAIN_WEB_URL = /^https?:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z]+\/(?:[A-Za-z0-9_~-]|\.(?![./]|$)|\/(?!\.))*$/;

/** {@link safeUrl} without its shortcut for links already in normal form (exported for the test that compares both). */
export function safeUrlByParsing(value: string, allowed: readonly string[] = DEFAULT_URL_SCHEMES): string | undefined {
  const trimmed = value.replace(CONTROL_CHARS, '').trim();
  if (trimmed === '' || trimmed.length > TEXT_LIMITS.url) return undefined;
  // What a lenient browser might read as the scheme: entities decoded, ignorable characters gone.
  const probe = (trimmed.includes('&') ? decodeEntities(trimmed) : trimmed).replace(IGNORED_IN_SCHEME, '').toLowerCase();
  const scheme = SCHEME.exec(probe)?.[1];
  let candidate = trimmed;
  if (scheme === undefined) {
    if (!probe.startsWith('www.')) return undefined; // relative links would resolve against the host page
    candidate = `https://${trimmed}`;
  } else if (!allowed.includes(`${scheme}:`)) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (!allowed.includes(url.protocol)) return undefined;
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !VALID_HOST.test(url.hostname)) return undefined;
  return url.href;
}
