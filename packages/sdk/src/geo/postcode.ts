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
  const parsed = parsePostcode(postcode);
  return parsed.ok ? parsed.value.outcode : undefined;
}

function fullPostcode(valid: string): ParsedPostcode {
  // Both are non-null for a string isValid() accepted.
  return { postcode: toNormalised(valid)!, outcode: toOutcode(valid)!, full: true };
}

function ok(value: ParsedPostcode): Result<ParsedPostcode, PostcodeError> {
  return { ok: true, value };
}
