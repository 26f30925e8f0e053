import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sampleFeed from '../../../../demo/data/sample-feed.json';
import { NOT_CLEAN, compileFastPath, compileInPlace } from './fast-path.ts';
import { CLEANING_CHECKS, MetaSpec, ProviderSpec, metaSchema, providerSchema } from './schema.ts';
import { lineIsClean, paragraphsAreClean } from './sanitise.ts';

const fast = compileFastPath(ProviderSpec);
const inPlace = compileInPlace(ProviderSpec).check;
const SETTINGS = { seed: 7, numRuns: 400 } as const;

/** The fast path must agree with zod: same output when it answers, and it answers only for valid input. */
function expectAgreesWithZod(record: unknown): 'fast' | 'zod' {
  const quick = fast(structuredClone(record));
  const zod = providerSchema().safeParse(structuredClone(record));
  // In place: never vouches for more than the copying path (it also declines empty groups and unknown
  // keys, which only the copying path removes); when it does, the same content, in the record itself.
  const own = structuredClone(record);
  const checked = inPlace(own);
  if (checked !== NOT_CLEAN) {
    expect(quick, `in place accepted what copying declines: ${JSON.stringify(record).slice(0, 200)}`).not.to.equal(NOT_CLEAN);
    expect(checked).to.equal(own);
    expect(checked).to.deep.equal(quick);
  }
  if (quick === NOT_CLEAN) return 'zod';
  expect(zod.success, `fast path accepted what zod rejects: ${JSON.stringify(record).slice(0, 200)}`).to.equal(true);
  expect(JSON.stringify(quick)).to.equal(JSON.stringify(zod.data));
  return 'fast';
}

describe('parse fast path (clean records without zod)', () => {
  it('takes every sample-feed record and gives exactly what zod gives', () => {
    const paths = (sampleFeed as { providers: unknown[] }).providers.map(expectAgreesWithZod);
    expect(paths.every((p) => p === 'fast')).to.equal(true);
  });

  it('checks nearly every sample-feed record in place, leaving the record itself as the result', () => {
    const records = structuredClone((sampleFeed as { providers: unknown[] }).providers);
    const kept = records.filter((record) => inPlace(record) === record);
    // The rest have an empty group such as "contact": {}, which only the copying path removes.
    expect(kept.length / records.length).to.be.greaterThan(0.9);
  });

  it('hands anything doubtful to zod: wrong types, bad links, missing required fields, unknown enum values', () => {
    const good = { id: 'p1', name: 'Fictional Help', support: ['meals'] };
    expect(expectAgreesWithZod(good)).to.equal('fast');
    expect(expectAgreesWithZod({ ...good, support: Array.from({ length: 50 }, (_, i) => `term-${i}`) }), 'a list at its limit').to.equal(
      'fast',
    );
    for (const bad of [
      { ...good, id: 12 },
      { ...good, name: '   ' },
      { ...good, support: [] },
      { ...good, contact: { website: 'javascript:alert(1)' } },
      { ...good, delivery: ['teleport'] },
      { ...good, location: { lat: Number.NaN } },
      { ...good, size: 2.5 },
      { id: 'p1', name: 'x' },
      { ...good, support: Array.from({ length: 51 }, (_, i) => `term-${i}`) },
      { ...good, areas: Array.from({ length: 501 }, (_, i) => `Town ${i}`) },
      { ...good, languages: [`en${'-abc'.repeat(20)}`] },
      { ...good, updated: `2025-03-31T09:00:00.${'0'.repeat(100)}Z` },
      { ...good, contact: { email: 'a@example.org?bcc=b@example.org' } },
      null,
      [good],
    ]) {
      expect(expectAgreesWithZod(bad), JSON.stringify(bad)).to.equal('zod');
    }
  });

  it('gives the same answer for a value the second time as the first (cleaning in place is idempotent)', () => {
    const good = { id: 'p1', name: 'Fictional Help', support: ['meals'] };
    for (let pass = 0; pass < 2; pass++) {
      expect(expectAgreesWithZod({ ...good, support: [' Home Help '], updated: '2025-03-31' })).to.equal('fast');
      expect(expectAgreesWithZod({ ...good, updated: '2025-13-01' })).to.equal('zod');
      expect(expectAgreesWithZod({ ...good, hours: [{ day: 'mon', opens: '9.30', closes: '25:00' }] })).to.equal('zod');
      expect(expectAgreesWithZod({ ...good, location: { postcode: 'ta1  1aa' } })).to.equal('fast');
    }
    const record = { ...good, support: [' Home Help ', ' Home Help '] };
    expect(inPlace(record)).to.equal(record);
    expect(record.support).to.deep.equal(['home-help']);
  });

  it('never accepts what zod rejects, and matches its output, for generated records', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom(' Home Help ', 'https://example.org/x', 'a@example.org', 'TA1 1AA', '09:30', 'cy', '2025-03-31'),
    );
    const record = fc.record(
      {
        id: fc.oneof(fc.string({ minLength: 1 }), junk),
        name: fc.oneof(fc.string({ minLength: 1 }), junk),
        support: fc.array(fc.oneof(fc.constantFrom('meals', 'Home Help', 'pet_care'), junk), { maxLength: 3 }),
        delivery: fc.array(fc.oneof(fc.constantFrom('home-visit', 'venue'), junk), { maxLength: 3 }),
        location: fc.record(
          { lat: fc.oneof(fc.double(), junk), lng: fc.oneof(fc.double(), junk), postcode: junk, private: junk },
          { requiredKeys: [] },
        ),
        contact: fc.record({ website: junk, email: junk, phone: junk }, { requiredKeys: [] }),
        hours: fc.array(
          fc.record({
            day: fc.oneof(fc.constantFrom('mon', 'sun'), junk),
            opens: fc.oneof(fc.constant('9.30'), junk),
            closes: fc.constant('17:00'),
          }),
          { maxLength: 2 },
        ),
        size: junk,
        updated: junk,
      },
      { requiredKeys: ['id', 'name', 'support'] },
    );
    fc.assert(
      fc.property(record, (r) => void expectAgreesWithZod(r)),
      SETTINGS,
    );
  });

  it("takes a check's shortcuts (isClean, and the form the in-place checker tests inline) only for values its cleaning leaves as they are and accepts", () => {
    const rules = [...cleaningRules(ProviderSpec), ...cleaningRules(MetaSpec)];
    expect(rules.length).to.be.greaterThan(15);
    const edges = ['', ' ', 'a', 'A', ' a', 'a ', 'a  b', 'a\tb', 'a\nb', 'a\n\nb', 'a\u0001b', 'a\u200bb', '\u00a0a', 'é'];
    const values: unknown[] = [
      ...edges,
      ...['meals', 'Home Help', 'home_help', '-x', 'x'.repeat(200), 'x'.repeat(199)],
      ...['2025-03-31', ' 2025-03-31', '2025-03-31 ', '2025-13-01', `2025-03-31T09:00:00.${'0'.repeat(20)}Z`, '2025-03-31T09:00:00Z'],
      ...[
        'a@example.org',
        'mailto:a@example.org',
        'MAILTO:a@example.org',
        ' a@example.org',
        'a\u0001@example.org',
        `${'a'.repeat(250)}@example.org`,
      ],
      ...['01234 567890', '01234  567890', ' 01234 567890', '01234\u0007567890', '+44 1234 567890 ext 12'],
      ...['TA1 1AA', 'TA1', 'ta1 1aa', 'TA11AA', 'TA1  1AA', ' TA1', 'TA1 1A'],
      ...['09:30', '9:30', '09.30', '24:00', '24:01', ' 09:30'],
      ...['en', 'cy', 'EN', 'en_GB', 'en-gb', ' en', `en${'-abc'.repeat(10)}`, 'e'],
      ...['https://example.org/x', 'javascript:alert(1)'],
      ...[0, 1, 2.5, -1, 90, 90.5, 1_000, 10_000, 100_000, Number.NaN, Number.POSITIVE_INFINITY, '1'],
    ];
    for (const rule of rules) {
      for (const value of values) {
        const clean = () => rule.clean(value);
        const cleanAndValid = () => clean() === value && rule.isValid(value);
        if (typeof value === 'string' && rule.isClean?.(value)) expect(cleanAndValid(), JSON.stringify(value)).to.equal(true);
        const form = rule.form;
        if (form === undefined) continue;
        if (form.kind === 'range') {
          // The in-place checker's test for a number in range (after z.number's own finite-number test).
          const inRange = typeof value === 'number' && Number.isFinite(value) && value >= form.min && value <= form.max;
          const inForm = inRange && (!form.integer || Number.isInteger(value));
          if (typeof value === 'number' && Number.isFinite(value)) expect(inForm, String(value)).to.equal(cleanAndValid());
        } else if (typeof value === 'string') {
          const inForm = value !== '' && (form.kind === 'line' ? lineIsClean(value, form.max) : paragraphsAreClean(value, form.max));
          expect(inForm, JSON.stringify(value)).to.equal(rule.isClean?.(value));
        }
      }
    }
  });
});

