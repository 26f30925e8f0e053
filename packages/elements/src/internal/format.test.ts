import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resolveLocale } from '../i18n/locale.ts';
import { formatDate, formatMoney } from './format.ts';

/** What formatDate wrote before it had its own way with British English dates. */
const viaIntl = (lang: string, iso: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.parse(iso)));

describe('formatDate', () => {
  it('writes British English dates as Intl.DateTimeFormat does', () => {
    const locale = resolveLocale('en-GB');
    for (const iso of [
      '2025-03-14',
      '2025-03-14T23:30:00Z',
      '2024-02-29T00:00:00+01:00',
      '1000-01-01',
      '9999-12-31T23:59:59Z',
      '0999-06-01',
    ]) {
      expect(formatDate(locale, iso), iso).to.equal(viaIntl('en-GB', iso));
    }
    fc.assert(
      fc.property(fc.date({ min: new Date('0500-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString();
        expect(formatDate(locale, iso)).to.equal(viaIntl('en-GB', iso));
      }),
    );
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDate(resolveLocale('en-GB'), 'next spring')).to.equal('next spring');
  });
});

describe('formatMoney', () => {
  const viaIntl = (lang: string, value: number) => {
    const whole = Number.isInteger(value);
    const options = { style: 'currency', currency: 'GBP', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 } as const;
    return new Intl.NumberFormat(lang, options).format(value);
  };

  for (const lang of ['en-GB', 'cy']) {
    it(`writes amounts as Intl.NumberFormat does (${lang})`, () => {
      const locale = { ...resolveLocale('en-GB'), lang };
      const edges = [0, -0, 12, 12.5, 12.05, 0.99, 1234.5, 1_000_000, 1.005, 2.675, -3, NaN, Infinity, 1e21, 90_071_992_547_409.9];
      for (const value of edges) expect(formatMoney(locale, value), String(value)).to.equal(viaIntl(lang, value));
      const pence = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);
      fc.assert(
        fc.property(fc.oneof(pence, fc.nat(), fc.double({ min: 0, max: 1e7 })), (value) => {
          expect(formatMoney(locale, value)).to.equal(viaIntl(lang, value));
        }),
      );
    });
  }
});
