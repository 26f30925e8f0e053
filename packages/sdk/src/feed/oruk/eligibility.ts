/**
 * Who a service is for: `eligibility_description`, ORUK 1.0 `eligibilitys[]`, ages
 * (`minimum_age`/`maximum_age`, Outpost `min_age`/`max_age`), Outpost `suitabilities[]`,
 * Placecube `pc_targetAudience[]` (values trimmed). Terms the taxonomy table maps become
 * `whoFor`; the rest, and the description itself, are kept as `whoForText` for the details view.
 */
import { htmlToLine, looksLikeHtml } from './html.ts';
import { list, numberFrom, objects, text, type Json } from './json.ts';
import { mapTerms, type TaxonomyIndex } from './taxonomy.ts';

export interface MappedWhoFor {
  whoFor: string[];
  whoForText?: string;
}

/** Age from which a service counts as for older people. */
const OLDER_PEOPLE_FROM = 55;

/** Words in a free-text eligibility description that fit a who-for term. */
const DESCRIPTION_TERMS: readonly [RegExp, string][] = [
  [/\b(older (people|adults|residents)|over[- ](50|55|60|65)s?|aged (55|60|65)\b|pensioners|elderly|seniors?)\b/i, 'older-people'],
  [/\bdementia|alzheimer/i, 'dementia'],
  [/\blearning (disabilit|difficult)/i, 'learning-disability'],
  [/\bautis/i, 'autism'],
  [/\bphysical(ly)? disab/i, 'physical-disability'],
  [/\bmental[- ](health|ill)/i, 'mental-health'],
  [/\bcarers?\b/i, 'carers'],
  [/\b(sight|hearing) loss|\bdeaf|\bblind|visual(ly)? impair/i, 'sensory-impairment'],
  [/\bend of life|palliative|terminal(ly)? ill/i, 'end-of-life'],
];

export function mapWhoFor(service: Json, index?: TaxonomyIndex): MappedWhoFor {
  const terms: string[] = [];
  const add = (value: string | undefined) => {
    if (value !== undefined) terms.push(value);
  };
  for (const s of objects(service.suitabilities)) add(text(s.name) ?? text(s.slug));
  for (const value of list(service.pc_targetAudience)) add(text(value));
  for (const e of objects(service.eligibilitys)) add(text(e.eligibility));
  for (const n of objects(service.send_needs)) add(text(n.name) ?? text(n.slug));
  const mapped = mapTerms(terms, index);
  const whoFor = new Set(mapped.whoFor);
  const texts: string[] = [];

  const description = text(service.eligibility_description);
  if (description !== undefined) {
    const line = looksLikeHtml(description) || description.includes('\n') ? htmlToLine(description) : description;
    for (const [pattern, term] of DESCRIPTION_TERMS) if (pattern.test(line)) whoFor.add(term);
    if (line !== '') texts.push(line);
  }
  if (mapped.tags.length > 0) texts.push(mapped.tags.join(', '));

  const min = numberFrom(service.minimum_age ?? service.min_age);
  const max = numberFrom(service.maximum_age ?? service.max_age);
  const ages = ageText(min, max);
  if (ages !== undefined) texts.push(ages);
  if (min !== undefined && min >= OLDER_PEOPLE_FROM) whoFor.add('older-people');

  const out: MappedWhoFor = { whoFor: [...whoFor] };
  if (texts.length > 0) out.whoForText = texts.join('. ');
  return out;
}

/** "Ages 18 to 65", "Ages 60 and over", "Ages up to 11"; undefined when neither end says anything. */
export function ageText(min: number | undefined, max: number | undefined): string | undefined {
  const lower = min !== undefined && min > 0 ? min : undefined;
  const upper = max !== undefined && max > 0 && max < 100 ? max : undefined;
  if (lower !== undefined && upper !== undefined) return `Ages ${lower} to ${upper}`;
  if (lower !== undefined) return `Ages ${lower} and over`;
  if (upper !== undefined) return `Ages up to ${upper}`;
  return undefined;
}
