import { loadFeed, createFinder, resolvePostcode } from '@micro-provider-finder/sdk';

const feed = await loadFeed('https://example.org/care-providers.json');
if (feed.notModified) throw new Error('first load always returns the feed');

const finder = createFinder(feed.providers);
const origin = await resolvePostcode('TA1 1AA');

const { results, total } = finder.search({
  text: 'someone to visit my dad',
  origin: origin.ok ? origin.value : undefined,
  maxMiles: 10,
  payment: ['direct-payment'],
});

console.log(`${total} providers`);
for (const { provider, distanceMiles, coversArea } of results) {
  console.log(provider.name, coversArea ? 'covers your area' : `about ${distanceMiles} miles`);
}
