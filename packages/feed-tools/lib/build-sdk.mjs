#!/usr/bin/env node
/**
 * The SDK is TypeScript source; Node 20 cannot import it. This bundles it (esbuild) into
 * one ES module: written to dist/sdk.mjs by `npm run build`, or made in memory on first
 * use when there is no dist (inside this repository, where esbuild is installed).
 */
import { writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('../../sdk/src/index.ts', import.meta.url));
const DIST = new URL('../dist/sdk.mjs', import.meta.url);

export async function bundleSdk() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const code = await bundleSdk();
  await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
  await writeFile(DIST, code);
  console.log(`wrote ${fileURLToPath(DIST)} (${(code.length / 1024).toFixed(0)} kB)`);
}
