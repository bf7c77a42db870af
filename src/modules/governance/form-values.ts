/** The named text fields of a form body; anything missing or not text reads as empty. */
export const formValues =
  <Keys extends string>(keys: readonly Keys[]) =>
  (body: unknown): Record<Keys, string> => {
    const source = bodyOf(body);
    const read = (key: Keys) => (typeof source[key] === 'string' ? (source[key] as string).slice(0, 2000) : '');
    return Object.fromEntries(keys.map((key) => [key, read(key)])) as Record<Keys, string>;
  };

/** The values of a field that may repeat (checkboxes): one text, a list of texts, or nothing. */
export function formList(body: unknown, key: string): string[] {
  const value = bodyOf(body)[key];
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((item): item is string => typeof item === 'string' && item !== '')
    .map((item) => item.slice(0, 200));
}

const bodyOf = (body: unknown) => (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
