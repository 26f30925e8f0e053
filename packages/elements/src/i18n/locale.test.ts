import { expect } from '@open-wc/testing';
import { cy } from './cy.ts';
import { enGB } from './en-GB.ts';
import { resolveLocale, setStrings } from './locale.ts';
import { formatCost, formatDate, formatDistance, humanise, labelFor, plural } from '../internal/format.ts';

describe('i18n', () => {
  describe('lookup', () => {
    it('goes exact tag -> language -> en-GB', () => {
      expect(resolveLocale('cy-GB').strings.searchButton).to.equal('Chwilio');
      expect(resolveLocale('CY').lang).to.equal('cy');
      expect(resolveLocale('en').strings.searchButton).to.equal('Search');
      expect(resolveLocale('fr-FR').lang).to.equal('en-GB');
      expect(resolveLocale('').lang).to.equal('en-GB');
      expect(resolveLocale(undefined).strings).to.deep.equal(enGB);
    });

    it('lets hosts override wording per language, on top of the shipped table', () => {
      setStrings('en-GB', { searchButton: 'Find support' });
      setStrings('cy', { searchButton: 'Chwilio am gymorth' });
      try {
        expect(resolveLocale('en-GB').strings.searchButton).to.equal('Find support');
        expect(resolveLocale('en-GB').strings.postcodeLabel).to.equal('Postcode');
        expect(resolveLocale('cy-GB').strings.searchButton).to.equal('Chwilio am gymorth');
      } finally {
        setStrings('en-GB', { searchButton: enGB.searchButton });
        setStrings('cy', { searchButton: cy.searchButton });
      }
    });

    it('lets hosts add a language', () => {
      setStrings('x-test', { searchButton: 'Test search' });
      const locale = resolveLocale('x-test');
      expect(locale.strings.searchButton).to.equal('Test search');
      expect(locale.strings.postcodeLabel).to.equal('Postcode');
    });
  });

  describe('tables', () => {
    it('Welsh has every key, and no vocabulary label left in English', () => {
      expect(Object.keys(cy).sort()).to.deep.equal(Object.keys(enGB).sort());
      for (const table of ['supportTypes', 'whoForLabels', 'delivery', 'payment', 'weekdays'] as const) {
        expect(Object.keys(cy[table]).sort(), table).to.deep.equal(Object.keys(enGB[table]).sort());
        for (const [key, value] of Object.entries(cy[table])) {
          expect(value, `${table}.${key}`).to.be.a('string').and.not.equal('');
          if (key !== 'dementia') expect(value, `${table}.${key}`).not.to.equal((enGB[table] as Record<string, string>)[key]);
        }
      }
      expect(cy.months).to.have.length(12);
    });
  });

  describe('formatting', () => {
    const en = resolveLocale('en-GB');
    const welsh = resolveLocale('cy');

    it('uses all six Welsh plural categories', () => {
      const forms = { zero: () => 'zero', one: () => 'one', two: () => 'two', few: () => 'few', many: () => 'many', other: () => 'other' };
      expect([0, 1, 2, 3, 6, 7].map((n) => plural(welsh, forms, n))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
      expect([0, 1, 2].map((n) => plural(en, forms, n))).to.deep.equal(['other', 'one', 'other']);
    });

    it('counts providers in both languages', () => {
      expect(plural(en, en.strings.resultsCount, 1, 'TA1')).to.equal('1 provider near TA1');
      expect(plural(en, en.strings.resultsCount, 8, 'TA1')).to.equal('8 providers near TA1');
      expect(plural(welsh, welsh.strings.resultsCount, 8, 'LD3')).to.equal('8 darparwr ger LD3');
    });

    it('says distances approximately', () => {
      expect(formatDistance(en, 0.4)).to.equal('less than a mile away');
      expect(formatDistance(en, 1)).to.equal('about 1 mile away');
      expect(formatDistance(en, 12)).to.equal('about 12 miles away');
      expect(formatDistance(welsh, 1)).to.equal('tua 1 filltir i ffwrdd');
    });

    it('describes cost', () => {
      expect(formatCost(en, { free: true })).to.deep.equal(['Free']);
      expect(formatCost(en, { fromGBP: 12, per: 'hour' })).to.deep.equal(['From £12 an hour']);
      expect(formatCost(en, { fromGBP: 7.5 })).to.deep.equal(['From £7.50']);
      expect(formatCost(en, { text: 'Donations welcome' })).to.deep.equal(['Donations welcome']);
      expect(formatCost(welsh, { fromGBP: 12, per: 'hour' })).to.deep.equal(['O £12 yr awr']);
    });

    it('formats dates in the language, even where the browser has no Welsh date data', () => {
      expect(formatDate(en, '2025-03-14')).to.equal('14 March 2025');
      expect(formatDate(welsh, '2025-03-14')).to.equal('14 Mawrth 2025');
      expect(formatDate(en, 'not a date')).to.equal('not a date');
    });

    it('labels known values from the table and humanises unknown ones', () => {
      expect(labelFor(en.strings.supportTypes, 'lunch-clubs')).to.equal('Lunch clubs');
      expect(labelFor(en.strings.supportTypes, 'pet_visiting')).to.equal('Pet visiting');
      expect(labelFor(en.strings.supportTypes, 'toString')).to.equal('ToString');
      expect(humanise('dog-walking')).to.equal('Dog walking');
    });
  });
});
