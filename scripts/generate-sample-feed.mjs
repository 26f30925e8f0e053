#!/usr/bin/env node
/**
 * Writes the fictional sample feed used by the demo and tests: `npm run sample`.
 *
 *   node scripts/generate-sample-feed.mjs                 write demo/data/sample-feed.json
 *   node scripts/generate-sample-feed.mjs --check         exit 1 if that file is not what the generator makes
 *   node scripts/generate-sample-feed.mjs --total 10000 --out bench/tmp/feed-10k.json
 *   options: --seed <text> (default mpf-sample-1), --out - (stdout)
 *
 * The generation itself lives in scripts/sample/generate.mjs (importable by benchmarks).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateFeed, serialiseFeed } from './sample/generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const defaultOut = resolve(root, 'demo/data/sample-feed.json');

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    seed: { type: 'string' },
    total: { type: 'string' },
    out: { type: 'string' },
  },
});

const total = values.total === undefined ? undefined : Number(values.total);
if (total !== undefined && !(Number.isInteger(total) && total >= 0)) {
  console.error(`--total must be a whole number, got "${values.total}"`);
  process.exit(2);
}
if (total !== undefined && values.out === undefined && !values.check) {
  console.error('--total needs --out: the demo sample keeps its default size.');
  process.exit(2);
}

const feed = generateFeed({ ...(values.seed ? { seed: values.seed } : {}), total });
const text = serialiseFeed(feed);
const out = values.out === undefined ? defaultOut : resolve(values.out);
const shown = relative(process.cwd(), out) || out;

if (values.check) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    console.error(`${shown} is missing: run npm run sample`);
    process.exit(1);
  }
  if (current !== text) {
    console.error(`${shown} differs from what the generator makes: run npm run sample and commit the result`);
    process.exit(1);
  }
  console.log(`${shown} is up to date (${feed.providers.length} providers)`);
} else if (values.out === '-') {
  process.stdout.write(text);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${shown}: ${feed.providers.length} fictional providers, ${(text.length / 1024).toFixed(0)} KiB`);
}
