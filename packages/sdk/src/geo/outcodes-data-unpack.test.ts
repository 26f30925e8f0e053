import { expect } from '@open-wc/testing';
import { readCodes, readNumbers, unpackOutcodes } from './outcodes-data-unpack.ts';
import { OUTCODES, OUTCODES_COUNT, OUTCODES_DIGEST, OUTCODE_AUTHORITIES } from './outcodes-data.ts';

/** FNV-1a, 32 bits, as scripts/build-outcodes.mjs computes OUTCODES_DIGEST. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

describe('the packed outcode table', () => {
  it('unpacks to the very text the build script packed (its digest)', () => {
    expect(fnv1a(`${OUTCODES}\n${OUTCODE_AUTHORITIES}`)).to.equal(OUTCODES_DIGEST);
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
    // SW1A (51.012, -3.102), TA1 (51.03, -3.1), TA2 (51.5, -0.141): differences in thousandths, zigzagged.
    const numbers = [51012, -3102, 18, 2, 470, 2959].map((n) => (n < 0 ? -2 * n - 1 : 2 * n));
    const coordinates = numbers.map(pack).join('');
    expect(readNumbers(coordinates)).to.deep.equal(numbers);
    expect(
      unpackOutcodes({ codes: 'SW1A;TA1-2', coordinates, towns: ';Taunton;', councils: 'Somerset;Westminster', councilOf: '021' }),
    ).to.deep.equal({
      outcodes: 'SW1A,51.012,-3.102;TA1,51.03,-3.1,Taunton;TA2,51.5,-0.141',
      authorities: 'Somerset:TA2;Westminster:TA1',
    });
  });

  it('expands each area of the code column in order', () => {
    expect(readCodes('AB10-12 21;BL0-2;SW1 1A 1E 2')).to.deep.equal([
      'AB10',
      'AB11',
      'AB12',
      'AB21',
      'BL0',
      'BL1',
      'BL2',
      'SW1',
      'SW1A',
      'SW1E',
      'SW2',
    ]);
  });

  it('refuses columns that disagree on the number of districts, and characters that are no digits', () => {
    expect(() => unpackOutcodes({ codes: 'TA1-2', coordinates: '00', towns: ';', councils: 'Somerset', councilOf: '00' })).to.throw(
      /disagree/,
    );
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
