/** Labels for vocabulary values (support types, who for): the table's, else the value in words. */

/** Human label for a vocabulary value: the table's label, else the value humanised ("pet-care" -> "Pet care"). */
export function labelFor(table: Record<string, string>, value: string): string {
  return Object.hasOwn(table, value) ? table[value]! : humanise(value);
}

export function humanise(value: string): string {
  const words = value.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
