import { expect } from '@open-wc/testing';
import { parseFeed } from '../../packages/sdk/src/feed/parse.ts';

/** Fetches a fixture as text (JSON.parse keeps "__proto__" as an own key, like a real feed download). */
async function fixtureText(name: string): Promise<string> {
  // The test server turns *.json into JS modules, so the fixtures are stored as *.json.txt.
  const response = await fetch(`/test/fixtures/hostile/${name}`);
  const text = await response.text();
  return text;
}

describe('hostile feed fixtures', () => {
  it('script-links.json: only the https link survives; names are kept as plain text', async () => {
    const text = await fixtureText('script-links.json.txt');
    const feed = parseFeed(text);
    expect(feed.meta.publisher.url).to.equal(undefined);
    const websites = feed.providers.map((p) => p.contact?.website);
    expect(websites).to.deep.equal([undefined, undefined, undefined, undefined, undefined, 'https://fine.example/']);
    expect(feed.providers[0]!.name).to.equal('<img src=x onerror=alert(1)>'); // rendering escapes it; the parser must not "fix" it
    expect(feed.providers[0]!.contact?.email).to.equal('ok@example.org');
    expect(feed.problems.filter((p) => p.path === 'contact.website')).to.have.length(5);
  });

  it('prototype-pollution.json: no prototype is touched and ids like __proto__ are ordinary', async () => {
    const feed = parseFeed(await fixtureText('prototype-pollution.json.txt'));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).isAdmin).to.equal(undefined);
    expect(feed.providers.map((p) => p.id)).to.deep.equal(['pp1', '__proto__', 'constructor']);
    for (const provider of feed.providers) {
      expect(Object.getPrototypeOf(provider)).to.equal(Object.prototype);
      expect((provider as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    }
    expect(feed.providers[0]!.support).to.deep.equal(['befriending', '-proto-', 'constructor']); // underscores become hyphens
    expect((feed.providers[0]!.location as Record<string, unknown>).polluted).to.equal(undefined);
    expect((feed.meta.publisher as unknown as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
