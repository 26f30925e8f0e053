import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { lineIsClean } from './sanitise.ts';
import { emailIsClean, isoDateIsClean, termIsClean } from './schema.ts';

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
