// Every test runs in real headless Chromium (Debian's /usr/bin/chromium): nothing downloads a browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const require = createRequire(import.meta.url);
const mswWorkerPath = require.resolve('msw/mockServiceWorker.js');

/** Serves msw's worker script at the site root, so its default scope '/' covers the test pages. */
const mswWorkerPlugin = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return { body: readFileSync(mswWorkerPath, 'utf8'), type: 'js' };
    }
  },
};

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * Serves a repository file untransformed at `/__raw__?file=<path>` (the esbuild plugin turns
 * .ts and .json into modules), so tests can compare docs with the files they quote.
 */
const rawFilePlugin = {
  name: 'raw-file',
  serve(context) {
    if (context.path !== '/__raw__') return undefined;
    const file = resolve(repoRoot, String(context.query.file ?? ''));
    if (!file.startsWith(repoRoot) || file.includes('node_modules')) return { body: 'not found', type: 'text', status: 404 };
    return { body: readFileSync(file, 'utf8'), type: 'text' };
  },
};

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && (args[0].includes('Lit is in dev mode') || args[0].includes('[MSW]'))),
  plugins: [
    mswWorkerPlugin,
    rawFilePlugin,
    esbuildPlugin({
      ts: true,
      json: true,
      target: 'es2022',
      // esbuild only sees experimentalDecorators/useDefineForClassFields if given the tsconfig
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  ],
};
