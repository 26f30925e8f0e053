/**
 * `npm run test:sdk-node`: the SDK's own test files (packages/sdk/src/**\/*.test.ts), unchanged, under
 * Node's test runner, proving the SDK runs with no DOM. web-test-runner runs the same files in Chromium.
 *
 * Node 20 cannot strip TypeScript, so esbuild bundles each test file (packages stay external and
 * load from node_modules) into packages/sdk/node_modules/.cache/mpf-node-tests/, with mocha's globals mapped
 * onto node:test (mocha-on-node-test.mjs), @open-wc/testing onto its chai `expect`, and msw/browser
 * onto msw/node. Then `node --test` runs the bundles.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));
// Inside packages/sdk so bare imports resolve as the SDK's own do (its zod 4 is nested there).
const OUT = join(ROOT, 'packages/sdk/node_modules/.cache/mpf-node-tests');

/** Test files that only make sense in a browser, with the reason (they run in Chromium only). */
export const BROWSER_ONLY_FILES = new Map([
  ['packages/sdk/src/feed/load.test.ts', 'fetches same-origin relative feed URLs (/feeds/...), which only a page has'],
]);

const files = readdirSync(join(ROOT, 'packages/sdk/src'), { recursive: true })
  .filter((file) => String(file).endsWith('.test.ts'))
  .map((file) => `packages/sdk/src/${file}`)
  .sort();
for (const [file, reason] of BROWSER_ONLY_FILES) console.log(`# browser only (runs in Chromium): ${file}: ${reason}`);
const entryPoints = files.filter((file) => !BROWSER_ONLY_FILES.has(file)).map((file) => join(ROOT, file));

rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints,
  outdir: OUT,
  outbase: join(ROOT, 'packages/sdk/src'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  inject: [join(HERE, 'mocha-on-node-test.mjs')],
  alias: {
    '@open-wc/testing': join(HERE, 'open-wc-testing.mjs'),
    'msw/browser': join(HERE, 'msw-browser-on-node.mjs'),
    // The shared test helpers and fixtures are TypeScript: bundled, not loaded by Node.
    '@micro-provider-finder/test': join(ROOT, 'test'),
  },
});

const bundles = readdirSync(OUT, { recursive: true })
  .filter((file) => String(file).endsWith('.test.mjs'))
  .map((file) => join(OUT, file));
console.log(`# ${bundles.length} SDK test files under node --test (${relative(ROOT, OUT)})`);
const result = spawnSync(process.execPath, ['--enable-source-maps', '--test', ...bundles], { stdio: 'inherit', cwd: ROOT });
process.exit(result.status ?? 1);
