/**
 * The bench's Open Referral input: parsed providers exported as one ORUK 3.0 service list
 * (packages/feed-tools/lib/export-oruk.mjs), with each description wrapped in HTML paragraphs
 * as councils publish them, so the conversion's HTML-to-text step is exercised.
 * Shared by size-worker.mjs and packages/feed-tools/bench-convert.mjs.
 */
import { toOruk3 } from '../../packages/feed-tools/lib/export-oruk.mjs';

/** @param {{ providers: object[] }} feed a parsed feed (ours) @returns {object} an ORUK 3.0 service list page */
export function orukServiceList(feed) {
  const oruk = toOruk3(feed);
  for (const service of oruk.contents)
    if (service.description) service.description = `<p>${service.description.replace(/&/g, '&amp;').replace(/\n\n/g, '</p><p>')}</p>`;
  return oruk;
}
