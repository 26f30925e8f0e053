/**
 * Word lists for invented provider, contact, street and venue names.
 *
 * Names are built from deliberately odd combinations (place + object + service, e.g.
 * "Quantock Teapot Companions") so they are unlikely to match a real business. Everything
 * these lists produce is fictional.
 */

export const FIRST_NAMES = [
  'Ellie',
  'Janet',
  'Sue',
  'Priya',
  'Tomasz',
  'Grace',
  'Mo',
  'Bev',
  'Kath',
  'Dave',
  'Agnieszka',
  'Pauline',
  'Tariq',
  'Rosie',
  'Hannah',
  'Ade',
  'Lorna',
  'Marnie',
  'Colin',
  'Shirley',
  'Jas',
  'Ruth',
  'Kev',
  'Lindy',
  'Oksana',
  'Brenda',
  'Stu',
  'Yvonne',
  'Femi',
  'Tess',
  'Gordon',
  'Mags',
  'Sandeep',
  'Corinne',
  'Phil',
  'Wendy',
];

export const WELSH_FIRST_NAMES = [
  'Eleri',
  'Gwen',
  'Rhian',
  'Dafydd',
  'Bethan',
  'Ceri',
  'Huw',
  'Nia',
  'Aled',
  'Sioned',
  'Owain',
  'Meinir',
  'Glenys',
  'Iolo',
];

export const SURNAMES = [
  'Fairweather',
  'Pennock',
  'Tillbrook',
  'Marrable',
  'Oldacre',
  'Vowles',
  'Brackenbury',
  'Coombes',
  'Hext',
  'Baverstock',
  'Pocock',
  'Dibble',
  'Quartly',
  'Hembrow',
  'Kowalczyk',
  'Okafor',
  'Chaudhry',
  'Lintern',
  'Gooding',
  'Sparkes',
];

export const WELSH_SURNAMES = ['Prydderch', 'Vaughan', 'Bowen', 'Pugh', 'Lloyd', 'Rees', 'Powell', 'Meredith', 'Gwilym', 'Probert'];

/** Odd, homely objects and creatures: the "quirk" that makes names unlikely to be real. */
export const QUIRKS = [
  'Teapot',
  'Lantern',
  'Wheelbarrow',
  'Bramble',
  'Kingfisher',
  'Acorn',
  'Heron',
  'Damson',
  'Withy',
  'Skylark',
  'Marigold',
  'Thimble',
  'Kettle',
  'Bluebell',
  'Hedgehog',
  'Otter',
  'Cider Press',
  'Sheepdog',
  'Buttercup',
  'Weathervane',
  'Elderflower',
  'Willow Basket',
  'Hayloft',
  'Wren',
  'Moorhen',
  'Teasel',
  'Jackdaw',
  'Quince',
  'Biscuit Tin',
  'Bellrope',
  'Pennywhistle',
  'Hazelnut',
  'Tea Cosy',
  'Milk Churn',
];

/** Welsh masculine nouns, so "y"/"'r" before them needs no mutation. */
export const WELSH_QUIRKS = ['Tebot', 'Grug', 'Dryw', 'Dyfrgi', 'Eithin', 'Crëyr', 'Mesen', 'Tegell'];

export const STREET_WORDS = [
  'Teasel',
  'Kingfisher',
  'Damson',
  'Withy',
  'Orchard',
  'Pound',
  'Tanyard',
  'Rope Walk',
  'Heron',
  'Quarry',
  'Chapel',
  'Mill Leat',
  'Cider',
  'Bramble',
];
export const STREET_TYPES = ['Lane', 'Close', 'Row', 'Way', 'Road', 'Street', 'Drove', 'Gardens'];
export const WELSH_STREETS = ['Heol y Dryw', 'Lôn yr Eithin', 'Ffordd y Grug', 'Stryd y Felin', 'Heol yr Orsaf', 'Maes y Tebot'];

export const VENUES = [
  'Parish Rooms',
  'Community Hall',
  'Old Chapel Room',
  'Scout Hut',
  'Methodist Hall',
  'Library Meeting Room',
  'Cricket Pavilion',
  'Village Hall',
  'Church Hall',
  'Bowls Club Room',
];
export const WELSH_VENUES = ['Neuadd y Pentref', 'Festri', 'Neuadd Goffa', 'Canolfan Gymunedol'];

/** Turns a name into a URL/email-safe slug. */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
