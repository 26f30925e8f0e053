/**
 * Parsing and validating UK postcodes typed by people (or written in feeds).
 *
 * Format checks come from the well-kept `postcode` package (ideal-postcodes);
 * this module only decides how forgiving to be with spacing, case and
 * partial input. It never builds a regular expression from the input.
 * Whether a postcode has a location is a separate question: see resolve.ts.
 */
import { fix, isValid, toNormalised, toOutcode, validOutcode } from 'postcode';
import type { Result } from '../types.ts';

/** A postcode that passed the format check, normalised. */
export interface ParsedPostcode {
  /** Normalised, upper case: "TA1 1AA" for a full postcode, "TA1" for a district. */
  postcode: string;
  /** The outward code (postcode district), e.g. "TA1". */
  outcode: string;
  /** True for a full postcode, false when only the district was given. */
  full: boolean;
}

/**
 * Why a postcode could not be used. Expected, so returned as a value:
 * - `empty`: nothing was typed
 * - `invalid-postcode`: not the shape of a UK postcode or district
 * - `unknown-district`: a valid postcode whose district has no known location
 *   (e.g. non-geographic districts such as BF1, BX1 or GIR, or a district newer than the table)
 * - `lookup-failed`: reserved for a failure that is nobody's typing mistake (e.g. the table could not load)
 */
export interface PostcodeError {
  kind: 'empty' | 'invalid-postcode' | 'unknown-district' | 'lookup-failed';
  /** What was typed, unchanged, so the UI can show it back. */
  input: string;
  /** The district, when the postcode was valid but has no location. */
  district?: string;
}

/** Longest input worth looking at: "SW1A 1AA" with generous spacing. Longer is not a postcode. */
const MAX_INPUT_LENGTH = 24;
/** The Girobank postcode: valid in Royal Mail's list but outside the `postcode` package's pattern. */
const GIROBANK = 'GIR0AA';
/** A partly typed inward code after a district ("TA1 1" or "TA1 1A"): a sector, so the district is meant. */
const PARTIAL_INCODE = /^\d[A-Z]?$/;

/**
 * Parses a full UK postcode or an outward code (district), forgiving about
 * case and spacing: "ta11aa", " TA1 1AA ", "ld3" and "TA1 1" all parse.
 * O/0 and I/1 mix-ups are corrected when that gives a valid postcode ("TA1 IAA").
 *
 * Decisions (see docs/geography.md): Jersey, Guernsey and Isle of Man
 * postcodes (JE, GY, IM) and Northern Ireland (BT) are valid. Non-geographic
 * postcodes (BF1, BX1) are valid; so is "GIR 0AA" (outcode "GIR"). Whether any
 * of them has a location is decided by the outcode table, not here.
 */
export function parsePostcode(input: string): Result<ParsedPostcode, PostcodeError> {
  const invalid = (): Result<ParsedPostcode, PostcodeError> => ({ ok: false, error: { kind: 'invalid-postcode', input } });
  const trimmed = String(input ?? '').trim();
  if (trimmed === '') return { ok: false, error: { kind: 'empty', input } };
  if (trimmed.length > MAX_INPUT_LENGTH) return invalid();

  const tokens = trimmed.toUpperCase().split(/\s+/);
  const joined = tokens.join('');

  if (joined === GIROBANK) return ok({ postcode: 'GIR 0AA', outcode: 'GIR', full: true });
  if (isValid(joined)) return ok(fullPostcode(joined));
  if (validOutcode(joined) && tokens.length === 1) return ok({ postcode: joined, outcode: joined, full: false });
  if (tokens.length === 2 && validOutcode(tokens[0]!) && PARTIAL_INCODE.test(tokens[1]!)) {
    // "TA1 1" is a sector of TA1; joining it would wrongly give TA11 (Somerton).
    return ok({ postcode: tokens[0]!, outcode: tokens[0]!, full: false });
  }
  if (validOutcode(joined)) return ok({ postcode: joined, outcode: joined, full: false });

  const fixed = fix(trimmed);
  if (isValid(fixed)) return ok(fullPostcode(fixed));
  return invalid();
}

/**
 * The postcode district of a full postcode or district written in a feed
 * ("TA1 1AA" -> "TA1", "ld3" -> "LD3"), or undefined when it is neither.
 */
export function outcodeOf(postcode: string | undefined): string | undefined {
  if (postcode === undefined) return undefined;
  const outcode = writtenOutcode(postcode);
  if (outcode !== undefined) return outcode;
  const parsed = parsePostcode(postcode);
  return parsed.ok ? parsed.value.outcode : undefined;
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
  const kind = (i: number): number => {
    const c = text.charCodeAt(i);
    return c < 128 ? CHAR_CLASS[c]! : 0;
  };
  // A district alone ("TA1"; home-based providers give no more): parsePostcode takes it as it is.
  if (length <= 4) return isOutwardCode(kind, length) ? text : undefined;
  // Otherwise an outward code of 2-4 characters, a space, an inward code of 3: digit, letter, letter.
  if (length > 8 || text.charCodeAt(length - 4) !== 32) return undefined;
  if (kind(length - 3) !== 2 || kind(length - 2) !== 1 || kind(length - 1) !== 1) return undefined;
  return isOutwardCode(kind, length - 4) ? text.slice(0, length - 4) : undefined;
}

/** True when the first `length` characters are an outward code: one or two letters, a digit, then at most one letter or digit. */
function isOutwardCode(kind: (i: number) => number, length: number): boolean {
  if (length < 2 || kind(0) !== 1) return false;
  const letters = kind(1) === 1 ? 2 : 1;
  if (letters >= length || kind(letters) !== 2) return false;
  return length === letters + 1 || (length === letters + 2 && kind(letters + 1) !== 0);
}

function fullPostcode(valid: string): ParsedPostcode {
  // Both are non-null for a string isValid() accepted.
  return { postcode: toNormalised(valid)!, outcode: toOutcode(valid)!, full: true };
}

function ok(value: ParsedPostcode): Result<ParsedPostcode, PostcodeError> {
  return { ok: true, value };
}
