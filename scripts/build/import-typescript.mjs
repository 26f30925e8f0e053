/**
 * Imports repo TypeScript from a plain Node 20 script: esbuild bundles it into memory and the
 * module is imported through a data: URL (no TypeScript runner, nothing written to disk).
 */
import * as esbuild from 'esbuild';

/**
 * @param {import('esbuild').BuildOptions} source where to start: `entryPoints`, or `stdin` with its `resolveDir`
 * @returns {Promise<Record<string, any>>} the bundle's exports
 */
export async function importTypeScript(source) {
  const bundle = await esbuild.build({
    ...source,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}
