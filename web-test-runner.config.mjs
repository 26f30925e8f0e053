// Every test runs in real headless Chromium (Debian's /usr/bin/chromium): nothing downloads a browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

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

export default {
  files: ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  filterBrowserLogs: ({ args }) =>
    !(typeof args[0] === 'string' && (args[0].includes('Lit is in dev mode') || args[0].includes('[MSW]'))),
  plugins: [
    mswWorkerPlugin,
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
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
