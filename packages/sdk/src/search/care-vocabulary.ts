/**
 * The care vocabulary: the words and phrases people actually use for each
 * support type and who-for group, in English and Welsh.
 *
 * How it is used (see docs/search-and-ordering.md):
 * - A phrase found in what someone types maps their need to support types /
 *   who-for groups ("hot dinners" -> meals), so providers of that type match
 *   even when their own text never says "hot dinners".
 * - Each provider is also indexed under the phrases of its own support types,
 *   so "befriening" (a typo) still finds befriending providers.
 *
 * Phrases go through the same normalising as queries (case, accents,
 * plurals, -ing/-ed/-er, and small words like "to", "the", "my" ignored), so
 * write them naturally: "lift to the hospital" also matches "lifts to hospital".
 *
 * Hosts extend it with `createFinder(providers, { vocabulary: [...] })`;
 * their entries are merged with these (a phrase in both maps to the union).
 *
 * The finder uses it compiled (care-vocabulary-compiled.ts, so a page's first
 * search does not compile it): after changing it, the type names in labels.ts
 * or the normalising in normalise.ts, run `node scripts/build-care-vocabulary.mjs`
 * (`npm run check:generated` and stored-vocabulary.test.ts fail until then).
 */

/** One phrase and what it means. */
export interface VocabularyEntry {
  /** Words as a person would type them, e.g. "help with the hoovering". */
  phrase: string;
  /** Support types the phrase asks for. */
  support?: string[];
  /**
   * Support types the phrase also fits, less exactly: providers of these are
   * found too, but rank after providers of a `support` type ("lunch club":
   * support lunch-clubs, also meals).
   */
  also?: string[];
  /** Who-for groups the phrase asks for. */
  whoFor?: string[];
  /** Language of the phrase (BCP 47 primary subtag), for documentation and suggestions. Default "en". */
  lang?: string;
}

export { SUPPORT_TYPE_LABELS, WHO_FOR_LABELS } from './labels.ts';

/** Shorthand for the table below. */
function s(support: string[], phrases: string[], lang = 'en', also?: string[]): VocabularyEntry[] {
  return phrases.map((phrase) => (also ? { phrase, support, also, lang } : { phrase, support, lang }));
}
function w(whoFor: string[], phrases: string[], lang = 'en'): VocabularyEntry[] {
  return phrases.map((phrase) => ({ phrase, whoFor, lang }));
}

