/**
 * The JSON Schema of micro-provider-feed/1, generated from the zod schema so the published
 * docs/feed-schema.json can never drift from what the parser accepts (a test compares them;
 * `node scripts/build-feed-schema.mjs` rewrites the file).
 */
import * as z from 'zod/mini';
import { feedSchema } from './schema.ts';

/** Builds the JSON Schema (draft 2020-12) for a feed, describing what publishers may write. */
export function buildFeedJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(feedSchema(), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: generated.$schema,
    $id: 'https://micro-provider-finder.example/docs/feed-schema.json',
    title: 'micro-provider-feed/1',
    description:
      'A feed of community micro-providers. The parser is lenient: bad optional fields are dropped and reported, records missing id, name or support are skipped and reported. See docs/feed-format.md.',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
