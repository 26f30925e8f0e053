/**
 * Cost: `cost_options[]` (`amount` as a number or a string such as "4.00", `cost_type` /
 * `amount_description` such as "per session", `option` such as "Under 18s", `currency`),
 * `fees` / `fees_description` free text, Outpost `free`. The lowest GBP amount becomes
 * `fromGBP` (0 means free); every option is kept, in words, as `cost.text`. An amount in
 * another currency is never shown as pounds: it stays in the text and is reported.
 */
import { htmlToLine } from './html.ts';
import { numberFrom, objects, text, type ConversionNote, type Json } from './json.ts';

const PER: readonly [RegExp, string][] = [
  [/\bhour|\bhr\b|hourly/i, 'hour'],
  [/\bsession|\bclass|\bmeeting/i, 'session'],
  [/\bvisit/i, 'visit'],
  [/\bday\b|daily/i, 'day'],
  [/\bweek/i, 'week'],
];

export function perOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let per = knownUnits.get(value); // "per session", "per hour"...: a few texts, repeated across a feed
  if (per === undefined) {
    per = PER.find(([pattern]) => pattern.test(value))?.[1] ?? null;
    if (knownUnits.size < 1_000 && value.length <= 100) knownUnits.set(value, per);
  }
  return per ?? undefined;
}
const knownUnits = new Map<string, string | null>();

export function mapCost(service: Json, notes: ConversionNote[] = []): Json | undefined {
  // The texts, in order: the first on its own, a list only from the second (most services have one).
  let first: string | undefined;
  let parts: string[] | undefined;
  let lowest: number | undefined;
  let lowestPer: string | undefined;
  const options = objects(service.cost_options);
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    const amount = numberFrom(option.amount);
    const given = text(option.currency);
    const currency = given === undefined || given === 'GBP' ? given : given.toUpperCase();
    const unit = text(option.cost_type) ?? text(option.amount_description);
    const label = text(option.option);
    const foreign = currency !== undefined && currency !== 'GBP';
    if (foreign && amount !== undefined) {
      notes.push({
        path: `cost_options[${i}].currency`,
        message: `cost: currency ${currency.slice(0, 10)} is not GBP, kept as text only`,
        severity: 'field',
      });
    }
    const words = optionText(label, amount, foreign ? currency : undefined, unit);
    if (words !== undefined) {
      if (first === undefined) first = words;
      else (parts ??= [first]).push(words);
    }
    if (amount !== undefined && !foreign && amount >= 0 && (lowest === undefined || amount < lowest)) {
      lowest = amount;
      lowestPer = perOf(unit);
    }
  }
  const fees = text(service.fees_description) ?? text(service.fees);
  if (fees !== undefined) {
    const line = htmlToLine(fees);
    if (first === undefined) first = line;
    else (parts ??= [first]).push(line);
  }

  const free = lowest === undefined ? service.free === true : lowest === 0;
  const costText =
    parts === undefined
      ? (first ?? '')
      : parts.length === 2 && parts[0] !== parts[1]
        ? `${parts[0]}; ${parts[1]}`
        : [...new Set(parts)].join('; ');
  if (!free && lowest === undefined && costText === '') return undefined;
  // Keys in the order the record always had: free or fromGBP and per, then text.
  const out: Json = {};
  if (free) out.free = true;
  else if (lowest !== undefined) {
    out.fromGBP = lowest;
    if (lowestPer !== undefined) out.per = lowestPer;
  }
  if (costText !== '') out.text = costText;
  return out;
}

/**
 * One option in words: "label:", price and unit, those given, joined by spaces (just the label
 * when it is all there is). The common option (no label, pounds) is kept per unit and amount:
 * a feed repeats "£5 per session" and "Free" thousands of times, and one string serves them all.
 */
function optionText(
  label: string | undefined,
  amount: number | undefined,
  foreignCurrency: string | undefined,
  unit: string | undefined,
): string | undefined {
  if (label !== undefined || foreignCurrency !== undefined) return optionWords(label, amount, foreignCurrency, unit);
  const unitKey = unit ?? ''; // a unit is never "" (text() gives undefined for that)
  let byAmount = knownOptionTexts.get(unitKey);
  let words = byAmount?.get(amount);
  if (words === undefined && !byAmount?.has(amount)) {
    words = optionWords(undefined, amount, undefined, unit);
    if (knownOptionTextCount < 1_000 && unitKey.length <= 100) {
      if (byAmount === undefined) knownOptionTexts.set(unitKey, (byAmount = new Map()));
      byAmount.set(amount, words);
      knownOptionTextCount++;
    }
  }
  return words;
}
const knownOptionTexts = new Map<string, Map<number | undefined, string | undefined>>();
let knownOptionTextCount = 0;

function optionWords(
  label: string | undefined,
  amount: number | undefined,
  foreignCurrency: string | undefined,
  unit: string | undefined,
): string | undefined {
  const price =
    amount === undefined
      ? undefined
      : amount === 0
        ? 'Free'
        : foreignCurrency !== undefined
          ? `${amount} ${foreignCurrency}`
          : `£${formatPounds(amount)}`;
  let words = label !== undefined ? `${label}:` : '';
  if (price !== undefined) words = words === '' ? price : `${words} ${price}`;
  if (unit !== undefined) words = words === '' ? unit : `${words} ${unit}`;
  // As the converter always compared (with no label, "undefined:"): only the label when nothing followed it.
  if (words !== '' && words !== `${label}:`) return words;
  return label;
}

function formatPounds(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}
