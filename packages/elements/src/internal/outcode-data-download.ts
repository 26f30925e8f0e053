/**
 * Starts downloading the postcode district data by itself, before the engine that parses it has
 * arrived. The npm build has nothing to start: a host's bundler decides how the SDK's data is
 * split, and `loadOutcodeTable()` (through the engine) fetches it. The CDN build swaps in
 * cdn/outcode-data-download.lazy.ts, which asks for the data chunk at once, so it downloads beside
 * the engine chunk instead of after it (the engine's own request then finds it loaded).
 */
export function startOutcodeDataDownload(): void {}
