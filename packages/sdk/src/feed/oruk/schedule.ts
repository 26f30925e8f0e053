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
  const own = objects(service.schedules);
  const regular = objects(service.regular_schedules);
  let schedules: readonly Json[] = regular.length === 0 ? own : own.length === 0 ? regular : [...own, ...regular];
  if (schedules.length === 0) {
    schedules = [];
    // Only when the service has none of its own: the venue's hours.
    const venueSchedules: Json[] = [];
    for (const sal of objects(service.service_at_locations)) {
      venueSchedules.push(...objects(sal.schedules), ...objects(sal.regular_schedules));
      if (isObject(sal.location)) venueSchedules.push(...objects(sal.location.schedules), ...objects(sal.location.regular_schedules));
    }
    schedules = venueSchedules.slice(0, 50);
  }
  const hours: MappedHours['hours'] = [];
  let seen: Set<string> | undefined; // keys of `hours`, made only once there are many to compare
  const texts: string[] = [];
  for (let s = 0; s < schedules.length; s++) {
    const schedule = schedules[s]!;
    const entries = scheduleEntries(schedule);
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e]!;
      if (seen === undefined && hours.length >= 16) seen = new Set(hours.map(hourKey));
      if (seen === undefined ? hasHour(hours, entry) : seen.has(hourKey(entry))) continue;
      hours.push(entry);
      seen?.add(hourKey(entry));
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

function hourKey(entry: MappedHours['hours'][number]): string {
  return `${entry.day} ${entry.opens} ${entry.closes}`;
}

function hasHour(hours: MappedHours['hours'], entry: MappedHours['hours'][number]): boolean {
  for (let i = 0; i < hours.length; i++) {
    const hour = hours[i]!;
    if (hour.day === entry.day && hour.opens === entry.opens && hour.closes === entry.closes) return true;
  }
  return false;
}

const NO_HOURS: MappedHours['hours'] = [];

function scheduleEntries(schedule: Json): MappedHours['hours'] {
  const freq = text(schedule.freq);
  if (freq !== undefined && freq !== 'WEEKLY' && freq.toUpperCase() !== 'WEEKLY') return NO_HOURS;
  const opens = time(schedule.opens_at);
  if (opens === undefined) return NO_HOURS;
  const closes = time(schedule.closes_at);
  if (closes === undefined || opens === closes) return NO_HOURS;
  return daysOf(schedule).map((day) => ({ day, opens, closes }));
}

function daysOf(schedule: Json): string[] {
  const byday = text(schedule.byday);
  if (byday !== undefined && byday.length === 2 && DAY_CODES[byday] !== undefined) return [DAY_CODES[byday]]; // "MO": one day (the usual)
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
  if (raw === undefined) return undefined;
  let found = knownTimes.get(raw); // a feed uses a few dozen times, thousands of times over
  if (found === undefined) {
    const match = /^(\d{1,2})[:.](\d{2})/.exec(raw);
    found = match === null ? null : `${match[1]!.padStart(2, '0')}:${match[2]}`;
    if (knownTimes.size < 1_000 && raw.length <= 40) knownTimes.set(raw, found);
  }
  return found ?? undefined;
}
const knownTimes = new Map<string, string | null>();
