import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { outcodeOf, parsePostcode } from './postcode.ts';

describe('parsePostcode', () => {
  const valid: Array<[string, string, string, boolean]> = [
    // input, normalised postcode, outcode, full
    ['TA1 1AA', 'TA1 1AA', 'TA1', true],
    ['ta1 1aa', 'TA1 1AA', 'TA1', true],
    ['ta11aa', 'TA1 1AA', 'TA1', true],
    ['  TA1   1AA  ', 'TA1 1AA', 'TA1', true],
    ['LD3 7AA', 'LD3 7AA', 'LD3', true],
    ['sw1a 1aa', 'SW1A 1AA', 'SW1A', true],
    ['TA1 IAA', 'TA1 1AA', 'TA1', true], // letter I for digit 1, corrected
    ['TA1', 'TA1', 'TA1', false],
    ['ld3', 'LD3', 'LD3', false],
    [' ta20 ', 'TA20', 'TA20', false],
    ['TA11', 'TA11', 'TA11', false], // Somerton, not "TA1 1"
    ['TA1 1', 'TA1', 'TA1', false], // a sector: the district is meant
    ['ta1 1a', 'TA1', 'TA1', false], // half-typed postcode: the district is still usable
    ['sw1a', 'SW1A', 'SW1A', false],
    // Crown dependencies and Northern Ireland: valid postcodes (locations come from the table)
    ['JE2 3BX', 'JE2 3BX', 'JE2', true],
    ['gy1 1aa', 'GY1 1AA', 'GY1', true],
    ['IM1 1AA', 'IM1 1AA', 'IM1', true],
    ['bt1 1aa', 'BT1 1AA', 'BT1', true],
    ['BT9', 'BT9', 'BT9', false],
    // Special and non-geographic postcodes: valid, with no location in the table
    ['GIR 0AA', 'GIR 0AA', 'GIR', true],
    ['gir0aa', 'GIR 0AA', 'GIR', true],
    ['BF1 1AA', 'BF1 1AA', 'BF1', true],
    ['BX1 1LT', 'BX1 1LT', 'BX1', true],
  ];
  for (const [input, postcode, outcode, full] of valid) {
    it(`parses ${JSON.stringify(input)} as ${postcode}`, () => {
      expect(parsePostcode(input)).to.deep.equal({ ok: true, value: { postcode, outcode, full } });
    });
  }

  for (const input of ['', '   ', '\t\n']) {
    it(`calls ${JSON.stringify(input)} empty`, () => {
      expect(parsePostcode(input)).to.deep.equal({ ok: false, error: { kind: 'empty', input } });
    });
  }

  const junk = ['hello', '12345', '<script>', 'TA1 1AA extra', 'T', 'Taunton', 'AAA1 1AA', '.*', 'TA1 1AA'.repeat(5)];
  for (const input of junk) {
    it(`rejects ${JSON.stringify(input)} as invalid`, () => {
      expect(parsePostcode(input)).to.deep.equal({ ok: false, error: { kind: 'invalid-postcode', input } });
    });
  }
});

describe('outcodeOf', () => {
  it('gives the district of a full postcode or district, and nothing for junk', () => {
    expect(outcodeOf('ta1 1aa')).to.equal('TA1');
    expect(outcodeOf('ld3')).to.equal('LD3');
    expect(outcodeOf('Brecon')).to.be.undefined;
    expect(outcodeOf(undefined)).to.be.undefined;
  });
});

describe('parsePostcode on any input', () => {
  it('never throws, and what it accepts parses again to itself', () => {
    const postcodeLike = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/),
      fc.stringMatching(/^[A-Za-z]{1,2}\d{1,2}$/),
    );
    fc.assert(
      fc.property(postcodeLike, (input) => {
        const result = parsePostcode(input);
        if (!result.ok) return ['empty', 'invalid-postcode'].includes(result.error.kind) && result.error.input === input;
        const again = parsePostcode(result.value.postcode);
        return again.ok && again.value.postcode === result.value.postcode && again.value.outcode === result.value.outcode;
      }),
    );
  });
});
