/**
 * Loads the finder's engine (engine.ts) once per page, on demand. In the CDN build the same
 * chunk also defines the result views (see cdn/engine-and-views.ts), so they are there when the
 * engine is.
 */

/** The engine module: SDK functions for feed data (see engine.ts). */
export type Engine = typeof import('./engine.ts');

let loading: Promise<Engine> | undefined;

/**
 * The engine, loading it the first time. The same promise is shared by every element; a failed
 * load (offline, blocked) is forgotten, so Try again asks for it again.
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
