/** A query or form body as plain strings: the first of repeated values, anything else dropped (odd input is no crash). */
export function singleValues(input: unknown, keep: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  if (!input || typeof input !== 'object') return values;
  for (const [key, value] of Object.entries(input)) {
    if (keep.includes(key)) continue;
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') values[key] = first;
  }
  return values;
}

/** Repeated values of one field (checkboxes), strings only. */
export function manyValues(input: unknown, key: string): string[] {
  const value = input && typeof input === 'object' ? (input as Record<string, unknown>)[key] : undefined;
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string');
}
