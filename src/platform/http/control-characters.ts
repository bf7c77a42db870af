/**
 * The one rule for control characters in text that comes in (bodies, form fields, query strings, path
 * parameters): C0 control characters are refused, because PostgreSQL cannot store NUL in text or jsonb and
 * none of the others is ever meant. Multi-line text (bodies and form fields) may hold tab, CR and LF; a path or
 * query value may not.
 */
const IN_MULTI_LINE_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const IN_SINGLE_LINE_TEXT = /[\u0000-\u001f]/;

export interface ControlCharacterFinding {
  /** where it is: a dot path of keys (`fields.note`, `0.title`), or the key itself */
  field: string;
}

/**
 * Finds the first string (value or key) in a parsed input that holds a forbidden control character. Buffers (file
 * uploads) are content, not text, and are not looked into.
 */
export function findControlCharacter(
  input: unknown,
  options: { multiLine: boolean },
  path: string[] = [],
): ControlCharacterFinding | undefined {
  const forbidden = options.multiLine ? IN_MULTI_LINE_TEXT : IN_SINGLE_LINE_TEXT;
  if (typeof input === 'string') return forbidden.test(input) ? { field: path.join('.') } : undefined;
  if (input === null || typeof input !== 'object' || Buffer.isBuffer(input) || ArrayBuffer.isView(input))
    return undefined;
  for (const [key, value] of Object.entries(input)) {
    if (forbidden.test(key)) return { field: [...path, key.replace(forbidden, '?')].join('.') };
    const found = findControlCharacter(value, options, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
