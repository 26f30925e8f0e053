/**
 * A fast path for records that are already clean: compiles a rule spec (the single source of the
 * rules, see schema.ts; it has the shape of a zod/mini schema's definition, and the zod schema
 * itself is only built when needed, see schema-spec.ts) into plain functions that run the same cleaning and tests without
 * zod's generic machinery. It never reports: on the first thing it does not like (or any schema
 * feature it does not know) it answers {@link NOT_CLEAN}, and the caller validates that record
 * with zod + lenient.ts as before, so problems are reported exactly as they always were.
 *
 * Two flavours:
 * - {@link compileFastPath} builds a fresh copy (for values a caller handed us: never mutated,
 *   never aliased, unknown keys left behind);
 * - {@link compileInPlace} checks a value the parser owns (just made by JSON.parse) where it
 *   lies: a field whose cleaning changes it is overwritten, everything else is left as it is,
 *   so a clean record costs no allocation at all. It also answers NOT_CLEAN for an unknown key
 *   or an empty optional list or group, so the copying path (which strips and removes those)
 *   handles the rare record that has one.
 */
import type * as z from 'zod/mini';
import type { Spec, ZodOf } from './schema-spec.ts';
import { CLEANING_CHECKS } from './schema.ts';
import { lineIsClean, paragraphsAreClean } from './sanitise.ts';

/** Returned when the fast path cannot vouch for a value. */
export const NOT_CLEAN: unique symbol = Symbol('not clean');

type Run = (value: unknown) => unknown;

interface Def {
  type: string;
  shape?: Record<string, { def: Def }>;
  innerType?: { def: Def };
  element?: { def: Def };
  entries?: Record<string, unknown>;
  values?: unknown[];
  checks?: { _zod: { def: { check: string; tx?: (value: unknown) => unknown; minimum?: number; maximum?: number } } }[];
}

/** Compiles `schema` into a function giving the same output as `schema.parse` for a clean value, or NOT_CLEAN. */
export function compileFastPath<S extends Spec>(schema: S): (value: unknown) => z.output<ZodOf<S>> | typeof NOT_CLEAN {
  return compile((schema as unknown as { def: Def }).def) as (value: unknown) => z.output<ZodOf<S>> | typeof NOT_CLEAN;
}

/**
 * Compiles `schema` into a checker that cleans a value the caller OWNS in place: it returns the
 * same value (fields whose cleaning changed them overwritten) when it is clean, else NOT_CLEAN
 * (possibly after overwriting some fields with their cleaned form: cleaning is idempotent, so the
 * full path gives the same result and the same problems). Only for plain JSON data nobody else
 * holds: no getters, no Proxies, no shared objects (e.g. straight from JSON.parse).
 */
export function compileInPlace<S extends Spec>(schema: S): InPlaceChecker<z.output<ZodOf<S>>> {
  const def = (schema as unknown as { def: Def }).def;
  const keys = [...keysOf(def)];
  const plan = planOf(def);
  return {
    check: (value) => checkInPlace(plan, value) as z.output<ZodOf<S>> | typeof NOT_CLEAN,
    usable: () => prototypeIsPlain(keys),
  };
}

export interface InPlaceChecker<T> {
  /** The value itself, cleaned in place, or NOT_CLEAN. Only while {@link usable} says so. */
  check: (value: unknown) => T | typeof NOT_CLEAN;
  /**
   * Fields are read without a hasOwn test each: that is only sound while Object.prototype has
   * none of the schema's keys and nothing enumerable (a page that polluted it). Ask once per feed.
   */
  usable: () => boolean;
}

function prototypeIsPlain(keys: readonly string[]): boolean {
  for (const _key in Object.prototype) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i]! in Object.prototype) return false;
  return true;
}

/** Every object key anywhere in the schema. */
function keysOf(def: Def, into = new Set<string>()): Set<string> {
  for (const [key, schema] of Object.entries(def.shape ?? {})) {
    into.add(key);
    keysOf(schema.def, into);
  }
  if (def.innerType) keysOf(def.innerType.def, into);
  if (def.element) keysOf(def.element.def, into);
  return into;
}

const reject: Run = () => NOT_CLEAN;

function compile(def: Def): Run {
  const text = compileText(def);
  if (text !== undefined) return text;
  const base = compileType(def);
  const checks = (def.checks ?? []).map((check) => compileCheck(check));
  if (checks.length === 0) return base;
  if (checks.some((check) => check === undefined)) return reject;
  const steps = checks as Run[];
  return (input) => {
    let value = base(input);
    for (let i = 0; i < steps.length && value !== NOT_CLEAN; i++) value = steps[i]!(value);
    return value;
  };
}

