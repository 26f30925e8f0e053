/**
 * The English names of the documented support types and who-for groups: one table, used by the
 * SDK (suggestions, the vocabulary's name phrases) and by the element's English strings. Kept apart
 * from the care vocabulary so the element's first paint can import it without the vocabulary.
 */
import type { KnownSupportType, KnownWhoFor } from '../types.ts';

/** English labels for the documented support types (suggestions, vocabulary, and the element's English wording). */
export const SUPPORT_TYPE_LABELS: Readonly<Record<KnownSupportType, string>> = {
  'personal-care': 'Personal care',
  'home-help': 'Help at home',
  befriending: 'Befriending and company',
  'day-activities': 'Day activities',
  meals: 'Meals',
  shopping: 'Shopping',
  transport: 'Transport',
  'short-breaks': 'Short breaks',
  'carers-support': "Carers' support",
  'recovery-support': 'Recovery support',
  'gardening-odd-jobs': 'Gardening and odd jobs',
  'activities-clubs': 'Activities and clubs',
  'lunch-clubs': 'Lunch clubs',
  'sitting-service': 'Sitting service',
  'advice-advocacy': 'Advice and advocacy',
  'health-wellbeing': 'Health and wellbeing',
};

/** English labels for the documented who-for groups. */
export const WHO_FOR_LABELS: Readonly<Record<KnownWhoFor, string>> = {
  'older-people': 'Older people',
  dementia: 'People with dementia',
  'learning-disability': 'People with a learning disability',
  autism: 'Autistic people',
  'physical-disability': 'People with a physical disability',
  'mental-health': 'Mental health',
  carers: 'Carers',
  'sensory-impairment': 'Sight or hearing loss',
  'end-of-life': 'End of life',
  'young-adults': 'Young adults',
};
