/** Reading what a browser sent: dates and numbers as Danes write them, text and lists from form fields. */

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Accepts 2026-12-24 (what a date input sends) and 24-12-2026, 24.12.2026, 24/12/2026 (typed by hand); undefined when no such day exists. */
export function parseDate(input: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const danish = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(input);
  const parts = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : undefined;
  if (!parts) return undefined;
  const [year, month, day] = parts;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : text;
}

/** Accepts 12500, 12 500, 12.500,50 and 12500.50. */
export function parseNumber(input: string): number | undefined {
  let text = input.replace(/\s/g, '');
  if (text.includes(',')) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

export function asText(raw: unknown): string {
  if (Array.isArray(raw)) return asText(raw[0]);
  return typeof raw === 'string' ? raw.trim() : '';
}

export function asList(raw: unknown): string[] {
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return items.filter((item): item is string => typeof item === 'string' && item !== '');
}
