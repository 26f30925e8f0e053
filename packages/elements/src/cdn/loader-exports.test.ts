/**
 * The ES module CDN entry (cdn/loader.ts) re-exports, once the core is in, what the core
 * (cdn/index.ts, the old entry, still the IIFE's) exports: the list in loader.ts is written out, so
 * this checks it is in step.
 */
import { expect } from '@open-wc/testing';

describe('CDN loader (cdn/loader.ts)', () => {
  it('exports every export of cdn/index.ts, the same values, and nothing else', async () => {
    const [loader, core] = await Promise.all([import('./loader.ts'), import('./index.ts')]);
    expect(Object.keys(loader).sort()).to.deep.equal(Object.keys(core).sort());
    for (const [name, value] of Object.entries(core)) {
      expect((loader as Record<string, unknown>)[name], name).to.equal(value);
    }
  });
});
