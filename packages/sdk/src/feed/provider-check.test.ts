import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sampleFeed from '../../../../demo/data/sample-feed.json';
import { NOT_CLEAN, compileInPlace } from './fast-path.ts';
import { PROVIDER_KEYS, providerIsClean, type CheckedFields } from './provider-check.ts';
import { ProviderSpec } from './schema.ts';
import type { Provider } from '../types.ts';

const generic = compileInPlace(ProviderSpec).check;
const SETTINGS = { seed: 14, numRuns: 2_000 } as const;
const SAMPLE: unknown[] = (sampleFeed as { providers: unknown[] }).providers;

/** A value as the parser gets it: fresh from JSON.parse (an own "__proto__" key stays an own key). */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** What the generic in-place checker does with a copy of `record`: 'unchanged', 'cleaned' or 'declined'. */
function genericVerdict(record: unknown): 'unchanged' | 'cleaned' | 'declined' {
  const copy = viaJson(record);
  const result = generic(copy);
  if (result === NOT_CLEAN) return 'declined';
  expect(result).to.equal(copy);
  return JSON.stringify(copy) === JSON.stringify(record) ? 'unchanged' : 'cleaned';
}

/** Fields left over from another record, so a field the checker failed to set would show. */
const stale = (): CheckedFields => ({ id: 'stale', status: 'closed', location: { town: 'Stale' } });

/**
 * providerIsClean's yes must mean "the generic checker returns this record as it is"; it never
 * writes; and the id, status and location it hands back are the record's own (what the parser
 * read by name before).
 */
function expectAgrees(record: unknown): boolean {
  const before = JSON.stringify(record);
  const fields = stale();
  const yes = providerIsClean(record, fields);
  expect(JSON.stringify(record), 'providerIsClean wrote to the record').to.equal(before);
  if (yes) {
    expect(genericVerdict(record), `accepted: ${before.slice(0, 300)}`).to.equal('unchanged');
    const own = record as Partial<Provider>;
    expect(fields.id, 'id').to.equal(own.id);
    expect(fields.status, 'status').to.equal(own.status);
    expect(fields.location, 'location').to.equal(own.location);
  }
  expect(providerIsClean(record), 'the same answer without fields').to.equal(yes);
  return yes;
}

/** Values a careless or hostile publisher might put anywhere. */
const JUNK: unknown[] = [
  '',
  ' ',
  'x',
  ' x',
  'x ',
  'a  b',
  'a\tb',
  'a\nb',
  'a\n\nb',
  'a\n\n\nb',
  'a\r\nb',
  'a\u0000b',
  'a\u0007b',
  'a\u007fb',
  'a\u200bb',
  'a\u202eb',
  '\ufeffx',
  'a\u00a0b',
  'Café Crème',
  '\u00e9',
  '\ud83d\ude00',
  '\ud83d',
  'x'.repeat(199),
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(500),
  'x'.repeat(501),
  'x'.repeat(2_001),
  'x'.repeat(10_001),
  `${'word '.repeat(450)}end`,
  'javascript:alert(1)',
  ' JaVaScRiPt:x',
  'data:text/html,x',
  'https://example.org/x',
  'https://example.org',
  'HTTPS://EXAMPLE.ORG/x',
  'http://example.org/a/../b',
  'www.example.org',
  'mailto:a@example.org',
  'a@example.org',
  'a@example.org?bcc=b@example.org',
  '01234 567890',
  '01234  567890',
  'TA1 1AA',
  'ta1 1aa',
  'TA11AA',
  'TA1',
  '09:30',
  '9:30',
  '24:00',
  '24:01',
  'en',
  'EN',
  'en_GB',
  'cy',
  '2025-03-31',
  '2025-02-30',
  '2025-13-01',
  ' 2025-03-31',
  '2025-03-31T09:00:00Z',
  'meals',
  'Home Help',
  'home_help',
  '-x',
  'home-visit',
  'venue',
  'mon',
  'Mon',
  'hour',
  'open',
  'closed',
  'CQC',
  'registered',
  'self-funded',
  '__proto__',
  'constructor',
  0,
  -0,
  1,
  -1,
  2.5,
  90,
  90.000001,
  -180,
  181,
  1_000,
  1_000.5,
  10_000,
  10_001,
  100_000,
  100_001,
  1e300,
  true,
  false,
  null,
  [],
  {},
  [[]],
  [{}],
  ['meals'],
  ['meals', 'meals'],
  ['Home Help'],
  ['venue', 'venue'],
  [{ day: 'mon', opens: '09:00', closes: '17:00' }],
  [{ day: 'mon', opens: '9.00', closes: '17:00' }],
  { postcode: 'TA1 1AA' },
  { lat: 51, lng: -3 },
  { name: 'x' },
  { website: 'javascript:alert(1)' },
  { regulator: 'CQC', status: 'registered' },
  { regulator: 'CQC' },
  { free: true },
  JSON.parse('{"__proto__": {"polluted": true}}') as unknown,
];

