import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { feedOutcodeOf } from './feed-outcode.ts';
import { parsePostcode } from './postcode.ts';

describe('feedOutcodeOf on any input', () => {
  it('gives the outcode parsePostcode gives, on its fast path for postcodes written the standard way and off it', () => {
    const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz');
    const digit = fc.constantFrom(...'0123456789');
    const any = fc.constantFrom(...'AZaz09 \t\u00a0.-Iİ');
    const part = fc.oneof(letter, digit, any);
    const postcodeLike = fc.oneof(
      fc.string(),
      fc.array(part, { maxLength: 10 }).map((chars) => chars.join('')),
      fc.stringMatching(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/),
      fc.stringMatching(/^[A-Z]{1,2}\d[A-Z\d]?$/),
      fc.stringMatching(/^[A-Za-z0-9]{1,5} ?[A-Za-z0-9]{1,4}$/),
    );
    const viaParse = (input: string) => {
      const parsed = parsePostcode(input);
      return parsed.ok ? parsed.value.outcode : undefined;
    };
    fc.assert(
      fc.property(postcodeLike, (input) => feedOutcodeOf(input) === viaParse(input)),
      { numRuns: 3000 },
    );
    for (const input of [
      'TA1 1AA',
      'TA21 5XX',
      'SW1A 1AA',
      'W1A 0AX',
      'B1 1AA',
      'TA1',
      'TA21',
      'SW1A',
      'B1',
      'GIR 0AA',
      'GIR',
      'TA',
      'T',
      'TA1  1AA',
      'TA1 1A',
      'TA1A1 1AA',
    ]) {
      expect(feedOutcodeOf(input), input).to.equal(viaParse(input));
    }
  });
});
