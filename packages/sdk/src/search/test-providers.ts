/**
 * Fictional providers for the search tests (not shipped: only test files import this).
 * Every name is made up.
 */
import type { Provider } from '../types.ts';

/** A small provider with sensible defaults. */
export function provider(id: string, fields: Partial<Provider> = {}): Provider {
  return { id, name: `Fictional provider ${id}`, support: [], ...fields };
}

/** One or two fictional providers per support type, worded the way providers write (not the way people search). */
export function fixtureProviders(): Provider[] {
  return [
    provider('pc1', { name: 'Fictional Morning Care', support: ['personal-care'], summary: 'Support with washing and personal care at home.', whoFor: ['older-people'] }),
    provider('hh1', { name: 'Sparkle Fictional Home Services', support: ['home-help'], summary: 'Domestic help around the house.' }),
    provider('bf1', { name: 'Fictional Friendly Faces', support: ['befriending'], summary: 'Weekly visits and a chat.' }),
    provider('ac1', { name: 'Fictional Village Social', support: ['activities-clubs'], summary: 'Crafts and games every Tuesday.' }),
    provider('tr1', { name: 'Fictional Wheels', support: ['transport'], summary: 'Door to door journeys.' }),
    provider('sb1', { name: 'Fictional Time Out', support: ['short-breaks'], summary: 'Short stays so you can rest.' }),
    provider('cs1', { name: 'Fictional Carers Circle', support: ['carers-support'], summary: 'Peer support group.', whoFor: ['carers'] }),
    provider('ss1', { name: 'Fictional Sitters', support: ['sitting-service'], summary: 'A trusted person at home while you go out.' }),
    provider('me1', { name: 'Fictional Kitchen', support: ['meals'], summary: 'Freshly cooked food delivered.' }),
    provider('lc1', { name: 'Fictional Tuesday Table', support: ['lunch-clubs'], summary: 'A community meal in the village hall.' }),
    provider('sh1', { name: 'Fictional Errand Runners', support: ['shopping'], summary: 'Groceries collected for you.' }),
    provider('de1', { name: 'Fictional Memory Cafe', support: ['activities-clubs'], whoFor: ['dementia'], summary: 'A welcoming afternoon.' }),
    provider('rs1', { name: 'Fictional Fresh Start', support: ['recovery-support'], summary: 'One to one recovery mentoring.' }),
    provider('gd1', { name: 'Fictional Green Fingers', support: ['gardening-odd-jobs'], summary: 'Lawns, hedges and small repairs.' }),
  ];
}
