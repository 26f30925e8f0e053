/**
 * What an npm user gets: packs both packages with `npm pack` (after `npm run build`), installs the
 * tarballs into a new project outside the workspace, and uses them the way the README says.
 *
 * - the SDK in plain Node 20, no TypeScript loader: the README's SDK example, against a feed served
 *   here over HTTP;
 * - `tsc` on a small consumer, against the shipped .d.ts only (DOM and DOM-free);
 * - a Vite app that imports `@micro-provider-finder/elements/define`, built and opened in Chromium,
 *   where a resident searches by postcode and sees providers.
 *
 * Run by `npm test` as `node --test test/packaging/*.test.mjs`. The install is `--prefer-offline`: the
 * dependencies (lit, zod, postcode) come from the npm cache that installing the workspace filled.
 * Vite and tsc are the workspace's own (nothing else is installed into the temporary project).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { promisify } from 'node:util';
import { launchChromium, openPage, ROOT, SAMPLE_FEED, searchByPostcode, serve } from './browser.mjs';

const run = promisify(execFile);
const PACKAGES = ['packages/sdk', 'packages/elements'];

/** Files `npm pack` reports, by package name: { filename, size (tarball bytes), unpackedSize, files }. */
const packed = new Map();
let project = '';
/** The app and feed server: { origin, requests, close }. */
let server;
let feedOrigin = '';
let requests = [];

/** Runs a command (no shell), failing the test with its output when it fails. */
async function sh(command, args, options = {}) {
  try {
    return await run(command, args, { maxBuffer: 32 * 1024 * 1024, ...options });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`, { cause: error });
  }
}

/** The fenced code block between `<!-- name:start -->` and `<!-- name:end -->` in README.md. */
async function readmeSnippet(name) {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const block = readme.slice(readme.indexOf(`<!-- ${name}:start -->`), readme.indexOf(`<!-- ${name}:end -->`));
  assert.ok(block.includes('```'), `README has a ${name} block`);
  return block.slice(block.indexOf('\n', block.indexOf('```')) + 1, block.lastIndexOf('```'));
}

before(async () => {
  for (const dir of PACKAGES) {
    assert.ok(existsSync(join(ROOT, dir, 'dist/index.js')), `${dir}/dist is missing: run \`npm run build\` first (npm test does)`);
  }
  project = await mkdtemp(join(tmpdir(), 'mpf-packaging-'));
  const tarballs = join(project, 'tarballs');
  await mkdir(tarballs);
  for (const dir of PACKAGES) {
    const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', tarballs], { cwd: join(ROOT, dir) });
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    packed.set(info.name, info);
  }
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  const files = [...packed.values()].map((info) => `./tarballs/${info.filename}`);
  await sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...files], { cwd: project });
  server = await serve(() => join(project, 'app/dist'));
  feedOrigin = server.origin;
  requests = server.requests;
});

after(async () => {
  server?.close();
  if (project && !process.env.KEEP_PACKAGING_PROJECT) await rm(project, { recursive: true, force: true });
  for (const info of packed.values()) {
    console.log(
      `# packed ${info.filename}: ${(info.size / 1024).toFixed(1)} kB tarball, ${(info.unpackedSize / 1024).toFixed(1)} kB unpacked, ${info.files.length} files`,
    );
  }
});

