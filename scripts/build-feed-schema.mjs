#!/usr/bin/env node
// Regenerates docs/feed-schema.json from the zod schema in packages/sdk/src/feed/schema.ts.
// Runs under plain Node 20: esbuild bundles the TypeScript into memory, and we import the
// bundle through a data: URL (no temp files). Usage: node scripts/build-feed-schema.mjs [--check]
import { writeOrCheckGenerated } from './build/write-generated.mjs';
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './build/import-typescript.mjs';

const root = new URL('../', import.meta.url);
const entry = fileURLToPath(new URL('packages/sdk/src/feed/json-schema.ts', root));
const outFile = new URL('docs/feed-schema.json', root);

const { buildFeedJsonSchema } = await importTypeScript({ entryPoints: [entry] });
const text = `${JSON.stringify(buildFeedJsonSchema(), null, 2)}\n`;

await writeOrCheckGenerated(outFile, text, { shown: 'docs/feed-schema.json', regenerate: 'node scripts/build-feed-schema.mjs' });
