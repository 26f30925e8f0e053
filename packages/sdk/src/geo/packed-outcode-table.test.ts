import { expect } from '@open-wc/testing';
import { createCompactOutcodeTable } from './compact-outcode-table.ts';
import { areaNameKey, parseCompactAuthorities } from './local-authorities.ts';
import { createPackedOutcodeTable } from './packed-outcode-table.ts';
import * as packed from './outcodes-data.ts';
import { OUTCODES, OUTCODE_AUTHORITIES } from './outcodes-data.ts';
import { parseCompactOutcodes } from './outcodes.ts';

type Table = ReturnType<typeof createCompactOutcodeTable>;

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
    const text = createCompactOutcodeTable(OUTCODES, OUTCODE_AUTHORITIES);
    expectSameAnswers(createPackedOutcodeTable(packed), text, lookups, [...councils, 'Nowhere', 'Bristol City Council']);
  });

  it('answers the same when a council is named before any district is looked up', () => {
    const table = createPackedOutcodeTable(packed);
    expect(table.districtsOfAreaKey('somerset')).to.include('TA1');
    expectSameAnswers(table, createCompactOutcodeTable(OUTCODES, OUTCODE_AUTHORITIES), lookups, councils);
  });

  it('hands out one frozen point per district', () => {
    const table = createPackedOutcodeTable(packed);
    expect(table.get('TA1')).to.equal(table.get('ta 1'));
    expect(Object.isFrozen(table.get('TA1'))).to.equal(true);
  });

  it('refuses packed columns that disagree on the number of districts', () => {
    const broken = { ...packed, PACKED_OUTCODES: { ...packed.PACKED_OUTCODES, towns: 'Taunton' } };
    expect(() => createPackedOutcodeTable(broken)).to.throw(/disagree/);
  });
});
