import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demoDir = fileURLToPath(new URL('./demo/', import.meta.url));
const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url));

/**
 * The demo always runs the workspace's TypeScript source, in `vite build` too (where the packages'
 * `development` export condition is off and would otherwise send it to dist/, built or not).
 */
export const workspaceSources = [
  { find: /^@micro-provider-finder\/sdk$/, replacement: src('sdk/src/index.ts') },
  { find: /^@micro-provider-finder\/elements$/, replacement: src('elements/src/index.ts') },
  { find: /^@micro-provider-finder\/elements\/define$/, replacement: src('elements/src/define.ts') },
];
const demoPages = ['index', 'cy', 'govuk', 'nhs', 'csp'];

/**
 * The demo's feed lives at demo/data/ and is fetched at runtime as ./data/sample-feed.json.
 * The dev server already serves it (it is under `root`); this copies demo/data/* into the
 * build output, since nothing imports it.
 */
function demoData(): Plugin {
  const dataDir = `${demoDir}data/`;
  return {
    name: 'mpf-demo-data',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(dataDir)) {
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(dataDir + file) });
      }
    },
  };
}

// `npm start` serves the demo page on the embedded sample feed.
export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: true },
  preview: { port: 4173 },
  plugins: [demoData()],
  resolve: { alias: workspaceSources },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(demoPages.map((page) => [page, `${demoDir}${page}.html`])),
    },
  },
});
