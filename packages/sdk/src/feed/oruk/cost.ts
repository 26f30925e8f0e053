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
  const parts: string[] = [];
  let lowest: { amount: number; per?: string } | undefined;
  const options = objects(service.cost_options);
  for (let i = 0; i < options.length; i++) {
    const option = options[i]!;
    const amount = numberFrom(option.amount);
    const currency = text(option.currency)?.toUpperCase();
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
    const price = amount === undefined ? undefined : amount === 0 ? 'Free' : foreign ? `${amount} ${currency}` : `£${formatPounds(amount)}`;
    // The defined ones of "label:", price and unit, joined by spaces (each is non-empty).
    let words = label !== undefined ? `${label}:` : '';
    if (price !== undefined) words = words === '' ? price : `${words} ${price}`;
    if (unit !== undefined) words = words === '' ? unit : `${words} ${unit}`;
    if (words !== '' && words !== `${label}:`) parts.push(words);
    else if (label !== undefined) parts.push(label);
    if (amount !== undefined && !foreign && amount >= 0 && (lowest === undefined || amount < lowest.amount)) {
      lowest = { amount };
      const per = perOf(unit);
      if (per !== undefined) lowest.per = per;
    }
  }
  const fees = text(service.fees_description) ?? text(service.fees);
  if (fees !== undefined) parts.push(htmlToLine(fees));

  const out: Json = {};
  if (lowest !== undefined) {
    if (lowest.amount === 0) out.free = true;
    else {
      out.fromGBP = lowest.amount;
      if (lowest.per !== undefined) out.per = lowest.per;
    }
  } else if (service.free === true) out.free = true;
  const costText =
    parts.length === 1
      ? parts[0]!
      : parts.length === 2 && parts[0] !== parts[1]
        ? `${parts[0]}; ${parts[1]}`
        : [...new Set(parts)].join('; ');
  if (costText !== '') out.text = costText;
  return out.free === undefined && out.fromGBP === undefined && out.text === undefined ? undefined : out;
}

function formatPounds(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2);
}
