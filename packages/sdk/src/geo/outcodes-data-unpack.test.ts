import { expect } from '@open-wc/testing';
import { readCodes, readNumbers, unpackOutcodes } from './outcodes-data-unpack.ts';
import { OUTCODES_COUNT, PACKED_OUTCODES } from './outcodes-data-packed.ts';
import { OUTCODES, OUTCODE_AUTHORITIES } from './outcodes-data.ts';

describe('the packed outcode table', () => {
  it('unpacks to the very text of outcodes-data.ts, character for character', () => {
    const text = unpackOutcodes(PACKED_OUTCODES);
    expect(text.outcodes === OUTCODES, 'records').to.equal(true);
    expect(text.authorities === OUTCODE_AUTHORITIES, 'councils').to.equal(true);
    expect(OUTCODES.split(';')).to.have.length(OUTCODES_COUNT);
  });

  it('keeps the source numbers as written (3 decimals, no trailing zeros) and towns with commas', () => {
    const records = OUTCODES.split(';');
    // postcodes.csv: TA1 51.01234,-3.10203 Taunton; AB21 57.2099..,-2.2000.. Aberdeen Airport
    expect(records).to.include('TA1,51.012,-3.102,Taunton');
    expect(records).to.include('AB21,57.21,-2.2,Aberdeen Airport');
    expect(records).to.include('IM1,54.15,-4.482,Douglas, Braddan');
    expect(records.find((record) => record.startsWith('BT1,'))).to.equal('BT1,54.599,-5.928');
    expect(OUTCODE_AUTHORITIES.split(';')).to.include('Torbay:TQ1 TQ2 TQ3 TQ4 TQ5');
  });
});

describe('unpackOutcodes', () => {
  it('reads ranges, lettered districts, signed differences, empty towns and districts with no council', () => {
    // SW1A (51.012, -3.102); TA1 (51.03, -3.1), TA2 (51.5, -0.141): in thousandths, each area's first from 54 N 3 W.
    const numbers = (...steps: number[]) => steps.map((n) => (n < 0 ? -2 * n - 1 : 2 * n));
    const sw = numbers(-2988, -102);
    const ta = numbers(-2970, -100, 470, 2959);
    expect(readNumbers(ta.map(pack).join(''))).to.deep.equal(ta);
    const coordinates = `${sw.map(pack).join('')};${ta.map(pack).join('')}`;
    expect(
      unpackOutcodes({ codes: 'SW1A;TA1-2', coordinates, towns: '|Taunton;', councils: 'Somerset;Westminster', councilOf: '0;21' }),
    ).to.deep.equal({
      outcodes: 'SW1A,51.012,-3.102;TA1,51.03,-3.1,Taunton;TA2,51.5,-0.141',
      authorities: 'Somerset:TA2;Westminster:TA1',
    });
  });

  it("expands an area's codes in order", () => {
    expect(readCodes('AB10-12 21')).to.deep.equal(['AB10', 'AB11', 'AB12', 'AB21']);
    expect(readCodes('BL0-2')).to.deep.equal(['BL0', 'BL1', 'BL2']);
    expect(readCodes('SW1 1A 1E 2')).to.deep.equal(['SW1', 'SW1A', 'SW1E', 'SW2']);
  });

  it('refuses columns that disagree on the number of areas or districts, and characters that are no digits', () => {
    const columns = { codes: 'TA1-2', coordinates: '0000', towns: ';', councils: 'Somerset', councilOf: '00' };
    expect(unpackOutcodes(columns).outcodes).to.equal('TA1,54,-3;TA2,54,-3');
    expect(() => unpackOutcodes({ ...columns, coordinates: '00' })).to.throw(/disagree on the number of districts/);
    expect(() => unpackOutcodes({ ...columns, towns: ';|' })).to.throw(/disagree on the number of areas/);
    expect(() => readNumbers('0,0')).to.throw(/no packed digit/);
  });
});

/** A non-negative number as the build script packs it. */
function pack(n: number): string {
  const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  let text = '';
  for (; n >= 32; n = Math.floor(n / 32)) text += digits[32 + (n % 32)];
  return text + digits[n];
}
