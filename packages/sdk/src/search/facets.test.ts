import { expect } from '@open-wc/testing';
import type { Provider } from '../types.ts';
import { FACET_NAMES, FacetTable, facetValuesOf } from './facets.ts';
import { fixtureProviders, provider } from '@micro-provider-finder/test/fixtures/search/test-providers.ts';

/** Every filter's options and, per option, the docs having it: everything a search reads from the table. */
function contents(table: FacetTable): Record<string, Record<string, number[]>> {
  return Object.fromEntries(
    FACET_NAMES.map((name) => [name, Object.fromEntries(table.optionsOf(name).map((option) => [option, table.docsWith(name, option)]))]),
  );
}

describe('facet table', () => {
  const providers: Provider[] = [
    ...fixtureProviders(),
    provider('dup', { support: ['meals', 'meals', 'shopping'], payment: ['self-funded', 'self-funded'], delivery: ['venue'] }),
    provider('lang', { support: ['meals'], languages: ['cy-GB', 'CY', 'en_GB', ' ', 'cy'], takingNewClients: false }),
    provider('open', {
      support: [],
      hours: [
        { day: 'mon', opens: '09:00', closes: '12:00' },
        { day: 'mon', opens: '13:00', closes: '17:00' },
        { day: 'fri', opens: '09:00', closes: '17:00' },
      ],
      cost: { free: true },
      takingNewClients: true,
    }),
  ];

  it('reads providers in one pass into the same table as their facet values (repeats once, languages by primary tag)', () => {
    const fromProviders = FacetTable.fromProviders(providers);
    const fromValues = new FacetTable(providers.map(facetValuesOf));
    expect(contents(fromProviders)).to.deep.equal(contents(fromValues));
    const at = (id: string) => providers.findIndex((p) => p.id === id);
    expect(fromProviders.docsWith('languages', 'cy')).to.deep.equal([at('lang')]);
    expect(fromProviders.optionsOf('languages')).to.deep.equal(['cy', 'en']);
    expect(fromProviders.docsWith('openOn', 'mon')).to.deep.equal([at('open')]);
    expect(fromProviders.docsWith('takingNewClients', 'unknown').length).to.equal(providers.length - 2);
  });

  it('lists each option’s docs once per filter, shared between callers', () => {
    const table = FacetTable.fromProviders(providers);
    const support = table.postingsOf('support');
    for (const [option, docs] of support) expect([...docs], option).to.deep.equal(table.docsWith('support', option));
    expect(table.postingsOf('support')).to.equal(support);
  });
});
