/**
 * Opening hours: HSDS 3 `schedules[]` (`byday` "MO,TU", `opens_at`/`closes_at` "10:00:00")
 * and ORUK 1.0 / Outpost `regular_schedules[]` (`weekday` "Tuesday" or a number). Weekday
 * numbers follow ISO 8601 (1 = Monday ... 7 = Sunday; 0 is also read as Sunday). An entry
 * whose opening and closing times are equal ("00:00"-"00:00") says nothing and is left out.
 * Schedule `description`s become `hoursText`.
 */
import { htmlToLine } from './html.ts';
import { isObject, objects, text, type Json } from './json.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_CODES: Record<string, string> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };

export interface MappedHours {
  hours: { day: string; opens: string; closes: string }[];
  hoursText?: string;
}

export function mapHours(service: Json): MappedHours {
  let schedules = [...objects(service.schedules), ...objects(service.regular_schedules)];
  if (schedules.length === 0) {
    // Only when the service has none of its own: the venue's hours.
    for (const sal of objects(service.service_at_locations)) {
      schedules.push(...objects(sal.schedules), ...objects(sal.regular_schedules));
      if (isObject(sal.location)) schedules.push(...objects(sal.location.schedules), ...objects(sal.location.regular_schedules));
    }
    schedules = schedules.slice(0, 50);
  }
  const hours: MappedHours['hours'] = [];
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const schedule of schedules) {
    for (const entry of scheduleEntries(schedule)) {
      const key = `${entry.day} ${entry.opens} ${entry.closes}`;
      if (seen.has(key)) continue;
      hours.push(entry);
      seen.add(key);
    }
    const description = text(schedule.description);
    if (description !== undefined) {
      const line = htmlToLine(description);
      if (line !== '' && !texts.includes(line)) texts.push(line);
    }
  }
  const out: MappedHours = { hours };
  if (texts.length > 0) out.hoursText = texts.join(' ');
  return out;
}

function scheduleEntries(schedule: Json): MappedHours['hours'] {
  const freq = text(schedule.freq)?.toUpperCase();
  if (freq !== undefined && freq !== 'WEEKLY') return [];
  const opens = time(schedule.opens_at);
  const closes = time(schedule.closes_at);
  if (opens === undefined || closes === undefined || opens === closes) return [];
  return daysOf(schedule).map((day) => ({ day, opens, closes }));
}

function daysOf(schedule: Json): string[] {
  const byday = text(schedule.byday);
  if (byday !== undefined) {
    return byday
      .split(',')
      .map((code) => DAY_CODES[code.trim().toUpperCase().slice(-2)])
      .filter((day): day is string => day !== undefined);
  }
  const weekday = weekdayOf(schedule.weekday);
  return weekday === undefined ? [] : [weekday];
}

/** "Tuesday", "tue", "TU", 2, "2" -> "tue". */
export function weekdayOf(value: unknown): string | undefined {
  const raw = typeof value === 'number' ? String(value) : text(value);
  if (raw === undefined) return undefined;
  if (/^\d$/.test(raw)) {
    const n = Number(raw);
    return n === 0 ? 'sun' : WEEKDAYS[n - 1];
  }
  const lower = raw.toLowerCase();
  return WEEKDAYS.find((day) => lower.startsWith(day)) ?? DAY_CODES[raw.toUpperCase()];
}

/** "10:00:00", "9:30", "09.30" -> "HH:MM"; anything else undefined. */
function time(value: unknown): string | undefined {
  const raw = text(value);
  const match = raw === undefined ? null : /^(\d{1,2})[:.](\d{2})/.exec(raw);
  if (match === null) return undefined;
  return `${match[1]!.padStart(2, '0')}:${match[2]}`;
}
