/**
 * Bundles the TypeScript sources the bench needs into bench/tmp/ with esbuild,
 * so the bench runs on plain Node 20 with no TypeScript runner.
 *
 * The bundle exposes the public SDK plus the geo helpers the peers' post-filter
 * reuses (so "within N miles or covers the area" means exactly the same thing
 * for every engine, and the comparison is about text search only).
 */
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATOR, ROOT, TMP } from './paths.mjs';

/** Path of the bundled SDK module. */
export const SDK_BUNDLE = join(TMP, 'sdk.mjs');

const SDK_ENTRY = `
export * from './packages/sdk/src/index.ts';
// Named explicitly in case the public index does not (yet) re-export them.
export { coversOrigin, providerPoint } from './packages/sdk/src/geo/coverage.ts';
export { distanceMiles } from './packages/sdk/src/geo/distance.ts';
export { loadOutcodeTable } from './packages/sdk/src/geo/outcodes.ts';
export { resolvePostcode } from './packages/sdk/src/geo/resolve.ts';
// For the vocabulary lent to the peers and the brute-force reference (lib/reference.mjs).
export { FUNCTION_WORDS, QUERY_STOP_WORDS, analyse, isQueryStopWord } from './packages/sdk/src/search/normalise.ts';
export { boundedEditDistance, typoAllowance } from './packages/sdk/src/search/text-index.ts';
`;

/** Builds bench/tmp/sdk.mjs from packages/sdk/src. Throws when the SDK does not compile. */
export async function buildSdk() {
  await esbuild.build({
    stdin: { contents: SDK_ENTRY, resolveDir: ROOT, sourcefile: 'bench-sdk-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: true,
    outfile: SDK_BUNDLE,
    logLevel: 'silent',
    // Data files (the outcode table) are bundled as they would be for a browser.
    loader: { '.json': 'json', '.csv': 'text', '.txt': 'text' },
  });
  return SDK_BUNDLE;
}

/** True when the sample-feed generator exists (another engineer writes it). */
export function generatorExists() {
  return existsSync(GENERATOR);
}
