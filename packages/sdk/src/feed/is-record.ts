/** True for a JSON object: an object that is neither null nor a list (what a feed's records and groups must be). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
