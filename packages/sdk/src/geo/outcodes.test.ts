import { expect } from '@open-wc/testing';
import { createOutcodeTable } from './outcode-table.ts';
import { loadOutcodeTable, outcodeTableInfo, parseCompactOutcodes } from './outcodes.ts';

describe('loadOutcodeTable', () => {
  const dataRequests = () => performance.getEntriesByType('resource').filter((e) => /\/outcodes-data-packed\.ts/.test(e.name));

  // Must run first in this file: each test file has its own page, so nothing has loaded the data yet.
  it('fetches the data as its own module, only when first called', async () => {
    expect(dataRequests(), 'importing outcodes.ts must not load the data').to.have.length(0);
    await loadOutcodeTable();
    expect(dataRequests()).to.have.length(1);
  });

  it('has every district of the source data', async () => {
    const table = await loadOutcodeTable();
    expect(table.size).to.equal(2856);
  });

  it('shares one table between calls', async () => {
    expect(await loadOutcodeTable()).to.equal(await loadOutcodeTable());
  });

  it('looks districts up ignoring case and spaces, rounded to 3 decimal places', async () => {
    const table = await loadOutcodeTable();
    // postcodes.csv: TA1 51.01234,-3.10203 Taunton; LD3 51.96006,-3.37111 Llanddew
    expect(table.get('TA1')).to.deep.equal({ lat: 51.012, lng: -3.102 });
    expect(table.get('ta1')).to.deep.equal(table.get('TA1'));
    expect(table.get(' L D3 ')).to.deep.equal({ lat: 51.96, lng: -3.371 });
    expect(table.town('TA1')).to.equal('Taunton');
    expect(table.town('IM1')).to.equal('Douglas, Braddan');
  });

  it('has Crown dependency and Northern Ireland districts, but no non-geographic ones', async () => {
    const table = await loadOutcodeTable();
    for (const district of ['JE2', 'GY1', 'IM1', 'BT1']) expect(table.get(district), district).to.not.be.undefined;
    for (const district of ['BF1', 'BX1', 'GIR', 'E98']) expect(table.get(district), district).to.be.undefined;
  });

  it('describes its source and licence', async () => {
    const info = await outcodeTableInfo();
    expect(info.licence).to.equal('CC0-1.0');
    expect(info.source).to.contain('gibbs/uk-postcodes');
    expect(info.count).to.equal(2856);
  });
});

describe('parseCompactOutcodes', () => {
  it('reads districts, with or without a town, and towns containing commas', () => {
    expect(parseCompactOutcodes('TA1,51.012,-3.102,Taunton;IM1,54.15,-4.482,Douglas, Braddan;BT1,54.599,-5.928')).to.deep.equal([
      { outcode: 'TA1', lat: 51.012, lng: -3.102, town: 'Taunton' },
      { outcode: 'IM1', lat: 54.15, lng: -4.482, town: 'Douglas, Braddan' },
      { outcode: 'BT1', lat: 54.599, lng: -5.928, town: undefined },
    ]);
  });
});

describe('createOutcodeTable', () => {
  it('builds a table from entries; later entries win', () => {
    const table = createOutcodeTable([
      { outcode: 'ta1', lat: 1, lng: 2, town: 'Old' },
      { outcode: 'TA1', lat: 3, lng: 4 },
    ]);
    expect(table.size).to.equal(1);
    expect(table.get('TA1')).to.deep.equal({ lat: 3, lng: 4 });
    expect(table.town('TA1')).to.be.undefined;
    expect(table.get('TA2')).to.be.undefined;
  });
});

describe('createOutcodeTable lookups', () => {
  it('find a district however it is written: capitals and digits as they are, anything else folded', () => {
    const table = createOutcodeTable([
      { outcode: 'TA1', lat: 1, lng: 2, town: 'Taunton' },
      { outcode: 'SW1A', lat: 3, lng: 4 },
    ]);
    for (const written of ['TA1', 'ta1', 'Ta1', 'TA 1', ' TA1 ', 'T A1', 'ta\t1']) {
      expect(table.get(written), written).to.deep.equal({ lat: 1, lng: 2 });
      expect(table.town(written), written).to.equal('Taunton');
    }
    for (const written of ['SW1A', 'sw1a', 'SW1A\u00a0']) expect(table.get(written), written).to.deep.equal({ lat: 3, lng: 4 });
    for (const written of ['TA2', 'TA1.', 'TA1-', 'TAI', '']) expect(table.get(written), written).to.be.undefined;
  });
});
