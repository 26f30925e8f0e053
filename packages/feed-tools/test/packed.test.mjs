/**
 * What `npm install @micro-provider-finder/feed-tools` gives: the CLI packed with `npm pack`, next to
 * the SDK's own tarball (its dist/; `npm run build -w @micro-provider-finder/sdk` first, as
 * `npm run test:feed-tools` does), installed into a new project outside the workspace. `mpf` there
 * runs on the SDK package it depends on: no copy of the SDK is in the CLI's tarball.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ORUK_LIST = join(ROOT, 'test/fixtures/oruk/oruk-3.0_service_list.json.txt');
let project = '';
const packed = new Map();

async function sh(command, args, options = {}) {
  try {
    return await run(command, args, { maxBuffer: 32 * 1024 * 1024, ...options });
  } catch (error) {
    if (options.allowFailure) return { code: error.code, stdout: error.stdout, stderr: error.stderr };
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`, { cause: error });
  }
}

before(async () => {
  assert.ok(
    existsSync(join(ROOT, 'packages/sdk/dist/index.js')),
    'packages/sdk/dist is missing: run `npm run test:feed-tools` (it builds the SDK)',
  );
  project = await mkdtemp(join(tmpdir(), 'mpf-feed-tools-packed-'));
  const tarballs = join(project, 'tarballs');
  await mkdir(tarballs);
  for (const dir of ['packages/sdk', 'packages/feed-tools']) {
    const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', tarballs], { cwd: join(ROOT, dir) });
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    packed.set(info.name, info);
  }
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'council-data-team', private: true, type: 'module' }, null, 2));
  const files = [...packed.values()].map((info) => `./tarballs/${info.filename}`);
  await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...files], { cwd: project });
});

after(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

test('the CLI tarball holds the CLI only and depends on the SDK package by a version range', async () => {
  const info = packed.get('@micro-provider-finder/feed-tools');
  const paths = info.files.map((file) => file.path);
  assert.ok(paths.includes('bin/mpf.mjs'));
  assert.ok(!paths.some((path) => path.startsWith('dist/') || path.includes('build-sdk')), `no SDK copy in ${paths.join(', ')}`);
  // lib/sdk.mjs only imports the SDK package (a bundled SDK is hundreds of kB).
  assert.ok(info.files.find((file) => file.path === 'lib/sdk.mjs').size < 2048);
  const manifest = JSON.parse(await readFile(join(project, 'node_modules/@micro-provider-finder/feed-tools/package.json'), 'utf8'));
  const sdkVersion = packed.get('@micro-provider-finder/sdk').version;
  assert.match(manifest.dependencies['@micro-provider-finder/sdk'], /^\^\d+\.\d+\.\d+$/);
  assert.equal(manifest.dependencies['@micro-provider-finder/sdk'], `^${sdkVersion}`);
});

test('installed, `mpf convert` turns an ORUK 3.0 list into a feed that `mpf validate` accepts', async () => {
  const mpf = join(project, 'node_modules/.bin/mpf');
  const out = join(project, 'feed.json');
  const converted = await sh(mpf, ['convert', ORUK_LIST, '--to', 'feed', '--out', out, '--publisher', 'Example Council (fictional)'], {
    cwd: project,
    allowFailure: true,
  });
  assert.ok(converted.code === undefined || converted.code === 0 || converted.code === 1, converted.stderr);
  assert.match(converted.stderr, /\d+ providers written/);
  const feed = JSON.parse(await readFile(out, 'utf8'));
  assert.equal(feed.format, 'micro-provider-feed/1');
  assert.ok(feed.providers.length > 0);
  const validated = await sh(mpf, ['validate', out], { cwd: project });
  assert.match(validated.stderr, new RegExp(`${feed.providers.length} providers valid, 0 problems`));
});
