/**
 * How each support type behaves in the sample: how common it is, where it happens, what it costs,
 * who it is for, and words for invented names and plain-English text.
 *
 * Placeholders in text: {We} {we} {our} {Our} {us} {are} {We're} become "I/my/me/am" for sole
 * traders and "we/our/us/are" for small teams; {town} is the provider's town.
 */

/**
 * @typedef {object} SupportSpec
 * @property {number} weight   How often this is a provider's main support.
 * @property {'home'|'venue'|'mixed'|'remote'} model  Where it happens: at people's homes, at a venue, either, or by phone/online.
 * @property {string[]} also   Support types that often come with it.
 * @property {[string, number][]} whoFor  Weighted who-for values.
 * @property {{per: string[], min: number, max: number, free: number}} cost  Price range in GBP and chance of being free.
 * @property {string[]} names  English service words for names.
 * @property {string[]} welsh  Welsh service words for names.
 * @property {string[]} summaries
 * @property {string[]} openers
 * @property {string} alsoLine  Sentence used when this is a secondary support type.
 */

/** @type {Record<string, SupportSpec>} */
export const SUPPORT = {
  'home-help': {
    weight: 18,
    model: 'home',
    also: ['shopping', 'gardening-odd-jobs', 'befriending', 'meals'],
    whoFor: [
      ['older-people', 10],
      ['physical-disability', 4],
      ['dementia', 3],
      ['sensory-impairment', 2],
    ],
    cost: { per: ['hour'], min: 15, max: 24, free: 0 },
    names: ['Home Help', 'Household Helpers', 'Tidy Visits', 'Home Helpers', 'Homely Help'],
    welsh: ['Cymorth Cartref'],
    summaries: [
      'Help around the house: cleaning, laundry, changing beds and washing up.',
      'Friendly, reliable home help so you can keep living in your own home.',
      'Housework, ironing and keeping on top of things at home in and around {town}.',
    ],
    openers: [
      '{We} help with the jobs that have got harder: hoovering, dusting, changing the beds, laundry and ironing.',
      '{We} visit at the same time each week to keep your home clean and tidy, and {we} always have time for a chat.',
      'If housework has become too much, {we} can take it off your hands, from a weekly clean to a one-off spring clean.',
    ],
    alsoLine: '{We} can also help around the house with cleaning and laundry.',
  },
  befriending: {
    weight: 14,
    model: 'home',
    also: ['shopping', 'transport', 'activities-clubs', 'sitting-service'],
    whoFor: [
      ['older-people', 12],
      ['dementia', 4],
      ['mental-health', 3],
      ['carers', 2],
      ['sensory-impairment', 2],
    ],
    cost: { per: ['visit', 'hour'], min: 10, max: 18, free: 0.35 },
    names: ['Companions', 'Friendly Calls', 'Natter Visits', 'Cuppa Calls', 'Befrienders'],
    welsh: ['Cwmni', 'Cyfeillion', 'Sgwrs'],
    summaries: [
      'Regular friendly visits for a cup of tea, a chat and some company.',
      'Companionship at home or out and about, for people who feel lonely.',
      'A friendly face each week: chats, card games, short walks and trips out.',
    ],
    openers: [
      '{We} offer company and conversation for people who live alone or do not get out much.',
      'A visit from {us} might be a cup of tea and a chat, a game of cards, a look through old photos or a walk to the shops.',
      'Loneliness can creep up on anyone. {We} visit every week, at a time that suits you, and {we} are always glad of a natter.',
    ],
    alsoLine: '{We} always leave time for a cup of tea and a chat.',
  },
  'personal-care': {
    weight: 10,
    model: 'home',
    also: ['home-help', 'sitting-service', 'meals'],
    whoFor: [
      ['older-people', 10],
      ['physical-disability', 5],
      ['dementia', 5],
      ['end-of-life', 2],
      ['learning-disability', 2],
    ],
    cost: { per: ['hour'], min: 19, max: 28, free: 0 },
    names: ['Care at Home', 'Personal Care', 'Home Carers', 'Care Visits'],
    welsh: ['Gofal Cartref'],
    summaries: [
      'Personal care at home: washing, dressing, medication prompts and getting up or to bed.',
      'Kind, unhurried personal care from a small local team you get to know.',
      'Help with washing, dressing and moving around at home in and around {town}.',
    ],
    openers: [
      '{We} help with washing, bathing, dressing, taking medicines and getting up in the morning or ready for bed.',
      '{We} keep {our} round small on purpose, so visits are never rushed.',
      '{We} provide personal care in your own home, planned with you and your family and changed whenever you need.',
    ],
    alsoLine: '{We} can help with personal care such as washing and dressing.',
  },
  'day-activities': {
    weight: 8,
    model: 'venue',
    also: ['meals', 'transport', 'carers-support', 'activities-clubs'],
    whoFor: [
      ['older-people', 8],
      ['dementia', 5],
      ['learning-disability', 5],
      ['autism', 3],
      ['young-adults', 2],
    ],
    cost: { per: ['day', 'session'], min: 28, max: 55, free: 0 },
    names: ['Day Club', 'Day Hub', 'Daytime Club', 'Day Opportunities'],
    welsh: ['Clwb Dydd'],
    summaries: [
      'A small, friendly day group with activities, lunch and good company.',
      'Daytime activities in a relaxed setting: crafts, music, gardening and outings.',
      'A day out with purpose: cooking, gardening, games and trips, in a small group.',
    ],
    openers: [
      '{Our} day group is small on purpose, so everyone is known by name and nobody gets lost in the crowd.',
      'Days are planned around what people enjoy: baking, gardening, music, quizzes, crafts and trips out.',
      '{We} run a relaxed day club where people can try new things, learn skills and spend time with friends.',
    ],
    alsoLine: '{We} also run daytime activities in a small group.',
  },
  meals: {
    weight: 6,
    model: 'home',
    also: ['shopping', 'befriending', 'home-help'],
    whoFor: [
      ['older-people', 10],
      ['physical-disability', 3],
      ['dementia', 2],
    ],
    cost: { per: ['visit'], min: 5, max: 9, free: 0 },
    names: ['Home Meals', 'Kitchen', 'Supper Deliveries', 'Soup Run'],
    welsh: ['Cegin'],
    summaries: [
      'Home-cooked hot meals delivered to your door.',
      'Fresh meals cooked locally and brought round, with a quick check that you are well.',
      'Hot dinners and tea-time boxes delivered in and around {town}.',
    ],
    openers: [
      '{We} cook fresh meals in {our} own kitchen and deliver them hot, with puddings and soups too.',
      'Menus change every week, and {we} can cook for special diets if you let {us} know.',
      'When {we} drop off your meal {we} stop for a few minutes to check you are all right.',
    ],
    alsoLine: '{We} can also bring hot meals or help with cooking.',
  },
  shopping: {
    weight: 8,
    model: 'home',
    also: ['befriending', 'transport', 'home-help'],
    whoFor: [
      ['older-people', 10],
      ['physical-disability', 4],
      ['carers', 2],
    ],
    cost: { per: ['hour', 'visit'], min: 10, max: 18, free: 0.05 },
    names: ['Errands', 'Shopping Runs', 'Fetch and Carry', 'Basket Runs'],
    welsh: ['Siopa'],
    summaries: [
      'Help with shopping, prescriptions and errands.',
      'Your weekly shop done for you, or with you if you would like to come along.',
      'Shopping, pharmacy runs, post office trips and other errands around {town}.',
    ],
    openers: [
      '{We} do the weekly shop, collect prescriptions, post letters and run other errands.',
      'You can give {us} a list, or {we} can take you to the shops and help you carry everything home.',
      '{We} keep receipts for everything and always bring back your change.',
    ],
    alsoLine: '{We} can pick up shopping and prescriptions on the way.',
  },
  transport: {
    weight: 6,
    model: 'home',
    also: ['shopping', 'befriending'],
    whoFor: [
      ['older-people', 10],
      ['physical-disability', 5],
      ['sensory-impairment', 2],
    ],
    cost: { per: ['visit'], min: 8, max: 16, free: 0.1 },
    names: ['Lifts', 'Community Car', 'Wheels', 'Door to Door'],
    welsh: ['Lifftiau'],
    summaries: [
      'Lifts to appointments, the shops and to see friends.',
      'A friendly driver for hospital visits, GP appointments and days out.',
      'Door-to-door lifts around {town} when buses are not an option.',
    ],
    openers: [
      '{We} give lifts to GP and hospital appointments, the hairdresser, the shops and to see family and friends.',
      '{We} wait with you at appointments if you would like, and help you in and out of the car.',
      'Where buses do not run, {we} can get you where you need to be, door to door.',
    ],
    alsoLine: '{We} can also give lifts to appointments and the shops.',
  },
  'short-breaks': {
    weight: 4,
    model: 'mixed',
    also: ['sitting-service', 'carers-support', 'personal-care'],
    whoFor: [
      ['carers', 6],
      ['learning-disability', 5],
      ['dementia', 4],
      ['autism', 3],
      ['older-people', 4],
    ],
    cost: { per: ['day', 'session'], min: 45, max: 110, free: 0 },
    names: ['Short Breaks', 'Little Breaks', 'Breathing Space', 'Respite Days'],
    welsh: ['Seibiant'],
    summaries: [
      'Short breaks so that family carers can have time off.',
      'Day and overnight breaks in a homely setting, giving carers a rest.',
      'Planned breaks for the person you care for, so you can recharge.',
    ],
    openers: [
      '{We} look after the person you care for while you take a break, for a few hours, a day or a weekend.',
      'Breaks are planned with you so that the person you care for feels safe and knows what to expect.',
      '{We} offer short breaks in a homely setting with plenty to do and someone always on hand.',
    ],
    alsoLine: '{We} also offer short breaks so family carers can have time off.',
  },
  'carers-support': {
    weight: 5,
    model: 'mixed',
    also: ['sitting-service', 'befriending', 'advice-advocacy'],
    whoFor: [
      ['carers', 12],
      ['dementia', 3],
      ['mental-health', 2],
    ],
    cost: { per: ['session'], min: 3, max: 8, free: 0.5 },
    names: ['Carers Circle', 'Carers Cuppa', 'Carer Support', 'Carers Corner'],
    welsh: ['Cylch Gofalwyr'],
    summaries: [
      'Support, information and a friendly ear for unpaid carers.',
      'A regular get-together for people caring for a family member or friend.',
      'Someone to talk to if you look after someone, plus help finding your way around services.',
    ],
    openers: [
      'Looking after someone can be lonely and tiring. {We} offer a listening ear and practical ideas.',
      '{We} run a relaxed get-together for carers: a cuppa, a chat and sometimes a guest speaker.',
      '{We} help carers find out what support they are entitled to and how to ask for it.',
    ],
    alsoLine: '{We} also support family carers.',
  },
  'recovery-support': {
    weight: 3,
    model: 'mixed',
    also: ['health-wellbeing', 'activities-clubs', 'befriending'],
    whoFor: [
      ['mental-health', 12],
      ['young-adults', 2],
      ['carers', 1],
    ],
    cost: { per: ['session', 'hour'], min: 10, max: 20, free: 0.4 },
    names: ['Recovery Walks', 'Wellbeing Circle', 'Peer Support', 'Steady Steps'],
    welsh: ['Camau'],
    summaries: [
      'Peer support and gentle activities for people recovering from mental ill health.',
      'One-to-one and group support to rebuild confidence after a difficult time.',
      'Walks, conversation and practical support with a focus on recovery.',
    ],
    openers: [
      '{We} offer support from people who have been there themselves, at your own pace.',
      'Sessions might be a walk and talk, help getting back into a routine, or trying a new group.',
      '{We} help people rebuild confidence after mental ill health or a stay in hospital.',
    ],
    alsoLine: '{We} also offer peer support for people recovering from mental ill health.',
  },
  'gardening-odd-jobs': {
    weight: 7,
    model: 'home',
    also: ['home-help', 'shopping'],
    whoFor: [
      ['older-people', 10],
      ['physical-disability', 4],
    ],
    cost: { per: ['hour'], min: 15, max: 25, free: 0 },
    names: ['Odd Jobs', 'Garden Helpers', 'Handy Help', 'Gardening'],
    welsh: ['Garddwyr'],
    summaries: [
      'Gardening and small jobs around the home.',
      'Lawn mowing, hedge trimming, tidying borders and small repairs.',
      'Odd jobs done properly: changing bulbs, putting up shelves, fitting grab rails and gardening.',
    ],
    openers: [
      '{We} mow lawns, trim hedges, weed borders and keep gardens tidy through the year.',
      'No job is too small: changing light bulbs, putting up curtain poles, fitting grab rails or fixing a dripping tap.',
      '{We} help people stay safe and comfortable at home with small repairs and gardening.',
    ],
    alsoLine: '{We} can also do gardening and small jobs around the home.',
  },
  'activities-clubs': {
    weight: 6,
    model: 'venue',
    also: ['befriending', 'lunch-clubs', 'health-wellbeing'],
    whoFor: [
      ['older-people', 8],
      ['dementia', 4],
      ['learning-disability', 3],
      ['sensory-impairment', 1],
      ['young-adults', 1],
    ],
    cost: { per: ['session'], min: 3, max: 8, free: 0.2 },
    names: ['Craft Club', 'Singing Circle', 'Memory Club', 'Knit and Natter', 'Walking Group'],
    welsh: ['Clwb', 'Côr'],
    summaries: [
      'A friendly club with crafts, music, quizzes and a cuppa.',
      'A weekly group where people can meet, have fun and try something new.',
      'Singing, reminiscence and games in a welcoming group in {town}.',
    ],
    openers: [
      '{Our} club meets every week for crafts, quizzes, music and plenty of tea and cake.',
      'Everyone is welcome, whatever their ability. Carers and family members are welcome to come along too.',
      '{We} run a small, friendly group. New members are always made to feel at home.',
    ],
    alsoLine: '{We} also run a friendly weekly club.',
  },
  'lunch-clubs': {
    weight: 5,
    model: 'venue',
    also: ['befriending', 'transport', 'activities-clubs'],
    whoFor: [
      ['older-people', 12],
      ['carers', 2],
      ['dementia', 2],
    ],
    cost: { per: ['session'], min: 5, max: 9, free: 0 },
    names: ['Lunch Club', 'Cuppa Club', 'Luncheon Club', 'Soup and Natter'],
    welsh: ['Clwb Cinio'],
    summaries: [
      'A hot two-course lunch and good company.',
      'A weekly lunch club with home cooking, a raffle and a warm welcome.',
      'Sit down to a proper dinner with friends, old and new, in {town}.',
    ],
    openers: [
      '{We} serve a hot two-course lunch, cooked on the day, followed by tea and a chat.',
      'Lunch is the excuse; the company is the point. Many of {our} members have become good friends.',
      '{We} can cater for most diets if you tell {us} in advance.',
    ],
    alsoLine: '{We} also host a lunch club.',
  },
  'sitting-service': {
    weight: 5,
    model: 'home',
    also: ['befriending', 'personal-care', 'carers-support'],
    whoFor: [
      ['dementia', 8],
      ['carers', 6],
      ['older-people', 6],
      ['end-of-life', 2],
    ],
    cost: { per: ['hour'], min: 14, max: 22, free: 0.05 },
    names: ['Sitting Service', 'Evening Sitters', 'Sitters', 'Home Sitters'],
    welsh: ['Gwarchod'],
    summaries: [
      'Someone to sit with your loved one so you can go out.',
      'Day and evening sitting for people who should not be left alone.',
      'Trusted sitters so carers can have a few hours to themselves.',
    ],
    openers: [
      '{We} sit with people who cannot be left on their own, so that their carer can go out, rest or sleep.',
      '{We} keep things calm and familiar, and follow the routine you tell {us} about.',
      'Sits can be for a couple of hours in the day or through the evening.',
    ],
    alsoLine: '{We} can also sit with your loved one so you can have a break.',
  },
  'advice-advocacy': {
    weight: 2,
    model: 'remote',
    also: ['carers-support', 'befriending'],
    whoFor: [
      ['older-people', 6],
      ['carers', 4],
      ['learning-disability', 3],
      ['physical-disability', 2],
    ],
    cost: { per: ['hour'], min: 15, max: 25, free: 0.7 },
    names: ['Form Help', 'Advice Corner', 'Advocacy', 'Paperwork Help'],
    welsh: ['Cyngor'],
    summaries: [
      'Help with forms, letters and speaking up for yourself.',
      'Plain-English help with benefits forms, letters and phone calls.',
      'Someone on your side when dealing with paperwork and services.',
    ],
    openers: [
      '{We} help with benefit forms, blue badge applications and letters that are hard to understand.',
      '{We} can come to meetings with you and help you say what matters to you.',
      '{We} explain things in plain English and never rush you.',
    ],
    alsoLine: '{We} can also help with forms and letters.',
  },
  'health-wellbeing': {
    weight: 3,
    model: 'venue',
    also: ['activities-clubs', 'recovery-support'],
    whoFor: [
      ['older-people', 8],
      ['physical-disability', 3],
      ['mental-health', 3],
    ],
    cost: { per: ['session'], min: 4, max: 10, free: 0.15 },
    names: ['Chair Exercise', 'Gentle Movers', 'Wellbeing', 'Balance Class'],
    welsh: ['Lles'],
    summaries: [
      'Gentle seated exercise to keep you moving and steady on your feet.',
      'Friendly classes for strength, balance and wellbeing.',
      'Chair-based exercise and relaxation for all abilities in {town}.',
    ],
    openers: [
      'Classes are gentle and seated, with options for every ability, and nobody is made to do more than they want.',
      'Regular movement helps with balance and confidence, and the chat afterwards helps too.',
      '{We} run small classes focused on strength, balance and feeling good.',
    ],
    alsoLine: '{We} also run gentle exercise sessions.',
  },
};

