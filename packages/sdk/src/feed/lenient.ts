/**
 * Lenient validation: run a zod schema, and when some fields are bad, drop just those
 * fields (or array items) and try again, so one bad value never costs a whole record.
 * Used by `parseFeed` for provider records and the feed's publisher.
 */
import type * as z from 'zod/mini';

type PathKey = string | number;

/** One thing that was wrong with a value. `fatal`: the whole value had to be rejected. */
export interface LenientIssue {
  /** Dotted path, e.g. "contact.website" or "support.2"; "" for the value itself. */
  path: string;
  /** Plain-English reason, e.g. "only http(s) links are allowed". */
  reason: string;
  fatal: boolean;
}

export interface LenientResult<T> {
  /** The cleaned value, unless a fatal issue rejected it. */
  value?: T;
  issues: LenientIssue[];
}

export interface LenientRules {
  /** Top-level keys whose failure rejects the whole value (e.g. id, name, support). */
  required: ReadonlySet<string>;
  /**
   * Paths (numbers written as `*`) of keys required inside their parent object: when one is
   * bad, the parent is dropped instead, e.g. "hours.*.day" drops that opening-hours entry.
   */
  requiredInParent: ReadonlySet<string>;
  /**
   * Top-level keys whose values are never quoted in a reason (only their kind is), e.g.
   * "location": a home-based provider's address must not reach a console through a problem.
   */
  withheldValues?: ReadonlySet<string>;
}

const PARSE_OPTIONS = { reportInput: true } as const;
const MAX_ROUNDS = 6;
const DROPPED: unique symbol = Symbol('dropped');

/**
 * Validates `input` against `schema`, dropping invalid optional parts and reporting them.
 * Never throws for bad data.
 */
export function validateLeniently<S extends z.ZodMiniType>(schema: S, input: unknown, rules: LenientRules): LenientResult<z.output<S>> {
  const first = schema.safeParse(input, PARSE_OPTIONS);
  if (first.success) return { value: first.data, issues: [] };

  const issues: LenientIssue[] = [];
  let candidate = input;
  let error = first.error;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const touchedArrays: unknown[][] = [];
    for (const issue of error.issues) {
      const target = dropTarget(issue.path as PathKey[], rules);
      const reason = describeIssue(issue, rules.withheldValues?.has(String(issue.path[0])) ?? false);
      if (target === undefined) {
        issues.push({ path: issue.path.join('.'), reason, fatal: true });
        return { issues };
      }
      issues.push({ path: issue.path.join('.'), reason, fatal: false });
      candidate = markDropped(candidate, target, 0, touchedArrays);
    }
    for (const array of touchedArrays) compact(array);
    const next = schema.safeParse(candidate, PARSE_OPTIONS);
    if (next.success) return { value: next.data, issues };
    error = next.error;
  }
  issues.push({ path: '', reason: 'too many problems to repair', fatal: true });
  return { issues };
}

/** The path to remove for an issue at `path`, or undefined when the whole value must go. */
function dropTarget(path: readonly PathKey[], rules: LenientRules): PathKey[] | undefined {
  let target = path.slice();
  while (target.length > 1 && rules.requiredInParent.has(pattern(target))) target = target.slice(0, -1);
  if (target.length === 0) return undefined;
  if (target.length === 1 && rules.required.has(String(target[0]))) return undefined;
  return target;
}

function pattern(path: readonly PathKey[]): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    if (i > 0) out += '.';
    out += typeof path[i] === 'number' ? '*' : String(path[i]);
  }
  return out;
}

/** Copy-on-write removal: objects lose the key; array items are marked and compacted later. */
function markDropped(value: unknown, path: readonly PathKey[], depth: number, touched: unknown[][]): unknown {
  const key = path[depth]!;
  const last = depth === path.length - 1;
  if (Array.isArray(value) && typeof key === 'number' && key < value.length) {
    const copy = value.slice();
    if (last) {
      copy[key] = DROPPED;
      touched.push(copy);
    } else {
      copy[key] = markDropped(copy[key], path, depth + 1, touched);
    }
    return copy;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && typeof key === 'string') {
    // Spread defines own properties (never invokes the __proto__ setter), so it is pollution-safe.
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (last) delete copy[key];
    else copy[key] = markDropped(copy[key], path, depth + 1, touched);
    return copy;
  }
  return value;
}

function compact(array: unknown[]): void {
  for (let i = array.length - 1; i >= 0; i--) if (array[i] === DROPPED) array.splice(i, 1);
}

function describeValue(value: unknown, withheld: boolean): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : withheld ? 'a number' : String(value);
  if (typeof value === 'string') return withheld ? 'text' : JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** Turns a zod issue into a short plain-English reason. */
function describeIssue(issue: z.core.$ZodIssue, withheld: boolean): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'missing';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeValue(input, withheld)}`;
    case 'invalid_value':
      return `${describeValue(input, withheld)} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'number') return `${describeValue(input, withheld)} is too small (minimum ${String(issue.minimum)})`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number') return `${describeValue(input, withheld)} is too large (maximum ${String(issue.maximum)})`;
      return issue.message;
    default:
      return issue.message;
  }
}
