/**
 * Merge fields in bulk letters: `{{name}}` in the subject or body is replaced by the recipient's value
 * of that column. Names are letters, digits, `_` and `-`, case-insensitive. A field the recipient has no
 * value for is reported, so staff see it before anything is sent.
 */
const fieldPattern = /\{\{\s*([A-Za-z0-9_\-æøåÆØÅ]+)\s*\}\}/g;

export function mergeFieldNames(template: string): string[] {
  return [...new Set([...template.matchAll(fieldPattern)].map((match) => match[1].toLowerCase()))];
}

export function fillMergeFields(template: string, values: Record<string, string>): string {
  const lower = Object.fromEntries(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value]));
  return template.replace(fieldPattern, (whole, name: string) => lower[name.toLowerCase()] ?? whole);
}

/** Fields the template uses that the given columns do not provide. */
export function missingMergeFields(template: string, columns: string[]): string[] {
  const provided = new Set(columns.map((column) => column.toLowerCase()));
  return mergeFieldNames(template).filter((name) => !provided.has(name));
}