/** Keys a record or group might carry besides its own. */
const EXTRA_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'extra', '0', '', 'ID', 'id ', 'private'];

/** Every object and list inside `value`, the value itself first. */
function containers(value: unknown, into: (Record<string, unknown> | unknown[])[] = []): (Record<string, unknown> | unknown[])[] {
  if (typeof value !== 'object' || value === null) return into;
  into.push(value as Record<string, unknown>);
  for (const child of Object.values(value)) containers(child, into);
  return into;
}

interface Change {
  kind: number;
  where: number;
  which: number;
  junk: unknown;
  key: string;
}

/** `record` (a copy) with one change: a field or item replaced by junk, removed, repeated, emptied, or a key added. */
function changed(record: unknown, change: Change): unknown {
  const copy = viaJson(record);
  const all = containers(copy);
  const target = all[change.where % all.length]!;
  const keys = Object.keys(target);
  const key = keys.length === 0 ? undefined : keys[change.which % keys.length]!;
  const junk = viaJson(change.junk);
  switch (change.kind) {
    case 0: // a field or item replaced
      if (key !== undefined) (target as Record<string, unknown>)[key] = junk;
      break;
    case 1: // a field or item removed
      if (key === undefined) break;
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      break;
    case 2: // an item repeated, or a key added as its own property (even "__proto__")
      if (Array.isArray(target)) {
        if (key !== undefined) target.push(target[Number(key)]);
      } else {
        Object.defineProperty(target, change.key, { value: junk, enumerable: true, writable: true, configurable: true });
      }
      break;
    default: // emptied
      if (Array.isArray(target)) target.length = 0;
      else for (const k of keys) delete target[k];
  }
  return viaJson(copy);
}

const change = fc.record({
  kind: fc.nat(3),
  where: fc.nat(),
  which: fc.nat(),
  junk: fc.oneof(fc.constantFrom(...JUNK), fc.string(), fc.string({ unit: 'binary', maxLength: 8 }), fc.double(), fc.integer()),
  key: fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 4 })),
});

