/** Small statistics helpers for timing samples. */

/** The p-th percentile (0-100) by nearest rank on a copy of the samples; NaN when empty. */
export function percentile(samples, p) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median (50th percentile, nearest rank). */
export const median = (samples) => percentile(samples, 50);

/** Arithmetic mean; NaN when empty. */
export const mean = (values) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN);

/** Rounds to `digits` decimals, keeping null/NaN as null (JSON has no NaN). */
export function round(value, digits = 3) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
