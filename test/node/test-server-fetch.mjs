/**
 * In Chromium, tests fetch repository files by path (`fetch('/test/fixtures/...')`) from the
 * web-test-runner server, which serves the repository root. Node has no page origin, so here a
 * root-relative path reads the same file from disk. Every other request goes to the real fetch.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// This file is bundled into each test (so import.meta.url is the bundle's); run-sdk-tests.mjs runs them from the repository root.
const ROOT = join(process.cwd(), '/');
const networkFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  if (typeof input === 'string' && input.startsWith('/') && !input.startsWith('//')) {
    const path = new URL(input, 'file:///').pathname.slice(1);
    try {
      return new Response(await readFile(ROOT + decodeURIComponent(path)), { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  }
  return networkFetch(input, init);
};
