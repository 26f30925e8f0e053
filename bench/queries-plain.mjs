/**
 * The second query set: 112 needs phrased the way residents, family carers and
 * link workers (social prescribers) say them, in English and Welsh, with no
 * filters (only a place and a distance). Labels (`accept`) were written from what
 * each need means: the support types a person would accept as a good answer,
 * decided before and without checking what our care vocabulary or any engine
 * does with the words. Reported separately from the 50 care-needs queries
 * (queries.mjs), whose labels and wording grew up beside the vocabulary.
 *
 * Welsh needs are placed in Powys districts.
 */

const SOMERSET = ['TA1', 'TA2', 'TA6', 'TA8', 'TA11', 'TA20', 'TA24', 'BA5', 'BA11', 'BA16', 'BA20', 'BA21'];
const POWYS = ['LD1', 'LD2', 'LD3', 'LD7', 'SY16', 'SY18', 'SY21', 'NP8'];

const PC = 'personal-care';
const HH = 'home-help';
const BF = 'befriending';
const DA = 'day-activities';
const ME = 'meals';
const SH = 'shopping';
const TR = 'transport';
const SB = 'short-breaks';
const CS = 'carers-support';
const RS = 'recovery-support';
const GO = 'gardening-odd-jobs';
const AC = 'activities-clubs';
const LC = 'lunch-clubs';
const SS = 'sitting-service';
const AA = 'advice-advocacy';
const HW = 'health-wellbeing';

/** [text, accepted support types] in English. */
const ENGLISH = [
  ['my mum can no longer manage the stairs to have a wash', [PC]],
  ['dad needs help getting up and dressed each morning', [PC]],
  ['carer to help my husband shower', [PC]],
  ['someone to remind nan to take her pills', [PC]],
  ['help putting my wife to bed at night', [PC]],
  ['toileting help for my father', [PC]],
  ['my aunt needs help with washing her hair', [PC, HW]],
  ['personal care after a stroke', [PC, RS]],
  ['home carer a few hours a week', [PC, HH]],
  ['live-in carer', [PC]],
  ['cleaner for an elderly lady', [HH]],
  ['someone to do the housework for mum', [HH]],
  ['help with washing and ironing clothes', [HH]],
  ['my flat is a mess and I cannot keep on top of it', [HH]],
  ['change the bedding and tidy up once a week', [HH]],
  ['domestic help', [HH]],
  ['vacuuming and dusting', [HH]],
  ['my dad lives alone and barely sees anyone', [BF, AC, LC]],
  ['volunteer to visit my gran for a chat', [BF]],
  ['weekly phone call for someone who is isolated', [BF]],
  ['she has no friends nearby since moving', [BF, AC]],
  ['companion to go for a walk with', [BF, AC]],
  ['my neighbour is very lonely since her husband died', [BF, AC, LC]],
  ['a friendly visitor for a housebound man', [BF]],
  ['somewhere to meet other people and have a cup of tea', [AC, LC, BF]],
  ['something to do during the day for my son with learning disabilities', [DA, AC]],
  ['day centre', [DA]],
  ['day services for people with dementia', [DA]],
  ['activities for someone with early dementia', [DA, AC]],
  ['craft group', [AC]],
  ['choir or singing group for older people', [AC]],
  ["men's shed", [AC]],
  ['a club where he can play cards and dominoes', [AC]],
  ['hobbies and outings for retired people', [AC, DA]],
  ['meals brought to the house', [ME]],
  ['she has stopped cooking for herself', [ME, PC]],
  ['hot dinner every day for my dad', [ME]],
  ['frozen meal delivery', [ME]],
  ['someone to make lunch for my mother', [ME, PC]],
  ['lunch club', [LC]],
  ['a community lunch once a week', [LC]],
  ['place to eat with other people on a sunday', [LC]],
  ['collect prescriptions from the chemist', [SH]],
  ['do the weekly grocery shop for me', [SH]],
  ['someone to go to the supermarket with my mum', [SH, TR]],
  ['pick up a few bits from the shop', [SH]],
  ['running errands', [SH]],
  ['a lift to the GP surgery', [TR]],
  ['transport to hospital for my appointment', [TR]],
  ["I can't drive any more, how do I get to the dentist", [TR]],
  ['community minibus', [TR]],
  ['wheelchair accessible transport', [TR]],
  ['getting to the day centre without a car', [TR]],
  ['time off from looking after my son', [SB, SS, CS]],
  ['I care for my mum and I am exhausted', [CS, SB, SS]],
  ['respite care for a weekend', [SB]],
  ['somebody to sit with my wife while I go to the shops', [SS, SB]],
  ["a few hours' break from caring", [SB, SS, CS]],
  ['overnight sitter', [SS, SB]],
  ['support for people caring for a relative', [CS]],
  ["carers' group to talk to others in the same boat", [CS]],
  ['advice for carers', [CS, AA]],
  ['stopping drinking', [RS]],
  ['support after rehab', [RS]],
  ['help with a gambling problem', [RS]],
  ['recovering from depression and need support', [RS, HW]],
  ['mental health support group', [RS, HW, AC]],
  ['mow the lawn for my grandad', [GO]],
  ['hedge trimming', [GO]],
  ['handyman for small jobs', [GO]],
  ['someone to change light bulbs and fix things', [GO]],
  ['fit a grab rail in the bathroom', [GO]],
  ['weeding and tidying the garden', [GO]],
  ['help claiming benefits', [AA]],
  ['someone to help me write letters to the council', [AA]],
  ['advocate for a person with a learning disability', [AA]],
  ['understanding bills and paperwork', [AA]],
  ['chair based exercise for older people', [HW, AC]],
  ['falls prevention class', [HW]],
  ['toenail cutting', [HW]],
  ['keeping active and healthy in later life', [HW, AC]],
  ['something for my mental wellbeing', [HW, RS]],
];