describe('providerIsClean (the provider record checker in front of the generic in-place one)', () => {
  it('knows exactly the keys of ProviderSpec, in its order', () => {
    expect([...PROVIDER_KEYS]).to.deep.equal(Object.keys(ProviderSpec.def.shape));
  });

  it('accepts every sample-feed record the generic checker returns unchanged, and no other', () => {
    let accepted = 0;
    for (const record of SAMPLE) {
      const own = viaJson(record);
      const yes = expectAgrees(own);
      expect(yes, JSON.stringify(record).slice(0, 300)).to.equal(genericVerdict(record) === 'unchanged');
      if (yes) accepted++;
    }
    expect(accepted / SAMPLE.length).to.be.greaterThan(0.9);
  });

  it('says yes only when the generic checker would return the record unchanged, for records with one to three changes', () => {
    const verdicts = { accepted: 0, declined: 0 };
    fc.assert(
      fc.property(fc.nat(SAMPLE.length - 1), fc.array(change, { minLength: 1, maxLength: 3 }), (at, changes) => {
        let record: unknown = SAMPLE[at];
        for (const one of changes) record = changed(record, one);
        verdicts[expectAgrees(record) ? 'accepted' : 'declined']++;
      }),
      SETTINGS,
    );
    // Both answers are exercised (a change to an optional field can leave a clean record).
    expect(verdicts.accepted).to.be.greaterThan(SETTINGS.numRuns / 20);
    expect(verdicts.declined).to.be.greaterThan(SETTINGS.numRuns / 2);
  });

  it('says yes only when the generic checker would, for any JSON value and any record-like object', () => {
    const recordLike = fc.dictionary(fc.constantFrom(...PROVIDER_KEYS, ...EXTRA_KEYS), fc.oneof(fc.constantFrom(...JUNK), fc.jsonValue()), {
      maxKeys: 8,
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), recordLike), (value) => void expectAgrees(viaJson(value))),
      SETTINGS,
    );
  });

  it('turns down each thing the generic checker cleans or turns down', () => {
    const good = { id: 'p1', name: 'Fictional Help', support: ['meals'] };
    expect(providerIsClean(viaJson(good))).to.equal(true);
    const cases: unknown[] = [
      JSON.parse('{"id": "p1", "name": "Fictional Help", "support": ["meals"], "__proto__": {"x": 1}}'),
      { ...good, constructor: 'x' },
      { ...good, extra: 1 },
      { ...good, id: 12 },
      { ...good, id: ' p1' },
      { ...good, id: 'x'.repeat(201) },
      { ...good, name: 'a\u0000b' },
      { ...good, name: 'a  b' },
      { ...good, description: 'a\n\n\nb' },
      { ...good, description: 'a\r\nb' },
      { ...good, support: [] },
      { ...good, support: ['meals', 'meals'] },
      { ...good, support: ['Home Help'] },
      { ...good, support: Array.from({ length: 51 }, (_, i) => `term-${i}`) },
      { ...good, support: 'meals' },
      { ...good, support: [['meals']] },
      { ...good, whoFor: [] },
      { ...good, delivery: ['teleport'] },
      { ...good, areas: Array.from({ length: 501 }, (_, i) => `Town ${i}`) },
      { ...good, areas: ['TA1', 'TA1'] },
      { ...good, tags: ['a', 'a'] },
      { ...good, accreditations: [] },
      { ...good, location: {} },
      { ...good, location: [] },
      { ...good, location: { postcode: 'ta1 1aa' } },
      { ...good, location: { lat: 91, lng: 0 } },
      { ...good, location: { lat: -90.5, lng: 0 } },
      { ...good, location: { lat: 51, lng: 180.5 } },
      { ...good, location: { lat: 51, lng: '-3' } },
      { ...good, location: { address: '1 Fictional Road ', town: 'Taunton' } },
      { ...good, location: { town: 'a\u0007b' } },
      { ...good, location: { private: 'yes' } },
      { ...good, location: { town: 'Taunton', extra: 1 } },
      { ...good, cost: { per: 'fortnight' } },
      { ...good, cost: { fromGBP: 100_000.5 } },
      { ...good, cost: { fromGBP: -0.5 } },
      { ...good, cost: { fromGBP: '12' } },
      { ...good, cost: { free: 'yes' } },
      { ...good, cost: { text: 'a  b' } },
      { ...good, contact: { website: 'javascript:alert(1)' } },
      { ...good, contact: { website: 'https://EXAMPLE.org/x' } },
      { ...good, contact: { email: 'mailto:a@example.org' } },
      { ...good, contact: { phone: '01234  567890' } },
      { ...good, hours: [{ day: 'mon', opens: '9.30', closes: '17:00' }] },
      { ...good, hours: [{ day: 'mon', opens: '09:30' }] },
      { ...good, hours: [{ day: 'mon', opens: '09:30', closes: '17:00', note: 'x' }] },
      { ...good, languages: ['EN'] },
      { ...good, quality: { registration: { regulator: 'CQC' } } },
      { ...good, quality: { registration: {} } },
      { ...good, quality: { lastChecked: '2025-13-01' } },
      { ...good, size: 2.5 },
      { ...good, size: 0 },
      { ...good, radiusMiles: 1_001 },
      { ...good, status: 'gone' },
      { id: 'p1', name: 'Fictional Help' },
      [good],
      null,
    ];
    for (const record of cases) {
      const own = viaJson(record);
      expect(genericVerdict(own), JSON.stringify(record).slice(0, 200)).not.to.equal('unchanged');
      expect(providerIsClean(own), JSON.stringify(record).slice(0, 200)).to.equal(false);
    }
  });
});