describe('npm tarballs', () => {
  it('ship dist/ only, with a package.json that names no source file', async () => {
    for (const [name, info] of packed) {
      const paths = info.files.map((file) => file.path);
      assert.ok(!paths.some((path) => path.startsWith('src/')), `${name} ships src/`);
      assert.ok(!paths.some((path) => /\.test\.(js|d\.ts)$/.test(path)), `${name} ships compiled tests`);
      assert.ok(!paths.includes('package.json.workspace'), `${name} ships the saved workspace manifest`);
      const manifest = JSON.parse(await readFile(join(project, 'node_modules', name, 'package.json'), 'utf8'));
      assert.ok(!JSON.stringify(manifest.exports).includes('development'), `${name}: the development condition is stripped`);
      assert.ok(!JSON.stringify(manifest).includes('./src/'), `${name}: no src/ path is published`);
      // Every file an export points at is in the tarball.
      const targets = [];
      const collect = (value) => (typeof value === 'string' ? targets.push(value.slice(2)) : Object.values(value).forEach(collect));
      collect(manifest.exports);
      for (const target of targets) assert.ok(paths.includes(target), `${name}: export target ${target} is in the tarball`);
    }
    // The workspace manifests are back as they were (postpack).
    for (const dir of PACKAGES) {
      assert.ok(!existsSync(join(ROOT, dir, 'package.json.workspace')), `${dir}: postpack restored package.json`);
      const manifest = JSON.parse(await readFile(join(ROOT, dir, 'package.json'), 'utf8'));
      assert.ok(JSON.stringify(manifest.exports).includes('"development"'), `${dir}: workspace keeps the development condition`);
    }
  });

  it('list as sideEffects exactly the elements files that register a tag', async () => {
    const dir = join(project, 'node_modules/@micro-provider-finder/elements');
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    const registering = [];
    const walk = async (sub) => {
      for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
        const path = `${sub}/${entry.name}`;
        if (entry.isDirectory()) {
          if (path !== 'dist/cdn') await walk(path);
        } else if (path.endsWith('.js')) {
          const code = await readFile(join(dir, path), 'utf8');
          // A tag is registered by a module-level defineElement('tag', ...) call, or by importing one that does.
          if (/^defineElement\(/m.test(code) || (path === 'dist/define.js' && /^import /m.test(code))) registering.push(`./${path}`);
        }
      }
    };
    await walk('dist');
    const listed = manifest.sideEffects.filter((file) => !file.includes('*'));
    assert.deepEqual([...listed].sort(), registering.sort());
  });

  it('SDK: the README example runs in plain Node against a feed over HTTP', async () => {
    const example = (await readmeSnippet('sdk-example')).replace('https://example.org/care-providers.json', `${feedOrigin}/feed.json`);
    assert.ok(example.includes(`${feedOrigin}/feed.json`), 'the example loads a feed URL');
    await writeFile(join(project, 'sdk-example.mjs'), example);
    const before = requests.length;
    const { stdout } = await sh(process.execPath, ['sdk-example.mjs'], { cwd: project });
    assert.deepEqual(requests.slice(before), ['/feed.json'], 'the example fetched the feed once');
    const lines = stdout.trim().split('\n');
    const total = Number.parseInt(lines[0], 10);
    assert.match(lines[0], /^\d+ providers$/);
    assert.ok(total > 0, stdout);
    const names = new Set(JSON.parse(await readFile(SAMPLE_FEED, 'utf8')).providers.map((p) => p.name));
    assert.equal(lines.length, 1 + Math.min(total, 10));
    for (const line of lines.slice(1)) {
      const match = /^(.*) (covers your area|about \d+(\.\d+)? miles)$/.exec(line);
      assert.ok(match && names.has(match[1]), `a provider from the feed: ${line}`);
    }
  });

  it('types: a consumer type-checks against the shipped .d.ts (browser app and DOM-free Node)', async () => {
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    await writeFile(
      join(project, 'browser.ts'),
      `import { createFinder, parseFeed, isFeedError, type Provider, type SearchResponse } from '@micro-provider-finder/sdk';
import { MicroProviderFinder, setStrings } from '@micro-provider-finder/elements';
import '@micro-provider-finder/elements/define';

const providers: Provider[] = parseFeed({ format: 'micro-provider-feed/1', providers: [] }).providers;
const response: SearchResponse = createFinder(providers).search({ text: 'cleaning' });
const finder = document.createElement('micro-provider-finder');
const typed: MicroProviderFinder = finder;
typed.src = '/feed.json';
// @ts-expect-error src is a string
typed.src = 5;
setStrings('en-GB', { searchButton: 'Find' });
export const ok = response.total >= 0 && !isFeedError(null);
`,
    );
    await writeFile(
      join(project, 'node.ts'),
      `import { loadFeed, createFinder, resolvePostcode } from '@micro-provider-finder/sdk';
const feed = await loadFeed('http://127.0.0.1/feed.json', { timeoutMs: 1000 });
const origin = await resolvePostcode('TA1 1AA');
if (!feed.notModified) createFinder(feed.providers).search({ text: 'visiting', origin: origin.ok ? origin.value : undefined });
`,
    );
    const base = { strict: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false };
    await writeFile(
      join(project, 'tsconfig.browser.json'),
      JSON.stringify({ compilerOptions: { ...base, lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] }, files: ['browser.ts'] }),
    );
    // Node: no DOM lib, Node's globals only (fetch, URL, AbortSignal come from @types/node).
    await writeFile(
      join(project, 'tsconfig.node.json'),
      JSON.stringify({
        compilerOptions: { ...base, lib: ['ES2022'], types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')] },
        files: ['node.ts'],
      }),
    );
    await sh(process.execPath, [tsc, '-p', 'tsconfig.browser.json'], { cwd: project });
    await sh(process.execPath, [tsc, '-p', 'tsconfig.node.json'], { cwd: project });
    // The check can fail: a wrong type is reported.
    await writeFile(
      join(project, 'wrong.ts'),
      `import { createFinder } from '@micro-provider-finder/sdk';\ncreateFinder('not providers');\n`,
    );
    await writeFile(
      join(project, 'tsconfig.wrong.json'),
      JSON.stringify({ compilerOptions: { ...base, lib: ['ES2022'], types: [] }, files: ['wrong.ts'] }),
    );
    await assert.rejects(sh(process.execPath, [tsc, '-p', 'tsconfig.wrong.json'], { cwd: project }), /TS2345/);
  });

  it('elements: a Vite app importing /define renders the finder in Chromium, and a postcode search lists providers', async () => {
    const app = join(project, 'app');
    await mkdir(app);
    await writeFile(
      join(app, 'index.html'),
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Consumer</title><link rel="icon" href="data:,"></head>
<body><main><micro-provider-finder src="/feed.json"></micro-provider-finder></main>
<script type="module" src="./main.js"></script></body></html>`,
    );
    await writeFile(join(app, 'main.js'), `import '@micro-provider-finder/elements/define';\n`);
    const { build } = await import('vite');
    await build({ root: app, logLevel: 'warn', configFile: false, build: { outDir: 'dist', emptyOutDir: true } });
    const assets = await readdir(join(app, 'dist/assets'));
    assert.ok(
      assets.some((file) => file.endsWith('.js')),
      'Vite wrote the app bundle',
    );

    const browser = await launchChromium();
    try {
      const { page, errors } = await openPage(browser, `${feedOrigin}/`);
      await searchByPostcode(page, 'TA1 1AA', errors);
      const names = JSON.parse(await readFile(SAMPLE_FEED, 'utf8')).providers.map((p) => p.name);
      const shown = await page.evaluate((candidates) => {
        const text = [];
        const walk = (node) => {
          if (node.nodeType === 3) text.push(node.textContent);
          if (node.shadowRoot) walk(node.shadowRoot);
          node.childNodes.forEach(walk);
        };
        walk(document.body);
        const all = text.join(' ');
        return candidates.filter((name) => all.includes(name)).length;
      }, names);
      assert.ok(shown > 0, 'provider names from the feed are shown');
      assert.deepEqual(errors, [], 'no errors in the page');
      assert.ok(requests.includes('/feed.json'), 'the element fetched the feed named in src');
    } finally {
      await browser.close();
    }
  });
});
