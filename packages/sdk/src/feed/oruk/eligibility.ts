/**
 * Who a service is for: `eligibility_description`, ORUK 1.0 `eligibilitys[]`, ages
 * (`minimum_age`/`maximum_age`, Outpost `min_age`/`max_age`), Outpost `suitabilities[]`,
 * Placecube `pc_targetAudience[]` (values trimmed). Terms the taxonomy table maps become
 * `whoFor`; the rest, and the description itself, are kept as `whoForText` for the details view.
 */
import { htmlToLine, looksLikeHtml } from './html.ts';
import { list, numberFrom, objects, text, type Json } from './json.ts';
import { mapTerms, type TaxonomyIndex, type TermMapping } from './taxonomy.ts';

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

/**
 * Who the service is for: adds the who-for terms its eligibility fields give to `into.whoFor`
 * (after the taxonomy's, first kept) and returns the text kept for the details view.
 */
export function mapWhoFor(service: Json, index: TaxonomyIndex, into: TermMapping): string | undefined {
  // Index loops and lists made only when needed: this runs for every service.
  let terms: string[] | undefined;
  const suitabilities = objects(service.suitabilities);
  for (let i = 0; i < suitabilities.length; i++) terms = withText(terms, text(suitabilities[i]!.name) ?? text(suitabilities[i]!.slug));
  const audience = list(service.pc_targetAudience);
  for (let i = 0; i < audience.length; i++) terms = withText(terms, text(audience[i]));
  const eligibilitys = objects(service.eligibilitys);
  for (let i = 0; i < eligibilitys.length; i++) terms = withText(terms, text(eligibilitys[i]!.eligibility));
  const needs = objects(service.send_needs);
  for (let i = 0; i < needs.length; i++) terms = withText(terms, text(needs[i]!.name) ?? text(needs[i]!.slug));
  const mapped = terms === undefined ? undefined : mapTerms(terms, index);
  if (mapped !== undefined) into.whoFor.addAllNew(mapped.whoFor);
  let whoForText: string | undefined; // the texts below, joined by ". "

  const description = text(service.eligibility_description);
  if (description !== undefined) {
    const line = looksLikeHtml(description) || description.includes('\n') ? htmlToLine(description) : description;
    into.whoFor.addAllNew(descriptionTerms(line));
    if (line !== '') whoForText = joinText(whoForText, line);
  }
  if (mapped !== undefined && mapped.tags.length > 0) whoForText = joinText(whoForText, mapped.tags.join(', '));

  const min = numberFrom(service.minimum_age ?? service.min_age);
  const max = numberFrom(service.maximum_age ?? service.max_age);
  const ages = ageText(min, max);
  if (ages !== undefined) whoForText = joinText(whoForText, ages);
  if (min !== undefined && min >= OLDER_PEOPLE_FROM) into.whoFor.addNew('older-people');
  return whoForText;
}

function joinText(before: string | undefined, value: string): string {
  return before === undefined ? value : `${before}. ${value}`;
}

function withText(into: string[] | undefined, value: string | undefined): string[] | undefined {
  if (value === undefined) return into;
  if (into === undefined) return [value];
  into.push(value);
  return into;
}

/** The who-for terms a description's words fit; the same few descriptions repeat across a feed, so answers are kept. */
const descriptionTermsCache = new Map<string, readonly string[]>();
function descriptionTerms(line: string): readonly string[] {
  let found = descriptionTermsCache.get(line);
  if (found === undefined) {
    found = DESCRIPTION_TERMS.filter(([pattern]) => pattern.test(line)).map(([, term]) => term);
    if (descriptionTermsCache.size < 1_000 && line.length <= 200) descriptionTermsCache.set(line, found);
  }
  return found;
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
