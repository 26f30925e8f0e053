import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lineIsClean } from './sanitise.ts';
import { emailIsClean, isoDateIsClean, languageIsClean, phoneIsClean, termIsClean, timeIsClean } from './schema.ts';

/** Every text made by putting the code unit `c` in place of, or before, each code unit of `text` (and at its end). */
const withCodeUnit = (text: string, c: string) => {
  const values: string[] = [];
  for (let at = 0; at <= text.length; at++) values.push(text.slice(0, at) + c + text.slice(at + 1), text.slice(0, at) + c + text.slice(at));
  return values;
};

/** A few contexts for one code unit: alone, at either end, inside, repeated. */
const contexts = (c: string) => [c, `${c}a`, `a${c}`, `a${c}b`, `a${c}${c}b`, `-${c}`, `0${c}-`];

describe('termIsClean', () => {
  // The pattern termIsClean was before it became a loop, kept here as the reference.
  const NORMAL_TERM = /^[a-z0-9][a-z0-9-]{0,198}$/;

  it('says what /^[a-z0-9][a-z0-9-]{0,198}$/ says, for every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      for (const value of contexts(String.fromCharCode(code))) {
        if (termIsClean(value) !== NORMAL_TERM.test(value)) expect.fail(`termIsClean(${JSON.stringify(value)})`);
      }
    }
  });

  it('says what the pattern says at every length around its limit, and for generated text', () => {
    for (const length of [0, 1, 2, 198, 199, 200, 201, 1_000]) {
      for (const value of ['a'.repeat(length), `0${'-'.repeat(Math.max(0, length - 1))}`, `-${'a'.repeat(length)}`]) {
        expect(termIsClean(value), `${value.slice(0, 3)}... (${value.length})`).to.equal(NORMAL_TERM.test(value));
      }
    }
    const char = fc.constantFrom('a', 'z', '0', '9', '-', '_', ' ', 'A', '\n', 'é', '\u0000');
    const text = fc.array(char, { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => termIsClean(value) === NORMAL_TERM.test(value)),
      { seed: 7, numRuns: 3000 },
    );
  });
});

describe('isoDateIsClean', () => {
  // ISO_DATE of schema.ts, and the day test it guards, as the reference for the "dddd-dd-dd" shortcut.
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  const reference = (value: string) => value.length <= 40 && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));

  it('says what the date pattern and Date.parse say, for every code unit in every place of a plain date', () => {
    const date = '2025-03-31';
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (let at = 0; at <= date.length; at++) {
        for (const value of [date.slice(0, at) + c + date.slice(at + 1), date.slice(0, at) + c + date.slice(at)]) {
          if (isoDateIsClean(value) !== reference(value)) expect.fail(`isoDateIsClean(${JSON.stringify(value)})`);
        }
      }
    }
  });
});

describe('isoDateIsClean on generated dates', () => {
  const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
  const reference = (value: string) => value.length <= 40 && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)));

  it('says what the date pattern and Date.parse say for every day of the calendar and for text made of digits and dashes', () => {
    // Each day read back as the same day: the check keeps what it learnt per day, so a day misread
    // as another would take that one's answer.
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        for (const year of ['0000', '1999', '2024', '2025', '9999']) {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          for (const value of [date, `${date}T09:30:00Z`, `${date} 09:30`]) {
            expect(isoDateIsClean(value), value).to.equal(reference(value));
          }
        }
      }
    }
    const text = fc.array(fc.constantFrom('0', '1', '2', '3', '9', '-', 'T', ':', ' ', 'Z', '+', '.', 'a', '/'), { maxLength: 12 });
    fc.assert(
      fc.property(text, (parts) => isoDateIsClean(parts.join('')) === reference(parts.join(''))),
      { seed: 17, numRuns: 5000 },
    );
  });
});

