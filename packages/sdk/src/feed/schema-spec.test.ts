import { expect } from '@open-wc/testing';
import sampleFeed from '../../../../demo/data/sample-feed.json';
import { NOT_CLEAN, compileFastPath } from './fast-path.ts';
import { MetaSpec, PublisherSpec, metaSchema, providerSchema, publisherSchema } from './schema.ts';
import * as s from './schema-spec.ts';

describe('rule specs and the zod schemas built from them on first use', () => {
  it('builds each spec once, so a rule shared by several fields stays one shared zod schema', () => {
    expect(providerSchema()).to.equal(providerSchema());
    expect(metaSchema().shape.publisher).to.equal(publisherSchema());
    const spec = s.documented(s.string().check(s.maxLength(3)), { description: 'x' });
    expect(s.toZod(s.object({ a: spec, b: s.optional(spec) })).shape.b.def.innerType).to.equal(s.toZod(spec));
  });

  it("gives zod's checks their messages and order (min_length with its own message, max_length, overwrite)", () => {
    const schema = s.toZod(
      s
        .array(s.string())
        .check(
          s.maxLength(2),
          s.overwrite((v: string[]) => v.map((x) => x.toUpperCase())),
        )
        .check(s.minLength(1, 'needs one')),
    );
    expect(schema.safeParse(['a', 'b']).data).to.deep.equal(['A', 'B']);
    expect(schema.safeParse([]).error?.issues[0]?.message).to.equal('needs one');
    expect(schema.safeParse(['a', 'b', 'c']).success).to.equal(false);
  });

  it("the feed's own fields: the fast path agrees with zod on clean and doubtful values alike", () => {
    const shape = MetaSpec.def.shape;
    const zodShape = metaSchema().shape;
    const present = (spec: s.Spec) => (spec.def.type === 'optional' ? spec.def.innerType! : spec);
    const values: unknown[] = [
      sampleFeed.generated,
      sampleFeed.publisher,
      sampleFeed.licence,
      '2025-03-31',
      ' 2025-03-31',
      '2025-13-01',
      'cy',
      'EN',
      'en_GB',
      '',
      ' x ',
      ['TA1', 'Taunton'],
      ['TA1', ''],
      [],
      { name: 'A' },
      { name: ' A ', url: 'javascript:alert(1)' },
      { name: 'A', email: 'mailto:a@example.org' },
      { name: '' },
      42,
      null,
    ];
    const fields = [
      ['publisher', PublisherSpec, publisherSchema()],
      ...(['generated', 'licence', 'coverage', 'language'] as const).map((key) => [key, present(shape[key]), zodShape[key]] as const),
    ] as const;
    let fast = 0;
    for (const [key, spec, schema] of fields) {
      const quick = compileFastPath(spec);
      for (const value of values) {
        const answer = quick(structuredClone(value));
        if (answer === NOT_CLEAN) continue;
        fast++;
        const zod = schema.safeParse(structuredClone(value));
        expect(zod.success, `${key}: ${JSON.stringify(value)}`).to.equal(true);
        expect(JSON.stringify(answer), `${key}: ${JSON.stringify(value)}`).to.equal(JSON.stringify(zod.data));
      }
    }
    expect(fast).to.be.greaterThan(8);
  });
});