describe('ISO dates', () => {
  it('are valid exactly when Date.parse reads their day, whatever days were checked before (days share cache slots)', () => {
    const date = metaSchema().shape.generated;
    const days: string[] = [];
    for (const year of ['1900', '2000', '2024', '2025', '0000', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
      }
    }
    // Days that share a cache slot (yyyymmdd equal modulo 4093), one valid and one not, and two valid ones.
    days.push('2025-01-01', '2025-41-94', '2025-01-01', '2029-10-31', '2025-01-01', '2025-41-94');
    for (const order of [days, [...days].reverse(), days]) {
      for (const value of order) {
        for (const text of [value, `${value}T09:00:00Z`]) {
          expect(date.safeParse(text).success, text).to.equal(!Number.isNaN(Date.parse(value)));
        }
      }
    }
  });
});

type Rule = NonNullable<ReturnType<typeof CLEANING_CHECKS.get>>;
interface SchemaDef {
  shape?: Record<string, { def: SchemaDef }>;
  innerType?: { def: SchemaDef };
  element?: { def: SchemaDef };
  checks?: object[];
}

/** Every cleaning check anywhere in `schema`. */
function cleaningRules(schema: unknown, into: Rule[] = []): Rule[] {
  const def = (schema as { def: SchemaDef }).def;
  for (const check of def.checks ?? []) {
    const rule = CLEANING_CHECKS.get(check);
    if (rule !== undefined) into.push(rule);
  }
  for (const child of Object.values(def.shape ?? {})) cleaningRules(child, into);
  if (def.innerType) cleaningRules(def.innerType, into);
  if (def.element) cleaningRules(def.element, into);
  return into;
}
