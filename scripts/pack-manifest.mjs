/**
 * `prepack` / `postpack` of each published package (run by `npm pack` and `npm publish` in the
 * package folder).
 *
 * In the workspace, package.json `exports` carry a `development` condition pointing at src/*.ts, so
 * the tests (web-test-runner's exportConditions) and the Vite demo run the TypeScript source. The
 * tarball ships dist/ only, and Vite and webpack turn the `development` condition on in their dev
 * servers: left in, it would send every npm user's dev server to files that are not in the package.
 * `strip` saves package.json beside itself and writes the published form (no `development`
 * condition, no src/ paths in `sideEffects`); `restore` puts the saved file back.
 *
 *   node ../../scripts/pack-manifest.mjs strip|restore
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const MANIFEST = 'package.json';
const SAVED = 'package.json.workspace';

/** The package.json that npm users get, from the workspace one. */
export function publishedManifest(manifest) {
  const out = structuredClone(manifest);
  const strip = (value) => {
    if (!value || typeof value !== 'object') return value;
    const { development: _dev, ...rest } = value;
    return Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, strip(inner)]));
  };
  if (out.exports) out.exports = strip(out.exports);
  if (Array.isArray(out.sideEffects)) out.sideEffects = out.sideEffects.filter((file) => !file.startsWith('./src/'));
  delete out.scripts?.prepack;
  delete out.scripts?.postpack;
  return out;
}

const mode = process.argv[2];
if (mode === 'strip') {
  if (existsSync(SAVED))
    throw new Error(`${SAVED} exists: a previous pack did not finish. Check it, move it back to ${MANIFEST}, then retry.`);
  const text = readFileSync(MANIFEST, 'utf8');
  writeFileSync(SAVED, text);
  writeFileSync(MANIFEST, `${JSON.stringify(publishedManifest(JSON.parse(text)), null, 2)}\n`);
} else if (mode === 'restore') {
  if (existsSync(SAVED)) renameSync(SAVED, MANIFEST);
} else if (mode !== undefined) {
  throw new Error(`usage: node scripts/pack-manifest.mjs strip|restore (got ${mode})`);
}
