/**
 * The example needs from issue 4, shared by the vocabulary and finder tests
 * (and usable by the benchmark's recall measurement).
 */
/** What a person types -> support types (or who-for groups) it must mean. */
export const EXAMPLE_NEEDS: { text: string; support?: string[]; whoFor?: string[] }[] = [
  { text: 'someone to help mum get dressed', support: ['personal-care'] },
  { text: 'help with the hoovering', support: ['home-help'] },
  { text: 'cleaner', support: ['home-help'] },
  { text: 'my dad is lonely', support: ['befriending', 'activities-clubs'] },
  { text: 'someone to talk to', support: ['befriending', 'activities-clubs'] },
  { text: 'company', support: ['befriending', 'activities-clubs'] },
  { text: 'lift to the hospital', support: ['transport'] },
  { text: 'a break from caring', support: ['short-breaks', 'carers-support'] },
  { text: 'sitting service', support: ['short-breaks', 'carers-support', 'sitting-service'] },
  { text: 'hot dinners', support: ['meals'] },
  { text: 'lunch club', support: ['lunch-clubs', 'meals'] },
  { text: 'help with shopping', support: ['shopping'] },
  { text: 'someone to visit my dad', support: ['befriending'] },
  { text: 'memory problems', whoFor: ['dementia'] },
  { text: 'drink problem', support: ['recovery-support'] },
  { text: 'drugs', support: ['recovery-support'] },
  { text: 'gofal', support: ['personal-care'] },
  { text: 'cwmni', support: ['befriending'] },
  { text: 'siopa', support: ['shopping'] },
  { text: 'prydau bwyd', support: ['meals'] },
  { text: 'glanhau', support: ['home-help'] },
  { text: 'cludiant', support: ['transport'] },
  { text: 'lifft', support: ['transport'] },
  { text: 'seibiant', support: ['short-breaks'] },
  { text: 'gofalwyr', support: ['carers-support'] },
  { text: 'garddio', support: ['gardening-odd-jobs'] },
  { text: 'dementia', whoFor: ['dementia'] },
];
