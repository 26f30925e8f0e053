import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demoDir = fileURLToPath(new URL('./demo/', import.meta.url));
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
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(demoPages.map((page) => [page, `${demoDir}${page}.html`])),
    },
  },
});
