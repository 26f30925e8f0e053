import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveLocale } from '../i18n/locale.ts';
import { formatNumber, pluralCategory } from './format-count.ts';

/** What formatNumber wrote before it had its own way with whole numbers. */
const viaIntl = (lang: string, value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

describe('formatNumber', () => {
  for (const lang of ['en-GB', 'cy']) {
    it(`writes every number as Intl.NumberFormat does (${lang})`, () => {
      const locale = { ...resolveLocale('en-GB'), lang };
      const edges = [0, -0, 1, 5, 999, 1000, 1234, 12_345, 999_999, 1_000_000, -1, -1234, 0.5, 2.25, 1234.56, Number.MAX_SAFE_INTEGER];
      for (const value of [...edges, NaN, Infinity, -Infinity, 2 ** 60])
        expect(formatNumber(locale, value), String(value)).to.equal(viaIntl(lang, value));
      fc.assert(
        fc.property(fc.oneof(fc.nat(), fc.integer(), fc.maxSafeNat(), fc.double()), (value) => {
          expect(formatNumber(locale, value)).to.equal(viaIntl(lang, value));
        }),
      );
    });
  }

  it('uses Intl for other languages', () => {
    const locale = { ...resolveLocale('en-GB'), lang: 'de' };
    expect(formatNumber(locale, 1234)).to.equal(viaIntl('de', 1234));
  });
});

describe('pluralCategory', () => {
  for (const lang of ['en-GB', 'cy']) {
    it(`picks the form Intl.PluralRules picks (${lang})`, () => {
      const rules = new Intl.PluralRules(lang);
      const edges = [0, -0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 20, 100, 101, 1000, 1_000_000, Number.MAX_SAFE_INTEGER, -1, -2, 0.5, 1.5, 2.25];
      for (const value of [...edges, NaN, Infinity, -Infinity, 2 ** 60])
        expect(pluralCategory(lang, value), String(value)).to.equal(rules.select(value));
      for (let value = 0; value <= 1000; value++) expect(pluralCategory(lang, value), String(value)).to.equal(rules.select(value));
      fc.assert(
        fc.property(fc.oneof(fc.nat(), fc.integer(), fc.maxSafeNat(), fc.double()), (value) => {
          expect(pluralCategory(lang, value)).to.equal(rules.select(value));
        }),
      );
    });
  }

  it('uses Intl for other languages', () => {
    for (const value of [0, 1, 2, 3, 6, 11]) expect(pluralCategory('ar', value)).to.equal(new Intl.PluralRules('ar').select(value));
  });
});
