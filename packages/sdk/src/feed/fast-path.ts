/**
 * A fast path for records that are already clean: compiles a zod/mini schema (the single source
 * of the rules, see schema.ts) into plain functions that run the same cleaning and tests without
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
import { CLEANING_CHECKS } from './schema.ts';

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
export function compileFastPath<S extends z.ZodMiniType>(schema: S): (value: unknown) => z.output<S> | typeof NOT_CLEAN {
  return compile((schema as unknown as { def: Def }).def, false) as (value: unknown) => z.output<S> | typeof NOT_CLEAN;
}

/**
 * Compiles `schema` into a checker that cleans a value the caller OWNS in place: it returns the
 * same value (fields whose cleaning changed them overwritten) when it is clean, else NOT_CLEAN
 * (possibly after overwriting some fields with their cleaned form: cleaning is idempotent, so the
 * full path gives the same result and the same problems). Only for plain JSON data nobody else
 * holds: no getters, no Proxies, no shared objects (e.g. straight from JSON.parse).
 */
export function compileInPlace<S extends z.ZodMiniType>(schema: S): InPlaceChecker<z.output<S>> {
  const def = (schema as unknown as { def: Def }).def;
  const keys = [...keysOf(def)];
  return {
    check: compile(def, true) as (value: unknown) => z.output<S> | typeof NOT_CLEAN,
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

function compile(def: Def, inPlace: boolean): Run {
  const text = compileText(def);
  if (text !== undefined) return text;
  const base = compileType(def, inPlace);
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

function compileType(def: Def, inPlace: boolean): Run {
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
      const item = compile(def.element!.def, inPlace);
      if (inPlace) {
        return (value) => {
          if (!Array.isArray(value)) return NOT_CLEAN;
          for (let i = 0; i < value.length; i++) {
            const raw: unknown = value[i];
            const cleaned = item(raw);
            if (cleaned === NOT_CLEAN) return NOT_CLEAN;
            if (cleaned !== raw) value[i] = cleaned;
          }
          return value;
        };
      }
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
      return inPlace ? compileObjectInPlace(def.shape ?? {}) : compileObject(def.shape ?? {});
    default:
      return reject; // optional is handled by its object; anything else goes to zod
  }
}

function compileObject(shape: Record<string, { def: Def }>): Run {
  const fields = compileFields(shape, false);
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

interface Field {
  key: string;
  optional: boolean;
  run: Run;
}

function compileFields(shape: Record<string, { def: Def }>, inPlace: boolean): Field[] {
  return Object.entries(shape).map(([key, schema]) => {
    const optional = schema.def.type === 'optional';
    return { key, optional, run: compile(optional ? schema.def.innerType!.def : schema.def, inPlace) };
  });
}

function compileObjectInPlace(shape: Record<string, { def: Def }>): Run {
  const fields = compileFields(shape, true);
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const keys = fields.map((field) => field.key);
  const count = fields.length;
  const required = fields.filter((field) => !field.optional).length;
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return NOT_CLEAN;
    const input = value as Record<string, unknown>;
    let requiredSeen = 0;
    let next = 0; // where in `keys` the record's next key is looked for first
    // Walk the record's own keys (V8 reads each value by its slot inside a for-in), not the
    // schema's: one pass, and any other key (unknown, or "__proto__" as JSON.parse makes it),
    // which must not reach the output, is seen at once.
    for (const key in input) {
      // Feeds list a record's keys in one order, mostly the schema's: look ahead from the last
      // match (property names are internalised, so === compares pointers) before hashing.
      let at = next;
      while (at < count && keys[at] !== key) at++;
      let field: Field | undefined;
      if (at < count) {
        field = fields[at]!;
        next = at + 1;
      } else {
        field = byKey.get(key);
        if (field === undefined) return NOT_CLEAN;
      }
      const raw = input[key];
      if (field.optional) {
        // An empty optional list or group is removed by the copying path (removeEmptyParts).
        if (typeof raw === 'object' && isEmpty(raw)) return NOT_CLEAN;
      } else requiredSeen++;
      const cleaned = field.run(raw);
      if (cleaned === NOT_CLEAN) return NOT_CLEAN;
      if (cleaned !== raw) input[key] = cleaned;
    }
    return requiredSeen === required ? input : NOT_CLEAN; // a required key missing: let zod report it
  };
}

function isEmpty(value: object | null): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.length === 0;
  for (const _key in value) return false;
  return true;
}