/** [text, accepted support types] in Welsh. */
const WELSH = [
  ['help i ymolchi a gwisgo', [PC]],
  ['gofalwr i fy nhad yn y bore', [PC]],
  ['rhywun i roi meddyginiaeth i mam', [PC]],
  ['glanhau y tŷ bob wythnos', [HH]],
  ['help gyda gwaith tŷ', [HH]],
  ['smwddio a golchi dillad', [HH]],
  ['mae mam yn unig iawn', [BF, AC]],
  ['ymwelydd cyfeillgar', [BF]],
  ['rhywun i siarad â nhw', [BF]],
  ['galwad ffôn wythnosol', [BF]],
  ['canolfan ddydd i bobl hŷn', [DA]],
  ['clwb i bobl hŷn', [AC, LC]],
  ['côr cymunedol', [AC]],
  ["prydau poeth i'r tŷ", [ME]],
  ['bwyd wedi ei goginio', [ME]],
  ['cinio dydd sul gyda phobl eraill', [LC]],
  ['siopa bwyd wythnosol', [SH]],
  ['casglu presgripsiwn', [SH]],
  ["lifft i'r ysbyty", [TR]],
  ['trafnidiaeth gymunedol', [TR]],
  ['seibiant i ofalwyr', [SB, CS]],
  ['rhywun i eistedd gyda fy ngŵr', [SS, SB]],
  ['cefnogaeth i ofalwyr di-dâl', [CS]],
  ["help i roi'r gorau i yfed", [RS]],
  ['cymorth adferiad', [RS]],
  ["torri'r lawnt", [GO]],
  ['trwsio pethau yn y tŷ', [GO]],
  ['cyngor ar fudd-daliadau', [AA]],
  ['help i lenwi ffurflenni', [AA]],
  ['ymarfer corff ysgafn', [HW, AC]],
];

/** @type {{ id: number, text: string, postcode: string, maxMiles: number, expect: string[], kind: 'english'|'welsh' }[]} */
export const PLAIN_QUERIES = [
  ...ENGLISH.map(([text, expect], i) => ({ text, expect, postcode: SOMERSET[i % SOMERSET.length], maxMiles: 10, kind: 'english' })),
  ...WELSH.map(([text, expect], i) => ({ text, expect, postcode: POWYS[i % POWYS.length], maxMiles: 20, kind: 'welsh' })),
].map((q, i) => ({ id: i + 1, ...q }));

if (PLAIN_QUERIES.length < 100) throw new Error(`expected 100+ plain needs, have ${PLAIN_QUERIES.length}`);
