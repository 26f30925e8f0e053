/**
 * The feed's rules as plain data, in the shape of zod/mini's own definitions (`def.type`,
 * `def.shape`, `def.checks[i]._zod.def`, ...), and the real zod schemas built from them only on
 * first use ({@link toZod}).
 *
 * Why: building some eighty zod schemas at module top level cost ~15 ms of cold evaluation
 * (issue 14), yet a clean feed never needs them: the fast path (fast-path.ts) reads only these
 * definitions. Zod is built when a record or feed field fails the fast path (to report it) or
 * when the JSON Schema is generated. The rules stay written once (schema.ts), and the zod schema
 * built from a spec is exactly the one schema.ts used to build directly.
 */
import * as z from 'zod/mini';

// Strict Content-Security-Policy pages (no 'unsafe-eval') report zod's `new Function` probe as a
// violation even though zod catches it. Turn the JIT off before any schema is built.
z.config({ jitless: true });

/** Documentation for docs/feed-schema.json, registered on the zod schema when it is built. */
export interface SpecMeta {
  description: string;
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  type?: string;
}

/** A check on a spec: a cleaning check (see schema.ts `cleanThenCheck`) or one of zod's. */
export interface SpecCheck {
  _zod: {
    def: {
      check: 'custom' | 'overwrite' | 'min_length' | 'max_length';
      tx?: (value: never) => unknown;
      minimum?: number;
      maximum?: number;
    };
  };
  /** The check's message, if it has its own (min_length). */
  message?: string;
  /** For a cleaning check: what zod runs. */
  cleaning?: { clean: (value: unknown) => unknown; isValid: (value: unknown) => boolean; message: string };
}

export interface SpecDef {
  type: 'string' | 'number' | 'boolean' | 'enum' | 'literal' | 'array' | 'object' | 'optional';
  shape?: Record<string, Spec>;
  innerType?: Spec;
  element?: Spec;
  entries?: Record<string, string>;
  values?: readonly string[];
  checks?: readonly SpecCheck[];
}

/** A rule, as data; `Z` is the zod schema {@link toZod} builds from it (a type only). */
export interface Spec<Z extends z.ZodMiniType = z.ZodMiniType> {
  readonly def: SpecDef;
  readonly meta?: SpecMeta;
  /** A copy with `checks` added (like zod's `.check`: documentation is not copied). */
  check(...checks: SpecCheck[]): Spec<Z>;
  /** Type only: never set. */
  readonly zodType?: Z;
}

export interface ObjectSpec<Shape extends Record<string, Spec>> extends Spec<
  z.ZodMiniObject<{ [K in keyof Shape]: ZodOf<Shape[K]> }, z.core.$strip>
> {
  readonly def: SpecDef & { shape: Shape };
}

export type ZodOf<S> = S extends Spec<infer Z> ? Z : never;

function make<Z extends z.ZodMiniType, D extends SpecDef>(def: D, meta?: SpecMeta): Spec<Z> & { def: D } {
  return {
    def,
    ...(meta === undefined ? {} : { meta }),
    check(...checks: SpecCheck[]) {
      return make<Z, D>({ ...def, checks: [...(def.checks ?? []), ...checks] });
    },
  };
}

export const string = (): Spec<z.ZodMiniString<string>> => make({ type: 'string' });
export const number = (): Spec<z.ZodMiniNumber<number>> => make({ type: 'number' });
export const boolean = (): Spec<z.ZodMiniBoolean<boolean>> => make({ type: 'boolean' });
export function enumOf<const T extends readonly [string, ...string[]]>(values: T): Spec<z.ZodMiniEnum<z.core.util.ToEnum<T[number]>>> {
  return make({ type: 'enum', values, entries: Object.fromEntries(values.map((value) => [value, value])) });
}
export function literal<const T extends string>(value: T): Spec<z.ZodMiniLiteral<T>> {
  return make({ type: 'literal', values: [value] });
}
export function array<S extends Spec>(element: S): Spec<z.ZodMiniArray<ZodOf<S>>> {
  return make({ type: 'array', element });
}
export function optional<S extends Spec>(innerType: S): Spec<z.ZodMiniOptional<ZodOf<S>>> {
  return make({ type: 'optional', innerType });
}
export function object<const Shape extends Record<string, Spec>>(shape: Shape): ObjectSpec<Shape> {
  return make({ type: 'object', shape }) as unknown as ObjectSpec<Shape>;
}
/** `spec` documented for docs/feed-schema.json. */
export function documented<S extends Spec>(spec: S, meta: SpecMeta): S {
  return make(spec.def, meta) as unknown as S;
}

export const maxLength = (maximum: number): SpecCheck => ({ _zod: { def: { check: 'max_length', maximum } } });
export const minLength = (minimum: number, message?: string): SpecCheck => ({
  _zod: { def: { check: 'min_length', minimum } },
  ...(message === undefined ? {} : { message }),
});
export const overwrite = (tx: (value: never) => unknown): SpecCheck => ({ _zod: { def: { check: 'overwrite', tx } } });

const built = new WeakMap<Spec, z.ZodMiniType>();

/** The zod schema of `spec`, built on first use (each spec once, so a shared rule stays one shared schema). */
export function toZod<S extends Spec>(spec: S): ZodOf<S> {
  let schema = built.get(spec);
  if (schema === undefined) {
    schema = buildZod(spec.def);
    if (spec.meta !== undefined) z.globalRegistry.add(schema, { ...spec.meta });
    built.set(spec, schema);
  }
  return schema as ZodOf<S>;
}

function buildZod(def: SpecDef): z.ZodMiniType {
  const base = buildType(def);
  const checks = def.checks ?? [];
  return checks.length === 0 ? base : base.check(...checks.map(toZodCheck));
}

function buildType(def: SpecDef): z.ZodMiniType {
  switch (def.type) {
    case 'string':
      return z.string();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(def.values as [string, ...string[]]);
    case 'literal':
      return z.literal(def.values![0]!);
    case 'array':
      return z.array(toZod(def.element!));
    case 'optional':
      return z.optional(toZod(def.innerType!));
    case 'object':
      return z.object(Object.fromEntries(Object.entries(def.shape!).map(([key, spec]) => [key, toZod(spec)])));
  }
}

function toZodCheck(spec: SpecCheck): z.core.$ZodCheck<unknown> {
  const def = spec._zod.def;
  if (spec.cleaning !== undefined) {
    const { clean, isValid, message } = spec.cleaning;
    const check = z.check<unknown>((payload) => {
      const value = clean(payload.value);
      payload.value = value;
      if (!isValid(value)) payload.issues.push({ code: 'custom', message, input: value, inst: check, continue: false });
    });
    return check;
  }
  switch (def.check) {
    case 'overwrite':
      return z.overwrite(def.tx! as (value: unknown) => unknown);
    case 'max_length':
      return z.maxLength(def.maximum!);
    case 'min_length':
      return spec.message === undefined ? z.minLength(def.minimum!) : z.minLength(def.minimum!, spec.message);
    default:
      throw new Error(`no zod check for ${def.check}`);
  }
}
