import { defineConfig } from 'vite';

// `npm start` serves the demo page on the embedded sample feed.
export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: true },
  preview: { port: 4173 },
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
