import { expect } from '@open-wc/testing';
import { parseFeed } from '../../packages/sdk/src/feed/parse.ts';
import { buildFeedJsonSchema } from '../../packages/sdk/src/feed/json-schema.ts';
// The test server turns .json into a module (esbuild json loader), so import rather than fetch it.
import committedSchema from '../../docs/feed-schema.json';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is served`).to.equal(true);
  return response.text();
}

describe('feed docs stay true', () => {
  it('every json example in docs/feed-format.md parses with zero problems', async () => {
    const markdown = await fetchText('/docs/feed-format.md');
    const blocks = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(blocks.length).to.be.at.least(2);
    for (const block of blocks) {
      const feed = parseFeed(block);
      expect(feed.problems, block.slice(0, 120)).to.deep.equal([]);
      expect(feed.providers.length).to.be.at.least(1);
    }
  });

  it('docs/feed-schema.json matches the schema (run node scripts/build-feed-schema.mjs if not)', async () => {
    expect(JSON.parse(JSON.stringify(committedSchema))).to.deep.equal(buildFeedJsonSchema());
  });
});