/** The built-in vocabulary. Each group: what it maps to, then the phrases. */
export const defaultVocabulary: readonly VocabularyEntry[] = Object.freeze([
  // --- personal care
  ...s(
    ['personal-care'],
    [
      'personal care',
      'get dressed',
      'getting dressed',
      'dressing',
      'washing and dressing',
      'wash',
      'bath',
      'bathing',
      'shower',
      'showering',
      'toilet',
      'toileting',
      'continence',
      'getting up',
      'get up in the morning',
      'put to bed',
      'getting to bed',
      'bedtime',
      'medication',
      'medicine',
      'tablets',
      'prompting',
      'care worker',
      'home care',
      'domiciliary care',
      'personal assistant',
      'pa',
      'hair',
      'shave',
      'shaving',
      'morning call',
      'care at home',
      'live in care',
    ],
  ),
  ...s(
    ['personal-care'],
    ['gofal', 'gofal personol', 'gofalwr', 'gwisgo', 'ymolchi', 'golchi', 'cawod', 'bath', 'meddyginiaeth', 'gofal yn y cartref'],
    'cy',
  ),
  // --- home help
  ...s(
    ['home-help'],
    [
      'home help',
      'hoover',
      'hoovering',
      'vacuum',
      'vacuuming',
      'cleaner',
      'cleaning',
      'clean',
      'housework',
      'house work',
      'housekeeping',
      'domestic help',
      'dusting',
      'ironing',
      'laundry',
      'washing up',
      'tidying',
      'tidy up',
      'chores',
      'bed making',
      'change the beds',
    ],
  ),
  ...s(['home-help'], ['glanhau', 'glanhawr', 'gwaith ty', 'smwddio', 'golchi dillad', 'help yn y ty', 'tacluso'], 'cy'),
  // --- befriending (and, where it is about company, activities and clubs)
  ...s(
    ['befriending', 'activities-clubs'],
    [
      'lonely',
      'loneliness',
      'alone',
      'isolated',
      'isolation',
      'company',
      'companionship',
      'someone to talk to',
      'talk',
      'chat',
      'natter',
      'cuppa',
      'cup of tea',
      'make friends',
      'friendship',
      'social',
      'get out',
      'get out of the house',
      'meet people',
    ],
  ),
  ...s(
    ['befriending'],
    [
      'befriending',
      'befriender',
      'befriend',
      'visit',
      'visiting',
      'visitor',
      'someone to visit',
      'home visits',
      'phone call',
      'telephone friendship',
      'check in',
      'keep an eye on',
      'pop in',
    ],
  ),
  ...s(['befriending', 'activities-clubs'], ['cwmni', 'unig', 'unigrwydd', 'sgwrs', 'siarad', 'ffrind', 'ffrindiau', 'cymdeithasu'], 'cy'),
  ...s(['befriending'], ['cyfeillio', 'ymweld', 'ymweliad', 'galw heibio'], 'cy'),
  // --- day activities, activities and clubs
  ...s(
    ['day-activities'],
    ['day centre', 'day care', 'day service', 'day opportunities', 'day activities', 'things to do in the day'],
    'en',
  ),
  ...s(
    ['activities-clubs'],
    [
      'club',
      'group',
      'activities',
      'activity',
      'hobby',
      'hobbies',
      'crafts',
      'knitting',
      'singing',
      'choir',
      'music',
      'dance',
      'dancing',
      'exercise class',
      'walking group',
      'men s shed',
      'mens shed',
      'bingo',
      'quiz',
      'art',
      'painting',
      'games',
      'outings',
      'trips',
    ],
  ),
  ...s(['day-activities'], ['canolfan ddydd', 'gofal dydd', 'gweithgareddau dydd'], 'cy'),
  ...s(['activities-clubs'], ['clwb', 'grwp', 'gweithgareddau', 'canu', 'cor', 'crefft', 'dawnsio', 'teithiau'], 'cy'),
  // --- meals and lunch clubs
  ...s(
    ['meals'],
    [
      'meals',
      'meal',
      'hot dinners',
      'hot dinner',
      'hot meals',
      'dinner',
      'dinners',
      'food',
      'cooking',
      'cook',
      'meals on wheels',
      'frozen meals',
      'lunch',
      'tea time',
      'breakfast',
      'eating',
      'hot food',
      'meal delivery',
    ],
  ),
  // A lunch club is a meal, but not every meals provider is a lunch club: meals rank after lunch clubs.
  ...s(['lunch-clubs'], ['lunch club', 'luncheon club', 'dinner club', 'community lunch', 'community meal', 'pensioners lunch'], 'en', [
    'meals',
  ]),
  ...s(['meals'], ['prydau bwyd', 'pryd bwyd', 'prydau', 'bwyd', 'cinio poeth', 'coginio', 'pryd poeth'], 'cy'),
  ...s(['lunch-clubs'], ['clwb cinio', 'cinio cymunedol'], 'cy', ['meals']),
  // --- shopping
  ...s(
    ['shopping'],
    [
      'shopping',
      'shops',
      'shop',
      'groceries',
      'grocery',
      'supermarket',
      'food shop',
      'pick up shopping',
      'prescriptions',
      'pick up prescriptions',
      'errands',
      'post office',
    ],
    'en',
  ),
  ...s(['shopping'], ['siopa', 'siop', 'nwyddau', 'archfarchnad', 'presgripsiwn'], 'cy'),
  // --- transport
  ...s(
    ['transport'],
    [
      'transport',
      'lift',
      'lifts',
      'lift to the hospital',
      'lift to hospital',
      'lift to the doctors',
      'driver',
      'driving',
      'drive',
      'car',
      'taxi',
      'community transport',
      'minibus',
      'dial a ride',
      'hospital appointments',
      'doctors appointment',
      'get to appointments',
      'travel',
      'journey',
      'wheelchair accessible vehicle',
    ],
  ),
  ...s(['transport'], ['cludiant', 'lifft', 'trafnidiaeth', 'gyrrwr', 'car', 'tacsi', 'ysbyty', 'apwyntiad'], 'cy'),
  // --- short breaks, carers' support, sitting service
  ...s(
    ['short-breaks', 'carers-support'],
    [
      'a break from caring',
      'break from caring',
      'break',
      'short break',
      'short breaks',
      'respite',
      'respite care',
      'time off from caring',
      'carer break',
      'breather',
      'me time',
    ],
  ),
  ...s(
    ['short-breaks', 'carers-support', 'sitting-service'],
    ['sitting service', 'sitter', 'sitting', 'someone to sit with', 'granny sitting', 'stay with'],
    'en',
  ),
  ...s(
    ['carers-support'],
    [
      'carers support',
      'carer support',
      'looking after',
      'i look after',
      'unpaid carer',
      'family carer',
      'carers group',
      'support for carers',
      'carers assessment',
    ],
  ),
  ...s(['short-breaks'], ['seibiant', 'seibiant byr', 'egwyl', 'gofal seibiant'], 'cy'),
  ...s(['carers-support'], ['gofalwyr', 'gofalwr di dal', 'cefnogaeth i ofalwyr', 'gofalu am'], 'cy'),
  ...s(['sitting-service', 'short-breaks', 'carers-support'], ['gwasanaeth eistedd', 'eistedd gyda'], 'cy'),
  // "carer", "carers", "care" and "caring" share one stem, and people use them both for
  // wanting a carer and for being one: match both meanings.
  ...s(['personal-care', 'carers-support'], ['carer', 'carers', 'care']),
  // --- recovery support
  ...s(
    ['recovery-support'],
    [
      'recovery',
      'recovery support',
      'drink problem',
      'drinking',
      'alcohol',
      'alcoholic',
      'drugs',
      'drug',
      'addiction',
      'substance',
      'substance misuse',
      'gambling',
      'sober',
      'sobriety',
      'rehab',
      'relapse',
    ],
  ),
  ...s(['recovery-support'], ['adferiad', 'alcohol', 'cyffuriau', 'caethiwed', 'yfed'], 'cy'),
  // --- gardening and odd jobs
  ...s(
    ['gardening-odd-jobs'],
    [
      'gardening',
      'garden',
      'gardener',
      'lawn',
      'mowing',
      'mow the lawn',
      'grass cutting',
      'hedge',
      'hedges',
      'weeding',
      'odd jobs',
      'handyman',
      'handyperson',
      'diy',
      'small repairs',
      'repairs',
      'put up shelves',
      'change a light bulb',
      'light bulbs',
      'bins',
      'snow clearing',
      'gutters',
    ],
  ),
  ...s(['gardening-odd-jobs'], ['garddio', 'gardd', 'garddwr', 'torri gwair', 'lawnt', 'tasgau', 'man swyddi', 'trwsio'], 'cy'),
  // --- advice and advocacy
  ...s(
    ['advice-advocacy'],
    [
      'advice',
      'advocacy',
      'advocate',
      'benefits',
      'benefits advice',
      'forms',
      'filling in forms',
      'paperwork',
      'letters',
      'money advice',
      'attendance allowance',
      'speak up',
    ],
    'en',
  ),
  ...s(['advice-advocacy'], ['cyngor', 'eiriolaeth', 'eiriolwr', 'budd daliadau', 'ffurflenni', 'llenwi ffurflenni'], 'cy'),
  // --- health and wellbeing
  ...s(
    ['health-wellbeing'],
    [
      'health',
      'wellbeing',
      'well being',
      'exercise',
      'keep fit',
      'fitness',
      'falls',
      'falls prevention',
      'mobility',
      'chair exercise',
      'yoga',
      'tai chi',
      'massage',
      'foot care',
      'toenails',
      'nails',
    ],
    'en',
  ),
  ...s(['health-wellbeing'], ['iechyd', 'lles', 'ymarfer corff', 'cadw n heini', 'cwympo'], 'cy'),
  // --- who for
  ...w(
    ['older-people'],
    ['older people', 'older person', 'elderly', 'pensioner', 'pensioners', 'over 60s', 'over 65s', 'retired', 'later life'],
    'en',
  ),
  ...w(['older-people'], ['pobl hyn', 'henoed', 'pensiynwyr'], 'cy'),
  ...w(
    ['dementia'],
    [
      'dementia',
      'memory problems',
      'memory loss',
      'memory',
      'forgetful',
      'forgetting things',
      'alzheimers',
      'alzheimer s',
      'confused',
      'confusion',
      'memory cafe',
    ],
    'en',
  ),
  ...w(['dementia'], ['dementia', 'colli cof', 'problemau cof', 'cof', 'caffi cof'], 'cy'),
  ...w(
    ['learning-disability'],
    ['learning disability', 'learning disabilities', 'learning difficulties', 'learning difficulty', 'downs syndrome', 'down s syndrome'],
    'en',
  ),
  ...w(['learning-disability'], ['anabledd dysgu', 'anableddau dysgu'], 'cy'),
  ...w(['autism'], ['autism', 'autistic', 'asd', 'aspergers', 'asperger s'], 'en'),
  ...w(['autism'], ['awtistiaeth', 'awtistig'], 'cy'),
  ...w(
    ['physical-disability'],
    [
      'physical disability',
      'disabled',
      'disability',
      'wheelchair',
      'wheelchair user',
      'stroke',
      'mobility problems',
      'ms',
      'parkinsons',
      'parkinson s',
    ],
    'en',
  ),
  ...w(['physical-disability'], ['anabledd corfforol', 'anabl', 'cadair olwyn', 'strôc'], 'cy'),
  ...w(
    ['mental-health'],
    [
      'mental health',
      'anxiety',
      'anxious',
      'depression',
      'depressed',
      'low mood',
      'stress',
      'panic',
      'bereavement',
      'grief',
      'feeling down',
    ],
    'en',
  ),
  ...w(['mental-health'], ['iechyd meddwl', 'gorbryder', 'iselder', 'straen', 'profedigaeth'], 'cy'),
  ...w(['carers'], ['unpaid carer', 'family carer', 'young carer', 'looking after'], 'en'),
  ...w(['carers'], ['gofalwyr', 'gofalwr di dal'], 'cy'),
  ...w(
    ['sensory-impairment'],
    [
      'sight loss',
      'blind',
      'partially sighted',
      'visually impaired',
      'hearing loss',
      'deaf',
      'hard of hearing',
      'hearing aid',
      'sensory impairment',
      'deafblind',
    ],
    'en',
  ),
  ...w(['sensory-impairment'], ['colli golwg', 'dall', 'byddar', 'colli clyw', 'trwm eu clyw'], 'cy'),
  ...w(['end-of-life'], ['end of life', 'palliative', 'terminal', 'terminally ill', 'dying', 'hospice'], 'en'),
  ...w(['end-of-life'], ['diwedd oes', 'gofal lliniarol', 'hosbis'], 'cy'),
  ...w(['young-adults'], ['young adults', 'young adult', 'young people', 'teenager', 'transition', '18 to 25'], 'en'),
  ...w(['young-adults'], ['oedolion ifanc', 'pobl ifanc'], 'cy'),
]);
