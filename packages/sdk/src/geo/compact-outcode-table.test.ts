import { expect } from '@open-wc/testing';
import { createCompactOutcodeTable } from './compact-outcode-table.ts';
import { areaNameKey, parseCompactAuthorities } from './local-authorities.ts';
import { createOutcodeTable } from './outcode-table.ts';
import { parseCompactOutcodes } from './outcodes.ts';
import { OUTCODES, OUTCODE_AUTHORITIES } from './outcodes-data.ts';

/** The table as it was built before: every record parsed into an entry, councils added. */
function eagerTable(compact: string, compactAuthorities: string) {
  const authorities = parseCompactAuthorities(compactAuthorities);
  return createOutcodeTable(parseCompactOutcodes(compact).map((entry) => ({ ...entry, authority: authorities.get(entry.outcode) })));
}

type Table = ReturnType<typeof eagerTable>;

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

describe('createCompactOutcodeTable', () => {
  it('answers as the table built from parsed entries does, for every bundled district and council', () => {
    const outcodes = parseCompactOutcodes(OUTCODES).map((entry) => entry.outcode);
    const councils = [...new Set(parseCompactAuthorities(OUTCODE_AUTHORITIES).values())];
    const lookups = [...outcodes, ...outcodes.map((o) => ` ${o.toLowerCase()} `), 'BF1', 'GIR', '', 'TA1.'];
    const eager = eagerTable(OUTCODES, OUTCODE_AUTHORITIES);
    expectSameAnswers(createCompactOutcodeTable(OUTCODES, OUTCODE_AUTHORITIES), eager, lookups, [...councils, 'Nowhere']);
    const listedFirst = createCompactOutcodeTable(OUTCODES, OUTCODE_AUTHORITIES);
    listedFirst.districtsOfAreaKey('somerset');
    expectSameAnswers(listedFirst, eager, lookups, [...councils, 'Nowhere']);
  });

  it('reads towns with commas, records without a town, skips broken records; a repeated district takes the later record', () => {
    const compact =
      'TA1,51.012,-3.102,Taunton;IM1,54.15,-4.482,Douglas, Braddan;BT1,54.599,-5.928;;XX1;XX2,1;,1,2;ta2,1,2,Old;TA2,3,4,;TA3,5,6,Town;TA9,7,8;TA10,9,9;A1,0,0';
    const councils = 'Somerset:TA1 ta2 TA3 TA10;Isle of Man:IM1;Elsewhere:TA2;Odd:Name TA1:TA9;:A1;Later: TA3  ;TA1';
    const table = createCompactOutcodeTable(compact, councils);
    expect(table.get('IM1')).to.deep.equal({ lat: 54.15, lng: -4.482 });
    expect(table.town('IM1')).to.equal('Douglas, Braddan');
    expect(table.town('BT1')).to.equal(undefined);
    expect(table.get('TA2')).to.deep.equal({ lat: 3, lng: 4 });
    expect(table.get('TA1')).to.equal(table.get('ta 1'), 'one point object per district');
    const outcodes = ['TA1', 'TA2', 'ta2', 'TA3', 'TA9', 'TA10', 'A1', 'IM1', 'BT1', 'XX1', 'XX2', ''];
    const names = ['Somerset', 'Isle of Man', 'Elsewhere', 'Odd:Name TA1', 'Later'];
    expect(table.authority('TA3')).to.equal('Later');
    expect(table.authority('TA9')).to.equal('Odd:Name TA1');
    // Each district looked up in the text (no council list asked for yet), then from the map.
    expectSameAnswers(table, eagerTable(compact, councils), outcodes, names);
    expectSameAnswers(table, eagerTable(compact, councils), outcodes, names);
    const listedFirst = createCompactOutcodeTable(compact, councils);
    listedFirst.districtsOfAreaKey('somerset');
    expectSameAnswers(listedFirst, eagerTable(compact, councils), outcodes, names);
  });
});