describe('phoneIsClean', () => {
  // What phoneIsClean was before its loop for the common numbers: PHONE of schema.ts, then lineIsClean.
  const PHONE = /^\+?[0-9 ()\-.]{6,30}(?:\s*(?:ext\.?|x)\s*\d{1,6})?$/i;
  const reference = (value: string) => lineIsClean(value, 200) && PHONE.test(value);

  it('says what PHONE and lineIsClean say together, for every code unit in every place of a number', () => {
    const numbers = ['01632 960584', '+44 (0)1632-960.58', '+ 123456', '123456'];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const number of numbers) {
        for (const value of withCodeUnit(number, c)) {
          if (phoneIsClean(value) !== reference(value)) expect.fail(`phoneIsClean(${JSON.stringify(value)})`);
        }
      }
    }
  });

  it('says what they say at every length around the limits, and for generated numbers', () => {
    for (let length = 0; length <= 34; length++) {
      for (const value of ['1'.repeat(length), `+${'2'.repeat(length)}`, `(${'3'.repeat(length)}`, `${'4'.repeat(length)} x12`]) {
        expect(phoneIsClean(value), value).to.equal(reference(value));
      }
    }
    const piece = fc.constantFrom(
      '0',
      '7',
      ' ',
      '  ',
      '+',
      '(',
      ')',
      '-',
      '.',
      'x',
      'X',
      'ext',
      'Ext.',
      '\t',
      '\n',
      '\u00a0',
      'é',
      '\u0000',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => phoneIsClean(parts.join('')) === reference(parts.join(''))),
      { seed: 19, numRuns: 5000 },
    );
    expect(phoneIsClean('01632 960584')).to.equal(true);
    expect(phoneIsClean('01632  960584')).to.equal(false);
  });
});

describe('timeIsClean', () => {
  // The pattern timeIsClean was before it read the code units itself, kept here as the reference.
  const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

  it('says what HHMM says, for every code unit in every place of a time and for every "dd:dd"', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const time of ['09:30', '24:00', '23:59']) {
        for (const value of withCodeUnit(time, c)) {
          if (timeIsClean(value) !== HHMM.test(value)) expect.fail(`timeIsClean(${JSON.stringify(value)})`);
        }
      }
    }
    for (let hours = 0; hours < 100; hours++) {
      for (let minutes = 0; minutes < 100; minutes++) {
        const value = `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
        if (timeIsClean(value) !== HHMM.test(value)) expect.fail(`timeIsClean(${value})`);
      }
    }
    expect(timeIsClean('24:00')).to.equal(true);
    expect(timeIsClean('24:01')).to.equal(false);
  });
});

describe('languageIsClean', () => {
  // What languageIsClean was before it read the code units itself: CODE_LIMITS.language, then BCP47 of schema.ts.
  const BCP47 = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;
  const reference = (value: string) => value.length <= 35 && BCP47.test(value);

  it('says what BCP47 says, for every code unit in every place of a tag', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const tag of ['en', 'cy-gb', 'zh-hant-12345678']) {
        for (const value of withCodeUnit(tag, c)) {
          if (languageIsClean(value) !== reference(value)) expect.fail(`languageIsClean(${JSON.stringify(value)})`);
        }
      }
    }
  });

  it('says what BCP47 says at every length around the limits, and for generated tags', () => {
    for (let length = 0; length <= 40; length++) {
      for (const value of ['a'.repeat(length), `en-${'1'.repeat(length)}`, `abc-${'b'.repeat(length % 10)}-${'c'.repeat(length)}`]) {
        expect(languageIsClean(value), value).to.equal(reference(value));
      }
    }
    const piece = fc.constantFrom('a', 'z', 'en', '0', '9', '-', '--', 'A', '_', ' ', 'é', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (parts) => languageIsClean(parts.join('')) === reference(parts.join(''))),
      { seed: 23, numRuns: 5000 },
    );
  });
});

describe('emailIsClean', () => {
  // What emailIsClean was before its one pattern: EMAIL of schema.ts, then lineIsClean.
  const EMAIL = /^[^\s@<>()"',;:?#%\\/]+@[^\s@<>()"',;:?#%\\/]+\.[^\s@<>()"',;:?#%\\/]+$/;
  const reference = (value: string) => value.length <= 254 && EMAIL.test(value) && lineIsClean(value, 254);

  it('says what EMAIL and lineIsClean say together, for every code unit in every place of an address', () => {
    const address = 'ab@cd.ef';
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (let at = 0; at <= address.length; at++) {
        for (const value of [address.slice(0, at) + c + address.slice(at + 1), address.slice(0, at) + c + address.slice(at)]) {
          if (emailIsClean(value) !== reference(value)) expect.fail(`emailIsClean(${JSON.stringify(value)})`);
        }
      }
    }
    expect(emailIsClean('hello@example.org')).to.equal(true);
    expect(emailIsClean(`${'a'.repeat(250)}@b.cd`)).to.equal(reference(`${'a'.repeat(250)}@b.cd`));
  });
});
