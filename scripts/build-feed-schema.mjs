#!/usr/bin/env node
// Regenerates docs/feed-schema.json from the zod schema in packages/sdk/src/feed/schema.ts.
// Runs under plain Node 20: esbuild bundles the TypeScript into memory, and we import the
// bundle through a data: URL (no temp files). Usage: node scripts/build-feed-schema.mjs [--check]
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = new URL('../', import.meta.url);
const entry = fileURLToPath(new URL('packages/sdk/src/feed/json-schema.ts', root));
const outFile = new URL('docs/feed-schema.json', root);

const bundle = await esbuild.build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { buildFeedJsonSchema } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const text = `${JSON.stringify(buildFeedJsonSchema(), null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(outFile, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('docs/feed-schema.json is out of date: run node scripts/build-feed-schema.mjs');
    process.exit(1);
  }
  console.log('docs/feed-schema.json is current');
} else {
  await writeFile(outFile, text);
  console.log(`wrote ${fileURLToPath(outFile)}`);
}
