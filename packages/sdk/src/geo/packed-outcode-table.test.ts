import { expect } from '@open-wc/testing';
import { areaNameKey, parseCompactAuthorities } from './local-authorities.ts';
import { createOutcodeTable } from './outcode-table.ts';
import { createPackedOutcodeTable } from './packed-outcode-table.ts';
import * as packed from './outcodes-data-packed.ts';
import { OUTCODES, OUTCODE_AUTHORITIES } from './outcodes-data.ts';
import { parseCompactOutcodes } from './outcodes.ts';

/** The reference: the same data as text, every record parsed into an entry, councils added. */
function tableFromText(compact: string, compactAuthorities: string) {
  const authorities = parseCompactAuthorities(compactAuthorities);
  return createOutcodeTable(parseCompactOutcodes(compact).map((entry) => ({ ...entry, authority: authorities.get(entry.outcode) })));
}

type Table = ReturnType<typeof tableFromText>;

function expectSameAnswers(actual: Table, expected: Table, outcodes: readonly string[], areaNames: readonly string[]): void {
  expect(actual.size).to.equal(expected.size);
  for (const outcode of outcodes) {
    expect(actual.get(outcode), outcode).to.deep.equal(expected.get(outcode));
    expect(actual.town(outcode), outcode).to.equal(expected.town(outcode));
    expect(actual.authority(outcode), outcode).to.equal(expected.authority(outcode));
    expect(actual.areaKeys(outcode), outcode).to.deep.equal(expected.areaKeys(outcode));
  }
  for (const name of areaNames) {
    expect(actual.districtsOfAreaKey(areaNameKey(name)), name).to.deep.equal(expected.districtsOfAreaKey(areaNameKey(name)));
  }
}

describe('createPackedOutcodeTable (what loadOutcodeTable returns)', () => {
  const outcodes = parseCompactOutcodes(OUTCODES).map((entry) => entry.outcode);
  const councils = [...new Set(parseCompactAuthorities(OUTCODE_AUTHORITIES).values())];
  const lookups = [...outcodes, ...outcodes.map((o) => ` ${o.toLowerCase()} `), 'BF1', 'GIR', '', 'TA1.', 'TA 99'];

  it('answers as the table read from the same data as text does, for every district and council', () => {
    const text = tableFromText(OUTCODES, OUTCODE_AUTHORITIES);
    expectSameAnswers(createPackedOutcodeTable(packed), text, lookups, [...councils, 'Nowhere', 'Bristol City Council']);
  });

  it('answers the same when a council is named before any district is looked up', () => {
    const table = createPackedOutcodeTable(packed);
    expect(table.districtsOfAreaKey('somerset')).to.include('TA1');
    expectSameAnswers(table, tableFromText(OUTCODES, OUTCODE_AUTHORITIES), lookups, councils);
  });

  it('hands out one frozen point per district', () => {
    const table = createPackedOutcodeTable(packed);
    expect(table.get('TA1')).to.equal(table.get('ta 1'));
    expect(Object.isFrozen(table.get('TA1'))).to.equal(true);
  });

  it('refuses packed columns that disagree on the number of areas', () => {
    const broken = { ...packed, PACKED_OUTCODES: { ...packed.PACKED_OUTCODES, towns: 'Taunton' } };
    expect(() => createPackedOutcodeTable(broken)).to.throw(/disagree/);
  });

  it("reads only the areas a search asks about: a district's own area, not its neighbours'", () => {
    const areasRead: number[] = [];
    const table = createPackedOutcodeTable({
      ...packed,
      readArea: (columns, a) => (areasRead.push(a), packed.readArea(columns, a)),
    });
    const areaNumber = (letters: string) =>
      packed.PACKED_OUTCODES.codes.split(';').findIndex((area) => area.startsWith(letters) && /^\d/.test(area.slice(letters.length)));
    expect(table.get('TA1')).to.deep.equal({ lat: 51.012, lng: -3.102 });
    expect(table.town('TA 21')).to.equal('Wellington');
    expect(table.get('BA1')).to.not.equal(undefined);
    expect(table.get('B1'), 'B is an area of its own, not BA').to.not.equal(undefined);
    expect(areasRead).to.deep.equal([areaNumber('TA'), areaNumber('BA'), areaNumber('B')]);
    expect(table.get('ZZ1'), 'no such area').to.equal(undefined);
    expect(areasRead).to.have.length(3);
  });

  it('finds every district of a council, in every area, when a search names one', () => {
    const table = createPackedOutcodeTable(packed);
    // Somerset (2017) spans TA and BA districts; Wiltshire SN, SP and BA.
    expect(table.districtsOfAreaKey('somerset')).to.include.members(['TA1', 'TA24', 'BA4', 'BA22']);
    expect(table.districtsOfAreaKey('wiltshire')).to.include.members(['SN8', 'SP1', 'BA12']);
  });
});
