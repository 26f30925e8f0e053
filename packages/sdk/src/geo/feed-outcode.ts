/**
 * The outcode of a feed's postcode, read quickly (reading a feed's providers' districts is part of the
 * first location search). Apart from geo/postcode.ts so that this code stays in the search engine's chunk:
 * the page's form imports postcode.ts, and its first paint has a size budget.
 */
import { outcodeOf } from './postcode.ts';

/** {@link outcodeOf}, with a fast path for postcodes written the standard way. */
export function feedOutcodeOf(postcode: string | undefined): string | undefined {
  if (postcode === undefined) return undefined;
  return writtenOutcode(postcode) ?? outcodeOf(postcode);
}

/** 1 for A-Z, 2 for 0-9, else 0. */
const CHAR_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) CHAR_CLASS[c] = 1;
for (let c = 48; c <= 57; c++) CHAR_CLASS[c] = 2;

/**
 * The outcode of a postcode written the standard way (capitals, one space: "TA1 1AA", "SW1A 1AA"), read
 * without the general parse, or undefined for any other spelling (then {@link parsePostcode} decides).
 * Feeds write nearly every postcode this way, and reading a feed's providers' districts on the first
 * location search used to parse each postcode in full. For these strings parsePostcode gives the same
 * outcode: they match the `postcode` package's pattern as they are, and its outward code is the part
 * before the space.
 */
function writtenOutcode(text: string): string | undefined {
  const length = text.length;
  // A district alone ("TA1"; home-based providers give no more): parsePostcode takes it as it is.
  if (length <= 4) return isOutwardCode(text, length) ? text : undefined;
  // Otherwise an outward code of 2-4 characters, a space, an inward code of 3: digit, letter, letter.
  if (length > 8 || text.charCodeAt(length - 4) !== 32) return undefined;
  if (kindAt(text, length - 3) !== 2 || kindAt(text, length - 2) !== 1 || kindAt(text, length - 1) !== 1) return undefined;
  return isOutwardCode(text, length - 4) ? text.slice(0, length - 4) : undefined;
}

/**
 * {@link CHAR_CLASS} of the character at `i`. (A function of the text, not a closure over it: a closure
 * made per postcode was most of what reading 100,000 providers' districts allocated.)
 */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? CHAR_CLASS[c]! : 0;
}

/** True when the first `length` characters are an outward code: one or two letters, a digit, then at most one letter or digit. */
function isOutwardCode(text: string, length: number): boolean {
  if (length < 2 || kindAt(text, 0) !== 1) return false;
  const letters = kindAt(text, 1) === 1 ? 2 : 1;
  if (letters >= length || kindAt(text, letters) !== 2) return false;
  return length === letters + 1 || (length === letters + 2 && kindAt(text, letters + 1) !== 0);
}
