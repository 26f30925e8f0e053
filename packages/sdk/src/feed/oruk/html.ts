/**
 * HTML to plain text for Open Referral descriptions, which are HTML in most ORUK records
 * (`<p>`, `<ul><li>`, `&amp;`, `&nbsp;`). The result is text, never markup: paragraphs,
 * headings, line breaks and list items become line breaks, entities are decoded and every
 * other tag is dropped (with the content of script and style elements).
 *
 * One pass over the input, after cutting it to a length cap, so hostile input (a million
 * `<` characters, unclosed tags) costs linear time.
 */

/** Input longer than this is cut before conversion (the feed limits are 10,000 characters). */
export const HTML_INPUT_CAP = 40_000;

const BLOCK_TAGS = new Set([
  'p',
  'br',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'section',
  'article',
  'dd',
  'dt',
  'hr',
]);
const SKIPPED_CONTENT = new Set(['script', 'style', 'template']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
  middot: '·',
};

/** True when `value` has anything HTML-like worth converting. */
export function looksLikeHtml(value: string): boolean {
  return HTML_LIKE.test(value);
}
// Patterns used for every service live here, once: a regex literal in a function is a new object each call.
const HTML_LIKE = /<[a-z!/]|&(?:#\d+|#x[0-9a-f]+|[a-z]{2,8});/i;
/**
 * Only lower-case <p> elements, back to back, with no other "<" (linear: a text cannot match
 * "<"), and neither character that makes the pass below scan a lower-case copy (U+0130, U+212A).
 */
const PARAGRAPHS_ONLY = /^<p>[^<\u0130\u212a]*(?:<\/p><p>[^<\u0130\u212a]*)*<\/p>$/;
const PARAGRAPH_BREAK = /<\/p><p>/g;
/**
 * {@link PARAGRAPHS_ONLY} whose texts are words separated by single spaces, with no "&": no entity
 * to decode and nothing tidy() changes (no space, tab, no-break space or line break but single
 * spaces between words), so the texts joined by blank lines are the result as they are.
 */
const TIDY_PARAGRAPHS_ONLY =
  /^<p>[^\s<&\u0130\u212a]+(?: [^\s<&\u0130\u212a]+)*(?:<\/p><p>[^\s<&\u0130\u212a]+(?: [^\s<&\u0130\u212a]+)*)*<\/p>$/;
const CRLF = /\r\n?/g;
const SPACE_RUNS = /[\u00a0\t ]+/g;
const SPACE_AROUND_BREAK = / ?\n ?/g;
const BLANK_LINE_RUNS = /\n{3,}/g;
const LINE_BREAK_RUNS = /\n+/g;
/** Anything tidy() would change besides the ends: "\r", tab, no-break space, two spaces, a space beside a line break, three line breaks. */
const TIDY_WORK = /[\r\t\u00a0]| {2}| \n|\n |\n{3}/;

/** Converts HTML (or plain text with entities) to plain text with line breaks. */
export function htmlToText(value: string): string {
  const input = value.length > HTML_INPUT_CAP ? value.slice(0, HTML_INPUT_CAP) : value;
  // Council descriptions are nearly all plain paragraphs: one scan tells, and one replace makes the text.
  // (Replaced before it is cut: a replace over a slice makes a rope, which the parser's first test of the
  // text copies into one piece again; over the whole text it makes one piece, and the cut only points into it.)
  if (TIDY_PARAGRAPHS_ONLY.test(input)) return input.replace(PARAGRAPH_BREAK, '\n\n').slice(3, -4);
  if (!looksLikeHtml(input)) return tidy(input);
  // The commonest markup by far, paragraphs and nothing else ("<p>...</p><p>...</p>"): what the
  // pass below gives (the texts with a blank line between them), made by one replace into one
  // new string instead of a string piece per text and per tag.
  if (PARAGRAPHS_ONLY.test(input)) return tidy(decodeEntities(input.replace(PARAGRAPH_BREAK, '\n\n').slice(3, -4)));
  // Tag names are matched without case on the text itself. Two characters lower-case to ASCII
  // letters (U+0130 also adds a code unit, moving every later index): with either, a lower-case
  // copy is scanned instead, as the converter always did.
  return convertHtml(input, input.includes('\u0130') || input.includes('\u212a') ? input.toLowerCase() : undefined);
}

/** {@link htmlToText} always scanning a lower-case copy (its way for text with U+0130 or U+212A); for the test that compares both. */
export function htmlToTextScanningLowerCase(value: string): string {
  const input = value.length > HTML_INPUT_CAP ? value.slice(0, HTML_INPUT_CAP) : value;
  return looksLikeHtml(input) ? convertHtml(input, input.toLowerCase()) : tidy(input);
}

/** The one pass over `input`; `lower`, when given, is its lower-case copy, scanned for tag names instead. */
function convertHtml(input: string, lower: string | undefined): string {
  const source = lower ?? input;
  let out = '';
  // Line breaks owed before the next text: a run of them is appended in one piece, and none
  // before the first text or after the last (tidy() trims those anyway). Fewer string pieces
  // for the garbage collector, for every description of a feed.
  let breaks = 0;
  let i = 0;
  let noMoreClose = false; // once there is no ">" left, every later "<" is literal text
  while (i < input.length) {
    const lt = input.indexOf('<', i);
    if (lt === -1 || noMoreClose) {
      out = appendText(out, breaks, input.slice(i));
      breaks = 0;
      break;
    }
    if (lt > i) {
      out = appendText(out, breaks, input.slice(i, lt));
      breaks = 0;
    }
    const next = input.charCodeAt(lt + 1);
    const startsTag = (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || next === 47 || next === 33; // a-z A-Z / !
    if (!startsTag) {
      out = appendText(out, breaks, '<');
      breaks = 0;
      i = lt + 1;
      continue;
    }
    const gt = input.indexOf('>', lt + 1);
    if (gt === -1) {
      noMoreClose = true;
      out = appendText(out, breaks, input.slice(lt)); // an unclosed "<abc" stays text; it is never rendered as HTML
      breaks = 0;
      break;
    }
    const name = tagName(source, lt + 1, Math.min(gt, lt + 20));
    i = gt + 1;
    const closing = source.charCodeAt(lt + 1) === 47;
    if (BLOCK_TAGS.has(name)) {
      if (!(closing && name === 'li')) breaks++; // one line per list item, not a blank line between them
    } else if (SKIPPED_CONTENT.has(name) && !closing) {
      lower ??= input.toLowerCase(); // same indices: neither character above is in the text
      const close = lower.indexOf(`</${name}`, i);
      if (close === -1) break;
      const end = input.indexOf('>', close);
      i = end === -1 ? input.length : end + 1;
    }
  }
  return tidy(decodeEntities(out));
}

/** `out`, then `breaks` line breaks (left out while `out` is empty), then `text`. */
function appendText(out: string, breaks: number, text: string): string {
  if (text === '') return out; // the breaks stay owed
  if (out === '') return text;
  return breaks === 0 ? out + text : out + lineBreaks(breaks) + text;
}

const LINE_BREAK_STRINGS = ['', '\n', '\n\n', '\n\n\n', '\n\n\n\n'];
function lineBreaks(count: number): string {
  return LINE_BREAK_STRINGS[count] ?? '\n'.repeat(count);
}

/**
 * The tag name in `text` between `start` and `end`, lower-cased: what /^\/?\s*([a-z][a-z0-9]*)/
 * finds in the lower-cased slice, read in place (no slice, no regex, for every tag of every description).
 */
function tagName(text: string, start: number, end: number): string {
  let at = start;
  if (at < end && text.charCodeAt(at) === 47) at++; // "/"
  while (at < end && isSpace(text, at)) at++;
  const first = at;
  if (at >= end || !isAsciiLetter(text.charCodeAt(at))) return '';
  at++;
  while (at < end && (isAsciiLetter(text.charCodeAt(at)) || isAsciiDigit(text.charCodeAt(at)))) at++;
  return text.slice(first, at).toLowerCase();
}

const WHITESPACE = /\s/;
/** `\s` at `text[at]`, without a regex call for printable ASCII (every tag name's first letter). */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code > 32 && code < 127 ? false : WHITESPACE.test(text[at]!);
}
function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Decodes named and numeric character references (one regex pass, bounded match length). */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Turns non-breaking spaces and tabs into spaces, trims each line and keeps at most one blank
 * line in a row. A few linear regex passes (no per-line arrays: this runs on every description).
 */
export function tidy(value: string): string {
  // Nearly every description needs none of the steps: one regex pass (every case their gates test) says so.
  return TIDY_WORK.test(value) ? tidyEveryStep(value) : value.trim();
}

/** {@link tidy} without its one-pass shortcut (exported for the test that compares both). */
export function tidyEveryStep(value: string): string {
  let out = value.includes('\r') ? value.replace(CRLF, '\n') : value;
  // includes() checks first: cheaper than a replace over text that needs none.
  if (out.includes('  ') || out.includes('\t') || out.includes('\u00a0')) out = out.replace(SPACE_RUNS, ' ');
  if (out.includes(' \n') || out.includes('\n ')) out = out.replace(SPACE_AROUND_BREAK, '\n');
  if (out.includes('\n\n\n')) out = out.replace(BLANK_LINE_RUNS, '\n\n');
  return out.trim();
}

/** HTML text as one line (for names, cost and hours text). */
export function htmlToLine(value: string): string {
  return htmlToText(value).replace(LINE_BREAK_RUNS, ' ').trim();
}