/** Sentences about who a provider is for, keyed by who-for value. */
export const WHO_FOR_LINES = {
  'older-people': 'Most of the people {we} support are older and want to stay independent at home.',
  dementia: '{We} have experience of supporting people living with dementia and their families.',
  'learning-disability': '{We} support adults with learning disabilities to do the things they enjoy.',
  autism: '{We} work with autistic adults and keep things predictable and calm.',
  'physical-disability': '{We} are used to working with people who use wheelchairs or walking aids.',
  'mental-health': '{We} understand mental health and will go at your pace.',
  carers: 'Family carers are welcome to get in touch for themselves, too.',
  'sensory-impairment': '{We} are happy to read post aloud and are used to supporting people with sight or hearing loss.',
  'end-of-life': '{We} can also offer gentle support towards the end of life.',
  'young-adults': 'Younger adults are very welcome as well.',
};

/** Closing sentences: practical, with no promises the data does not back. */
export const CLOSERS = [
  'Give {us} a ring for a no-obligation chat.',
  'Get in touch and {we} will arrange a visit to talk about what would help.',
  'Please call or email to find out more.',
  'Family members are welcome to make the first contact.',
  '{We} are happy to talk things through before you decide.',
];

/** Extra cost notes. */
export const COST_NOTES = [
  'Mileage charged outside {town}.',
  'First visit free, so we can get to know each other.',
  'Weekend and bank holiday rates are a little higher.',
  'Pay what you can; nobody is turned away.',
  'No minimum number of visits.',
];

/** Free-text hours for providers who visit people. */
export const HOURS_TEXT = [
  'Weekdays, 8am to 6pm.',
  'Mornings and early evenings, seven days a week.',
  'Flexible, including weekends.',
  'Tuesday to Saturday, 9am to 5pm.',
  'Daytimes, Monday to Friday; evenings by arrangement.',
  'By arrangement.',
];
