/**
 * CDN build only (swapped in for internal/outcode-data-download.ts by vite.config.ts): requests
 * the postcode district data chunk now. It is the very module the engine's `loadOutcodeTable()`
 * imports (packages/sdk/src/geo/outcodes.ts), so the bundle has one chunk for it and the engine's
 * later import is the same, already downloading, module: this only moves the request earlier.
 */
export function startOutcodeDataDownload(): void {
  // A failure is reported (and retried) by the search that needs the table.
  import('../../../sdk/src/geo/outcodes-data-packed.ts').catch(() => undefined);
}
