/**
 * Opening hours: HSDS 3 `schedules[]` (`byday` "MO,TU", `opens_at`/`closes_at` "10:00:00")
 * and ORUK 1.0 / Outpost `regular_schedules[]` (`weekday` "Tuesday" or a number). Weekday
 * numbers follow ISO 8601 (1 = Monday ... 7 = Sunday; 0 is also read as Sunday). An entry
 * whose opening and closing times are equal ("00:00"-"00:00") says nothing and is left out.
 * Schedule `description`s become `hoursText`.
 */
import { htmlToLine } from './html.ts';
import { isObject, objects, text, type Json } from './json.ts';
import { ListBuilder } from './list-builder.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const DAY_CODES: Record<string, string> = { MO: 'mon', TU: 'tue', WE: 'wed', TH: 'thu', FR: 'fri', SA: 'sat', SU: 'sun' };

type Hour = { day: string; opens: string; closes: string };

export interface MappedHours {
  /** Undefined when there are none. */
  hours?: Hour[];
  hoursText?: string;
}

/** What mapHours finds, reused for every service (see list-builder.ts). */
const HOURS = new ListBuilder<Hour>();
const TEXTS = new ListBuilder<string>();
/** Keys of HOURS, made only once there are many to compare. */
let seen: Set<string> | undefined;

const NOTHING: MappedHours = Object.freeze({});
/** Most venue schedules read for a service that has none of its own. */
const VENUE_SCHEDULES_MAX = 50;

export function mapHours(service: Json): MappedHours {
  HOURS.reset();
  TEXTS.reset();
  seen = undefined;
  const own = objects(service.schedules);
  const regular = objects(service.regular_schedules);
  if (own.length > 0 || regular.length > 0) {
    for (let s = 0; s < own.length; s++) addSchedule(own[s]!);
    for (let s = 0; s < regular.length; s++) addSchedule(regular[s]!);
  } else {
    // Only when the service has none of its own: the venue's hours (the first 50 schedules).
    let left = VENUE_SCHEDULES_MAX;
    const sals = objects(service.service_at_locations);
    for (let i = 0; i < sals.length && left > 0; i++) {
      const sal = sals[i]!;
      left = addSchedules(sal.schedules, left);
      left = addSchedules(sal.regular_schedules, left);
      if (isObject(sal.location)) {
        left = addSchedules(sal.location.schedules, left);
        left = addSchedules(sal.location.regular_schedules, left);
      }
    }
  }
  seen = undefined;
  if (HOURS.length === 0 && TEXTS.length === 0) return NOTHING;
  const hoursText = TEXTS.length === 0 ? undefined : TEXTS.length === 1 ? TEXTS.at(0) : TEXTS.take()!.join(' ');
  TEXTS.reset();
  const out: MappedHours = {};
  const hours = HOURS.take();
  if (hours !== undefined) out.hours = hours;
  if (hoursText !== undefined) out.hoursText = hoursText;
  return out;
}

/** Adds at most `left` schedules of `value`; returns how many more may be added. */
function addSchedules(value: unknown, left: number): number {
  const schedules = objects(value);
  for (let s = 0; s < schedules.length && left > 0; s++, left--) addSchedule(schedules[s]!);
  return left;
}

function addSchedule(schedule: Json): void {
  addEntries(schedule);
  const description = text(schedule.description);
  if (description !== undefined) {
    const line = htmlToLine(description);
    if (line !== '') TEXTS.addNew(line);
  }
}

/** The schedule's weekly opening times, one per day, each unless already there. */
function addEntries(schedule: Json): void {
  const freq = text(schedule.freq);
  if (freq !== undefined && freq !== 'WEEKLY' && freq.toUpperCase() !== 'WEEKLY') return;
  const opens = time(schedule.opens_at);
  if (opens === undefined) return;
  const closes = time(schedule.closes_at);
  if (closes === undefined || opens === closes) return;
  const byday = text(schedule.byday);
  const single = byday !== undefined && byday.length === 2 ? DAY_CODES[byday] : undefined;
  if (single !== undefined)
    addHour(single, opens, closes); // "MO": one day (the usual)
  else {
    const days = daysOf(schedule);
    for (let d = 0; d < days.length; d++) addHour(days[d]!, opens, closes);
  }
}

function addHour(day: string, opens: string, closes: string): void {
  if (seen === undefined && HOURS.length >= 16) {
    seen = new Set();
    for (let i = 0; i < HOURS.length; i++) seen.add(hourKey(HOURS.at(i).day, HOURS.at(i).opens, HOURS.at(i).closes));
  }
  if (seen === undefined ? hasHour(day, opens, closes) : seen.has(hourKey(day, opens, closes))) return;
  HOURS.add({ day, opens, closes });
  seen?.add(hourKey(day, opens, closes));
}

function hourKey(day: string, opens: string, closes: string): string {
  return `${day} ${opens} ${closes}`;
}

function hasHour(day: string, opens: string, closes: string): boolean {
  for (let i = 0; i < HOURS.length; i++) {
    const hour = HOURS.at(i);
    if (hour.day === day && hour.opens === opens && hour.closes === closes) return true;
  }
  return false;
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