/** The commonest case, text with one clean-then-test check, as one function (no chain of steps). */
function compileText(def: Def): Run | undefined {
  if (def.type !== 'string' || def.checks?.length !== 1) return undefined;
  const { clean, isValid, isClean } = CLEANING_CHECKS.get(def.checks[0]!) ?? {};
  if (clean === undefined || isValid === undefined) return undefined;
  return (value) => {
    if (typeof value !== 'string') return NOT_CLEAN;
    if (isClean !== undefined && isClean(value)) return value; // one test instead of clean + isValid
    const cleaned = clean(value);
    return isValid(cleaned) ? cleaned : NOT_CLEAN;
  };
}

function compileCheck(check: NonNullable<Def['checks']>[number]): Run | undefined {
  const { clean, isValid } = CLEANING_CHECKS.get(check) ?? {};
  if (clean && isValid) {
    return (value) => {
      const cleaned = clean(value);
      return isValid(cleaned) ? cleaned : NOT_CLEAN;
    };
  }
  const def = check._zod.def;
  if (def.check === 'overwrite' && def.tx) return def.tx;
  if (def.check === 'min_length' && def.minimum !== undefined) {
    const minimum = def.minimum;
    return (value) => ((value as { length: number }).length >= minimum ? value : NOT_CLEAN);
  }
  if (def.check === 'max_length' && def.maximum !== undefined) {
    const maximum = def.maximum;
    return (value) => ((value as { length: number }).length <= maximum ? value : NOT_CLEAN);
  }
  return undefined;
}

function compileType(def: Def): Run {
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? value : NOT_CLEAN);
    case 'number':
      return (value) => (typeof value === 'number' && Number.isFinite(value) ? value : NOT_CLEAN);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? value : NOT_CLEAN);
    case 'enum': {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => (allowed.has(value) ? value : NOT_CLEAN);
    }
    case 'literal': {
      const allowed = new Set(def.values ?? []);
      return (value) => (allowed.has(value) ? value : NOT_CLEAN);
    }
    case 'array': {
      const item = compile(def.element!.def);
      return (value) => {
        if (!Array.isArray(value)) return NOT_CLEAN;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          const cleaned = item(value[i]);
          if (cleaned === NOT_CLEAN) return NOT_CLEAN;
          out[i] = cleaned;
        }
        return out;
      };
    }
    case 'object':
      return compileObject(def.shape ?? {});
    default:
      return reject; // optional is handled by its object; anything else goes to zod
  }
}

function compileObject(shape: Record<string, { def: Def }>): Run {
  const fields = Object.entries(shape).map(([key, schema]) => {
    const optional = schema.def.type === 'optional';
    return { key, optional, run: compile(optional ? schema.def.innerType!.def : schema.def) };
  });
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_CLEAN;
    const input = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const { key, optional, run } of fields) {
      const raw = Object.hasOwn(input, key) ? input[key] : undefined;
      if (raw === undefined) {
        if (optional && !Object.hasOwn(input, key)) continue;
        return NOT_CLEAN; // missing required key, or an explicit undefined: let zod decide
      }
      const cleaned = run(raw);
      if (cleaned === NOT_CLEAN) return NOT_CLEAN;
      out[key] = cleaned;
    }
    return out;
  };
}

// --- In place: the schema as a plan of plain nodes, read by one function (checkInPlace) ---
// The same rules as compile(), but each node says what it is by a number, so one switch
// dispatches and the common tests (one-line text, paragraphs, numbers in a range, vocabularies)
// run inline: no call through a closure per field, no call site seeing dozens of closures.

/** What a plan node tests; see checkInPlace. */
const enum Kind {
  /** Text with one cleaning check (rule). */
  Text,
  /** {@link Kind.Text} whose `isClean` is `v !== '' && lineIsClean(v, max)`. */
  Line,
  /** {@link Kind.Text} whose `isClean` is `v !== '' && paragraphsAreClean(v, max)`. */
  Paragraphs,
  /** A number from min to max (a whole one when `integer`), cleaned as it is. */
  Range,
  String,
  Number,
  Boolean,
  /** One of `allowed` (enum, literal). */
  Member,
  List,
  Record,
  /** Anything the plan does not know: the caller takes the reporting path. */
  Reject,
}

/** What a node's checks after its type test do; see runSteps. */
const enum StepKind {
  Clean,
  Overwrite,
  MinLength,
  MaxLength,
}

