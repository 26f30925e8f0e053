/**
 * The taxonomy mapping table (data only): terms from the vocabularies councils publish in
 * Open Referral feeds, mapped onto our support types and who-for terms. Documented in
 * docs/open-referral.md; extend it by adding rows (or pass `extraTaxonomy` rows to the
 * converter). Matching ignores case, punctuation and "&"/"and", so a name ("Health and
 * wellbeing") and its slug ("health-and-wellbeing") are the same key.
 *
 * A term that matches no row is kept as a free-text tag on the provider: search matches
 * it, but it never becomes a filter option.
 */

/** One row: any of `terms` maps to the listed support types and/or who-for terms. */
export interface TaxonomyRow {
  /** Where the terms come from: "outpost", "esd-service", "esd-need", "open-eligibility", "oruk1" or "ours". */
  source: string;
  terms: readonly string[];
  support?: readonly string[];
  whoFor?: readonly string[];
}

export const TAXONOMY_TABLE: readonly TaxonomyRow[] = [
  // --- our own ids first, so feeds that already use them map straight through (later rows win a shared key: "Carers") ---
  ...[
    'personal-care',
    'home-help',
    'befriending',
    'day-activities',
    'meals',
    'shopping',
    'transport',
    'short-breaks',
    'carers-support',
    'recovery-support',
    'gardening-odd-jobs',
    'activities-clubs',
    'lunch-clubs',
    'sitting-service',
    'advice-advocacy',
    'health-wellbeing',
  ].map((id) => ({ source: 'ours', terms: [id], support: [id] })),
  ...[
    'older-people',
    'dementia',
    'learning-disability',
    'autism',
    'physical-disability',
    'mental-health',
    'carers',
    'sensory-impairment',
    'end-of-life',
    'young-adults',
  ].map((id) => ({ source: 'ours', terms: [id], whoFor: [id] })),
  // --- Outpost (Buckinghamshire and other wearefuturegov directories): taxonomy names and slugs ---
  { source: 'outpost', terms: ['Befriending', 'Befriending and social contact', 'Companionship'], support: ['befriending'] },
  {
    source: 'outpost',
    terms: ['Things to do', 'Clubs and groups', 'Activities', 'Social activities', 'Social groups', 'Arts and crafts', 'Hobbies'],
    support: ['activities-clubs'],
  },
  { source: 'outpost', terms: ['Health and wellbeing', 'Wellbeing', 'Health', 'Mental wellbeing'], support: ['health-wellbeing'] },
  {
    source: 'outpost',
    terms: ['Staying active', 'Exercise', 'Sport and fitness', 'Walking groups', 'Physical activity', 'Keep fit'],
    support: ['activities-clubs', 'health-wellbeing'],
  },
  {
    source: 'outpost',
    terms: ['For older people', 'Older people', 'Older adults', 'Over 50s', 'Over 60s', 'Over 65s', 'Elderly'],
    whoFor: ['older-people'],
  },
  {
    source: 'outpost',
    terms: ['Lunch clubs', 'Lunch club', 'Luncheon clubs', 'Community meals', 'Community cafes'],
    support: ['lunch-clubs', 'meals'],
  },
  {
    source: 'outpost',
    terms: ['Day centres', 'Day centre', 'Day services', 'Day opportunities', 'Day care for adults'],
    support: ['day-activities'],
  },
  {
    source: 'outpost',
    terms: ['Carers', 'Support for carers', 'Carers support', 'Young carers'],
    support: ['carers-support'],
    whoFor: ['carers'],
  },
  {
    source: 'outpost',
    terms: ['Advice and support', 'Advice', 'Advocacy', 'Information and advice', 'Benefits advice', 'Money advice'],
    support: ['advice-advocacy'],
  },
  { source: 'outpost', terms: ['Getting around', 'Transport', 'Community transport', 'Dial a ride'], support: ['transport'] },
  { source: 'outpost', terms: ['Help at home', 'Home help', 'Cleaning', 'Domestic help', 'Help around the home'], support: ['home-help'] },
  { source: 'outpost', terms: ['Dementia', 'Memory loss'], whoFor: ['dementia'] },
  { source: 'outpost', terms: ['Memory cafes', 'Memory cafe', 'Dementia cafes'], support: ['day-activities'], whoFor: ['dementia'] },
  {
    source: 'outpost',
    terms: ['Mental health/acquired brain injury', 'Mental health', 'Mental health support'],
    whoFor: ['mental-health'],
  },
  {
    source: 'outpost',
    terms: ['Mental and emotional health', 'Emotional wellbeing'],
    support: ['health-wellbeing'],
    whoFor: ['mental-health'],
  },
  { source: 'outpost', terms: ['Social, emotional and mental health difficulties'], whoFor: ['mental-health'] },
  { source: 'outpost', terms: ['Cognition and learning'], whoFor: ['learning-disability'] },
  {
    source: 'outpost',
    terms: ['Sports and fitness', 'Leisure and sports centres', 'Leisure centres'],
    support: ['activities-clubs', 'health-wellbeing'],
  },
  {
    source: 'outpost',
    terms: [
      'Dance, drama and music',
      'Parks and outdoor activities',
      'Days out',
      'Local attractions',
      'Museums and history',
      'Welcoming spaces',
      'Warm spaces',
      'Community centres',
      'Libraries and community centres',
    ],
    support: ['activities-clubs'],
  },
  {
    source: 'outpost',
    terms: ['Homelessness and housing', 'Housing advice', 'Sourcing care', 'Finding care'],
    support: ['advice-advocacy'],
  },
  {
    source: 'outpost',
    terms: ['Physical disabilities', 'Physical disability', 'Sensory and physical needs'],
    whoFor: ['physical-disability'],
  },
  { source: 'outpost', terms: ['Learning difficulties', 'Learning disabilities', 'Learning disability'], whoFor: ['learning-disability'] },
  { source: 'outpost', terms: ['Autism', 'Autistic spectrum', 'ASD'], whoFor: ['autism'] },
  {
    source: 'outpost',
    terms: ['Visual and/or hearing impediment', 'Hearing', 'Visual', 'Sensory impairment', 'Deaf', 'Blind', 'Sight loss', 'Hearing loss'],
    whoFor: ['sensory-impairment'],
  },

  // --- LGA / esd.org.uk Service list and Needs list (names as published) ---
  {
    source: 'esd-service',
    terms: ['Home care', 'Domiciliary care', 'Personal care', 'Care at home', 'Home care services'],
    support: ['personal-care'],
  },
  { source: 'esd-service', terms: ['Meals on wheels', 'Meals at home', 'Meal delivery', 'Hot meals'], support: ['meals'] },
  { source: 'esd-service', terms: ['Shopping services', 'Shopping', 'Help with shopping'], support: ['shopping'] },
  { source: 'esd-service', terms: ['Respite care', 'Short breaks', 'Short breaks for carers', 'Respite'], support: ['short-breaks'] },
  { source: 'esd-service', terms: ['Sitting services', 'Sitting service', 'Carer sitting service'], support: ['sitting-service'] },
  {
    source: 'esd-service',
    terms: ['Reablement', 'Hospital discharge', 'Recovery at home', 'Intermediate care'],
    support: ['recovery-support'],
  },
  {
    source: 'esd-service',
    terms: ['Gardening', 'Gardening services', 'Handyperson', 'Handyperson services', 'Odd jobs', 'Home maintenance'],
    support: ['gardening-odd-jobs'],
  },
  { source: 'esd-service', terms: ['Befriending services', 'Social isolation', 'Loneliness'], support: ['befriending'] },
  {
    source: 'esd-service',
    terms: ['Day centres for older people', 'Adult day care'],
    support: ['day-activities'],
    whoFor: ['older-people'],
  },
  {
    source: 'esd-service',
    terms: ['End of life care', 'Palliative care', 'Bereavement support'],
    support: ['health-wellbeing'],
    whoFor: ['end-of-life'],
  },
  { source: 'esd-need', terms: ['Older people', 'Ageing', 'Frailty'], whoFor: ['older-people'] },
  { source: 'esd-need', terms: ['Caring responsibilities', 'Carer'], support: ['carers-support'], whoFor: ['carers'] },
  { source: 'esd-need', terms: ['Dementia support', 'Alzheimers'], whoFor: ['dementia'] },
  { source: 'esd-need', terms: ['Young adults', 'Transition to adulthood', 'Young people'], whoFor: ['young-adults'] },

  // --- Open Eligibility (Open Referral's eligibility and human-services taxonomy) ---
  { source: 'open-eligibility', terms: ['Seniors', 'Senior', 'Older Adults'], whoFor: ['older-people'] },
  { source: 'open-eligibility', terms: ['Caregivers', 'Caregiver'], support: ['carers-support'], whoFor: ['carers'] },
  { source: 'open-eligibility', terms: ['Developmental Disability', 'Intellectual Disability'], whoFor: ['learning-disability'] },
  { source: 'open-eligibility', terms: ['Mental Illness', 'Mental Health Issues'], whoFor: ['mental-health'] },
  { source: 'open-eligibility', terms: ['Physical Disability', 'Mobility Impairment'], whoFor: ['physical-disability'] },
  { source: 'open-eligibility', terms: ['Visual Impairment', 'Hearing Impairment'], whoFor: ['sensory-impairment'] },
  { source: 'open-eligibility', terms: ['Terminal Illness'], whoFor: ['end-of-life'] },
  { source: 'open-eligibility', terms: ['Transitional Age Youth'], whoFor: ['young-adults'] },
  { source: 'open-eligibility', terms: ['In-Home Support', 'Personal Care', 'Home Health Care'], support: ['personal-care'] },
  { source: 'open-eligibility', terms: ['Adult Day Programs', 'Day Programs'], support: ['day-activities'] },
  { source: 'open-eligibility', terms: ['Respite Care'], support: ['short-breaks'] },
  { source: 'open-eligibility', terms: ['Home Delivered Meals', 'Food Delivery', 'Meals'], support: ['meals'] },
  { source: 'open-eligibility', terms: ['Transportation', 'Transit', 'Medical Transportation'], support: ['transport'] },
  { source: 'open-eligibility', terms: ['Advocacy & Legal Aid', 'Case Management', 'Benefits Assistance'], support: ['advice-advocacy'] },
  { source: 'open-eligibility', terms: ['Support Groups', 'Peer Support'], support: ['befriending', 'health-wellbeing'] },

  // --- ORUK 1.0 deliverable_type values ---
  { source: 'oruk1', terms: ['Information', 'Signposting', 'Counselling'], support: ['advice-advocacy'] },
];
