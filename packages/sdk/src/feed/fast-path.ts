/**
 * A fast path for records that are already clean: compiles a zod/mini schema (the single source
 * of the rules, see schema.ts) into plain functions that run the same cleaning and tests without
 * zod's generic machinery. It never reports: on the first thing it does not like (or any schema
 * feature it does not know) it answers {@link NOT_CLEAN}, and the caller validates that record
 * with zod + lenient.ts as before, so problems are reported exactly as they always were.
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
  return compile((schema as unknown as { def: Def }).def) as (value: unknown) => z.output<S> | typeof NOT_CLEAN;
}

const reject: Run = () => NOT_CLEAN;

function compile(def: Def): Run {
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