interface Rule {
  clean: (value: unknown) => unknown;
  isValid: (value: unknown) => boolean;
  isClean?: (value: unknown) => boolean;
}

interface Step {
  kind: StepKind;
  rule: Rule | undefined;
  transform: ((value: unknown) => unknown) | undefined;
  length: number;
}

interface PlanField {
  key: string;
  optional: boolean;
  plan: Plan;
}

/** Every node has every property (one object shape, so each read in checkInPlace is monomorphic). */
interface Plan {
  kind: Kind;
  rule: Rule | undefined;
  /** Line and Paragraphs: the text limit; Range: the maximum. */
  max: number;
  min: number;
  integer: boolean;
  allowed: Set<unknown> | undefined;
  item: Plan | undefined;
  fields: PlanField[];
  keys: string[];
  byKey: Map<string, PlanField> | undefined;
  required: number;
  steps: Step[];
  /**
   * Record and List of an optional field: empty is NOT_CLEAN (the copying path removes an empty
   * optional list or group). Any other kind turns down an object anyway.
   */
  emptyIsNotClean: boolean;
}

function node(kind: Kind, parts: Partial<Plan> = {}): Plan {
  return {
    kind,
    rule: parts.rule,
    max: parts.max ?? 0,
    min: parts.min ?? 0,
    integer: parts.integer ?? false,
    allowed: parts.allowed,
    item: parts.item,
    fields: parts.fields ?? [],
    keys: parts.keys ?? [],
    byKey: parts.byKey,
    required: parts.required ?? 0,
    steps: parts.steps ?? [],
    emptyIsNotClean: false,
  };
}

function step(kind: StepKind, parts: Partial<Step>): Step {
  return { kind, rule: parts.rule, transform: parts.transform, length: parts.length ?? 0 };
}

/** The plan of `def`: what compile(def) would run, as data. */
function planOf(def: Def): Plan {
  if (def.type === 'string' && def.checks?.length === 1) {
    const rule = CLEANING_CHECKS.get(def.checks[0]!);
    if (rule !== undefined) {
      const form = rule.form;
      if (form?.kind === 'line') return node(Kind.Line, { rule, max: form.max });
      if (form?.kind === 'paragraphs') return node(Kind.Paragraphs, { rule, max: form.max });
      return node(Kind.Text, { rule });
    }
  }
  if (def.type === 'number' && def.checks?.length === 1) {
    const form = CLEANING_CHECKS.get(def.checks[0]!)?.form;
    if (form?.kind === 'range') return node(Kind.Range, { min: form.min, max: form.max, integer: form.integer });
  }
  const steps: Step[] = [];
  for (const check of def.checks ?? []) {
    const planned = stepOf(check);
    if (planned === undefined) return node(Kind.Reject);
    steps.push(planned);
  }
  switch (def.type) {
    case 'string':
      return node(Kind.String, { steps });
    case 'number':
      return node(Kind.Number, { steps });
    case 'boolean':
      return node(Kind.Boolean, { steps });
    case 'enum':
      return node(Kind.Member, { allowed: new Set(Object.values(def.entries ?? {})), steps });
    case 'literal':
      return node(Kind.Member, { allowed: new Set(def.values ?? []), steps });
    case 'array':
      return node(Kind.List, { item: planOf(def.element!.def), steps });
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, schema]): PlanField => {
        const optional = schema.def.type === 'optional';
        const plan = planOf(optional ? schema.def.innerType!.def : schema.def);
        plan.emptyIsNotClean = optional;
        return { key, optional, plan };
      });
      return node(Kind.Record, {
        fields,
        keys: fields.map((field) => field.key),
        byKey: new Map(fields.map((field) => [field.key, field])),
        required: fields.filter((field) => !field.optional).length,
        steps,
      });
    }
    default:
      return node(Kind.Reject); // optional is handled by its object; anything else goes to zod
  }
}

/** The step compileCheck would make of `check`, or undefined for a check it does not know. */
function stepOf(check: NonNullable<Def['checks']>[number]): Step | undefined {
  const rule = CLEANING_CHECKS.get(check);
  if (rule !== undefined) return step(StepKind.Clean, { rule });
  const def = check._zod.def;
  if (def.check === 'overwrite' && def.tx) return step(StepKind.Overwrite, { transform: def.tx });
  if (def.check === 'min_length' && def.minimum !== undefined) return step(StepKind.MinLength, { length: def.minimum });
  if (def.check === 'max_length' && def.maximum !== undefined) return step(StepKind.MaxLength, { length: def.maximum });
  return undefined;
}

