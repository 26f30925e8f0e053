/**
 * 50 labelled queries, written the way residents, carers and social
 * prescribers type them: plain English (and some Welsh), vague, sometimes
 * misspelt. Each has a postcode district from the sample areas (Somerset:
 * TA, BA; Powys: LD, SY, NP, SA), a distance limit, 1-2 filters, and the
 * support types a good answer SHOULD contain (`expect`, the label used for
 * recall). Labels were written from the need, not from any engine's output.
 *
 * Fields map onto SearchQuery: text, postcode, maxMiles, payment, delivery,
 * takingNewClients, free. `kind` groups queries for the per-kind breakdown.
 */

/** @typedef {{ id: number, text: string, postcode: string, maxMiles: number, payment?: string[], delivery?: string[], takingNewClients?: boolean, free?: boolean, expect: string[], kind: 'plain'|'keyword'|'typo'|'welsh' }} LabelledQuery */

const SOMERSET_MILES = 10;
const POWYS_MILES = 20; // rural: districts are large and far apart

/** @type {LabelledQuery[]} */
export const QUERIES = [
  // Plain English needs
  {
    text: 'someone to sit with my husband so I can go out',
    postcode: 'TA1',
    payment: ['direct-payment'],
    expect: ['sitting-service', 'short-breaks', 'carers-support'],
    kind: 'plain',
  },
  { text: 'lonely mum needs company', postcode: 'BA20', takingNewClients: true, expect: ['befriending'], kind: 'plain' },
  { text: 'hot meals delivered', postcode: 'TA6', delivery: ['home-visit'], expect: ['meals'], kind: 'plain' },
  { text: 'help with cleaning and shopping', postcode: 'TA2', payment: ['self-funded'], expect: ['home-help', 'shopping'], kind: 'plain' },
  { text: 'lunch club for older people', postcode: 'BA21', delivery: ['venue'], expect: ['lunch-clubs'], kind: 'plain' },
  {
    text: 'help getting washed and dressed in the morning',
    postcode: 'TA8',
    payment: ['direct-payment'],
    expect: ['personal-care'],
    kind: 'plain',
  },
  {
    text: 'a break for me, I look after my wife',
    postcode: 'LD1',
    takingNewClients: true,
    expect: ['short-breaks', 'carers-support', 'sitting-service'],
    kind: 'plain',
  },
  { text: 'lifts to hospital appointments', postcode: 'SY16', takingNewClients: true, expect: ['transport'], kind: 'plain' },
  {
    text: 'someone to take dad to the shops',
    postcode: 'BA11',
    delivery: ['home-visit'],
    expect: ['shopping', 'transport'],
    kind: 'plain',
  },
  {
    text: 'day centre for someone with dementia',
    postcode: 'TA20',
    payment: ['council-funded'],
    expect: ['day-activities'],
    kind: 'plain',
  },
  { text: 'memory cafe', postcode: 'BA5', delivery: ['venue'], expect: ['activities-clubs', 'day-activities'], kind: 'plain' },
  {
    text: 'help at home after a stay in hospital',
    postcode: 'TA1',
    takingNewClients: true,
    expect: ['recovery-support', 'personal-care', 'home-help'],
    kind: 'plain',
  },
  {
    text: 'support with my mental health recovery',
    postcode: 'LD3',
    payment: ['nhs-funded', 'council-funded'],
    expect: ['recovery-support'],
    kind: 'plain',
  },
  { text: 'odd jobs round the house', postcode: 'BA16', payment: ['self-funded'], expect: ['gardening-odd-jobs'], kind: 'plain' },
  {
    text: 'fix a dripping tap and put up shelves',
    postcode: 'TA11',
    takingNewClients: true,
    expect: ['gardening-odd-jobs'],
    kind: 'plain',
  },
  { text: 'phone call every day to check on my nan', postcode: 'LD1', delivery: ['phone'], expect: ['befriending'], kind: 'plain' },
  { text: 'help filling in forms for attendance allowance', postcode: 'BA21', free: true, expect: ['advice-advocacy'], kind: 'plain' },
  { text: 'someone to speak up for me at meetings', postcode: 'SY16', free: true, expect: ['advice-advocacy'], kind: 'plain' },
  {
    text: 'gentle exercise class for over 60s',
    postcode: 'TA8',
    delivery: ['venue'],
    expect: ['health-wellbeing', 'activities-clubs'],
    kind: 'plain',
  },
  {
    text: 'respite so I can have a rest from caring',
    postcode: 'TA20',
    payment: ['personal-budget', 'direct-payment'],
    expect: ['short-breaks', 'carers-support', 'sitting-service'],
    kind: 'plain',
  },
  { text: 'support group for carers', postcode: 'LD3', free: true, expect: ['carers-support'], kind: 'plain' },
  {
    text: 'someone to stay overnight with mum',
    postcode: 'TA1',
    payment: ['direct-payment'],
    expect: ['sitting-service', 'short-breaks'],
    kind: 'plain',
  },
  {
    text: 'help with medication and personal care at home',
    postcode: 'BA20',
    delivery: ['home-visit'],
    takingNewClients: true,
    expect: ['personal-care'],
    kind: 'plain',
  },
  { text: 'someone to cook for my mother', postcode: 'TA24', delivery: ['home-visit'], expect: ['meals'], kind: 'plain' },
  { text: 'walks and days out', postcode: 'SY18', takingNewClients: true, expect: ['day-activities', 'activities-clubs'], kind: 'plain' },
  { text: 'ironing and hoovering', postcode: 'BA11', payment: ['self-funded'], expect: ['home-help'], kind: 'plain' },
  { text: 'lift to the doctors', postcode: 'LD7', payment: ['self-funded'], expect: ['transport'], kind: 'plain' },
  { text: 'help having a bath', postcode: 'TA6', payment: ['direct-payment'], expect: ['personal-care'], kind: 'plain' },
  {
    text: 'company for my dad at the end of his life',
    postcode: 'TA2',
    takingNewClients: true,
    expect: ['befriending', 'sitting-service'],
    kind: 'plain',
  },
  {
    text: 'things to do for adults with learning disabilities',
    postcode: 'BA21',
    payment: ['council-funded', 'direct-payment'],
    expect: ['day-activities', 'activities-clubs'],
    kind: 'plain',
  },
  { text: 'autism friendly social group', postcode: 'TA1', delivery: ['venue'], expect: ['activities-clubs'], kind: 'plain' },
  { text: 'weekly lunch and a chat', postcode: 'LD1', delivery: ['venue'], expect: ['lunch-clubs', 'befriending'], kind: 'plain' },
  { text: 'help with the garden', postcode: 'BA5', takingNewClients: true, expect: ['gardening-odd-jobs'], kind: 'plain' },
  { text: 'getting back on my feet after drinking', postcode: 'TA6', free: true, expect: ['recovery-support'], kind: 'plain' },
  { text: 'healthy eating and feeling well', postcode: 'TA11', delivery: ['venue', 'online'], expect: ['health-wellbeing'], kind: 'plain' },
  // Short keywords, the way professionals search
  { text: 'befriending', postcode: 'TA1', takingNewClients: true, expect: ['befriending'], kind: 'keyword' },
  { text: 'home help', postcode: 'TA1', payment: ['direct-payment'], expect: ['home-help'], kind: 'keyword' },
  { text: 'sitting service', postcode: 'BA20', takingNewClients: true, expect: ['sitting-service'], kind: 'keyword' },
  { text: 'meals on wheels', postcode: 'LD3', delivery: ['home-visit'], expect: ['meals'], kind: 'keyword' },
  // Typos
  { text: 'befrending', postcode: 'BA20', takingNewClients: true, expect: ['befriending'], kind: 'typo' },
  { text: 'meels on wheals', postcode: 'TA2', delivery: ['home-visit'], expect: ['meals'], kind: 'typo' },
  { text: 'shoping help', postcode: 'TA6', payment: ['self-funded'], expect: ['shopping'], kind: 'typo' },
  { text: 'gardner to cut the grass', postcode: 'TA24', payment: ['self-funded'], expect: ['gardening-odd-jobs'], kind: 'typo' },
  { text: 'carers brake', postcode: 'SY21', takingNewClients: true, expect: ['short-breaks', 'carers-support'], kind: 'typo' },
  // Welsh (Powys)
  { text: 'cymorth siopa', postcode: 'LD3', takingNewClients: true, expect: ['shopping'], kind: 'welsh' },
  { text: 'cwmni i fy mam', postcode: 'LD2', delivery: ['home-visit', 'phone'], expect: ['befriending'], kind: 'welsh' },
  { text: 'pryd poeth', postcode: 'SY21', delivery: ['home-visit'], expect: ['meals'], kind: 'welsh' },
  { text: 'glanhau tŷ', postcode: 'NP8', payment: ['self-funded'], expect: ['home-help'], kind: 'welsh' },
  { text: 'clwb cinio', postcode: 'LD3', delivery: ['venue'], expect: ['lunch-clubs'], kind: 'welsh' },
  { text: 'gofal personol', postcode: 'SY21', payment: ['direct-payment'], expect: ['personal-care'], kind: 'welsh' },
].map((q, i) => ({
  id: i + 1,
  maxMiles: /^(LD|SY|NP|SA)/.test(q.postcode) ? POWYS_MILES : SOMERSET_MILES,
  ...q,
}));

if (QUERIES.length !== 50) throw new Error(`expected 50 queries, have ${QUERIES.length}`);
