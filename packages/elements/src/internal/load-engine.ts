/**
 * Loads the finder's engine (engine.ts) once per page, on demand.
 *
 * The CDN build also registers modules to load with it (the result views, which are only ever
 * rendered once there is data: see cdn.ts), so "the engine is ready" means they are defined too.
 */

/** The engine module: SDK functions for feed data (see engine.ts). */
export type Engine = typeof import('./engine.ts');

const companions: (() => Promise<unknown>)[] = [];
let loading: Promise<Engine> | undefined;

/** Loads `load()` along with the engine: {@link loadEngine} settles once both have. */
export function loadWithEngine(load: () => Promise<unknown>): void {
  companions.push(load);
}

/**
 * The engine, loading it the first time. The same promise is shared by every element; a failed
 * load (offline, blocked) is forgotten, so Try again asks for it again.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= Promise.all([import('./engine.ts'), ...companions.map((load) => load())]).then(
    ([engine]) => engine,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