/** The value (cleaned in place where its cleaning changes a field) or NOT_CLEAN. */
function checkInPlace(plan: Plan, value: unknown): unknown {
  switch (plan.kind) {
    case Kind.Line:
      if (typeof value !== 'string') return NOT_CLEAN;
      return value !== '' && lineIsClean(value, plan.max) ? value : cleanedOrNot(plan.rule!, value);
    case Kind.Paragraphs:
      if (typeof value !== 'string') return NOT_CLEAN;
      return value !== '' && paragraphsAreClean(value, plan.max) ? value : cleanedOrNot(plan.rule!, value);
    case Kind.Text: {
      if (typeof value !== 'string') return NOT_CLEAN;
      const isClean = plan.rule!.isClean;
      return isClean !== undefined && isClean(value) ? value : cleanedOrNot(plan.rule!, value);
    }
    case Kind.Range:
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= plan.min &&
        value <= plan.max &&
        (!plan.integer || Number.isInteger(value))
        ? value
        : NOT_CLEAN;
    case Kind.Member:
      return plan.allowed!.has(value) ? afterType(plan, value) : NOT_CLEAN;
    case Kind.Record:
      return afterType(plan, checkRecordInPlace(plan, value));
    case Kind.List:
      return afterType(plan, checkListInPlace(plan, value));
    case Kind.String:
      return typeof value === 'string' ? afterType(plan, value) : NOT_CLEAN;
    case Kind.Number:
      return typeof value === 'number' && Number.isFinite(value) ? afterType(plan, value) : NOT_CLEAN;
    case Kind.Boolean:
      return typeof value === 'boolean' ? afterType(plan, value) : NOT_CLEAN;
    default:
      return NOT_CLEAN;
  }
}

function cleanedOrNot(rule: Rule, value: unknown): unknown {
  const cleaned = rule.clean(value);
  return rule.isValid(cleaned) ? cleaned : NOT_CLEAN;
}

/** `value` after the plan's steps (checks after the type test), as compile() chains them. */
function afterType(plan: Plan, value: unknown): unknown {
  const steps = plan.steps;
  for (let i = 0; i < steps.length && value !== NOT_CLEAN; i++) {
    const { kind, rule, transform, length } = steps[i]!;
    if (kind === StepKind.Clean) value = cleanedOrNot(rule!, value);
    else if (kind === StepKind.Overwrite) value = transform!(value);
    else if (kind === StepKind.MinLength) value = (value as { length: number }).length >= length ? value : NOT_CLEAN;
    else value = (value as { length: number }).length <= length ? value : NOT_CLEAN;
  }
  return value;
}

function checkListInPlace(plan: Plan, value: unknown): unknown {
  if (!Array.isArray(value) || (value.length === 0 && plan.emptyIsNotClean)) return NOT_CLEAN;
  const item = plan.item!;
  for (let i = 0; i < value.length; i++) {
    const raw: unknown = value[i];
    const cleaned = checkInPlace(item, raw);
    if (cleaned === NOT_CLEAN) return NOT_CLEAN;
    if (cleaned !== raw) value[i] = cleaned;
  }
  return value;
}

function checkRecordInPlace(plan: Plan, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_CLEAN;
  const input = value as Record<string, unknown>;
  const keys = plan.keys;
  const fields = plan.fields;
  const count = keys.length;
  let requiredSeen = 0;
  let seen = 0;
  let next = 0; // where in `keys` the record's next key is looked for first
  // Walk the record's own keys (V8 reads each value by its slot inside a for-in), not the
  // schema's: one pass, and any other key (unknown, or "__proto__" as JSON.parse makes it),
  // which must not reach the output, is seen at once.
  for (const key in input) {
    // Feeds list a record's keys in one order, mostly the schema's: look ahead from the last
    // match (property names are internalised, so === compares pointers) before hashing.
    let at = next;
    while (at < count && keys[at] !== key) at++;
    let field: PlanField | undefined;
    if (at < count) {
      field = fields[at]!;
      next = at + 1;
    } else {
      field = plan.byKey!.get(key);
      if (field === undefined) return NOT_CLEAN;
    }
    const raw = input[key];
    seen++;
    if (!field.optional) requiredSeen++;
    const cleaned = checkInPlace(field.plan, raw);
    if (cleaned === NOT_CLEAN) return NOT_CLEAN;
    if (cleaned !== raw) input[key] = cleaned;
  }
  if (seen === 0 && plan.emptyIsNotClean) return NOT_CLEAN;
  return requiredSeen === plan.required ? input : NOT_CLEAN; // a required key missing: let zod report it
}
