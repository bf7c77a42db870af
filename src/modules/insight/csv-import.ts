import { parse } from 'csv-parse/sync';
import { isDay } from '#platform/time/danish-day.ts';
import { dimensionKey } from './fact-computation.ts';
import type { KeyFigure } from './key-figure.ts';
import type { Observation } from './observation.service.ts';

/** Which column is what, and how the file writes its numbers. */
export interface ImportMapping {
  day: string;
  value: string;
  /** a column holding the values of the figure's dimension (its first), or none for the municipality */
  dimension?: string;
  /** `point`: 1234.5; `comma`: the Danish 1.234,5 */
  decimal: 'point' | 'comma';
}

export interface ImportProblem {
  line: number;
  key: string;
  values?: Record<string, string>;
}

/** Pure: a CSV's header and rows; `;` separates when the header line has one (Danish spreadsheets), else `,`. */
export function readCsv(content: string): { header: string[]; rows: string[][] } {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const rows: string[][] = parse(content, {
    delimiter: firstLine.includes(';') ? ';' : ',',
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  });
  return { header: rows[0] ?? [], rows: rows.slice(1) };
}

const numberFormats = {
  point: /^-?\d+(\.\d+)?$/,
  comma: /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/,
};

/** Pure: a number as the declared format writes it, or undefined (text, or the other format). */
export function numberIn(text: string, decimal: ImportMapping['decimal']): number | undefined {
  if (!numberFormats[decimal].test(text)) return undefined;
  return Number(decimal === 'comma' ? text.replaceAll('.', '').replace(',', '.') : text);
}

/**
 * Pure: the observations of a mapped CSV, or the problems of its rows, each naming its line in the file (the header
 * is line 1): a day that is no date or is in the future, a value that is no number in the declared format, a day
 * and cell given twice.
 */
export function mapRows(
  figure: KeyFigure,
  csv: { header: string[]; rows: string[][] },
  mapping: ImportMapping,
  today: string,
): { observations: Observation[]; problems: ImportProblem[] } {
  const column = (name: string | undefined) => (name ? csv.header.indexOf(name) : -1);
  const [dayAt, valueAt, dimensionAt] = [column(mapping.day), column(mapping.value), column(mapping.dimension)];
  const observations: Observation[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  csv.rows.forEach((row, index) => {
    const line = index + 2;
    const day = row[dayAt] ?? '';
    const value = numberIn(row[valueAt] ?? '', mapping.decimal);
    const dimensions: Record<string, string> =
      dimensionAt >= 0 && row[dimensionAt] ? { [figure.dimensions[0]]: row[dimensionAt] } : {};
    if (!isDay(day)) problems.push({ line, key: 'insight.import.day', values: { text: day } });
    else if (day > today) problems.push({ line, key: 'insight.import.future', values: { text: day } });
    if (value === undefined)
      problems.push({ line, key: `insight.import.number.${mapping.decimal}`, values: { text: row[valueAt] ?? '' } });
    const key = `${day}|${dimensionKey(dimensions)}`;
    if (seen.has(key)) problems.push({ line, key: 'insight.import.duplicate', values: { text: day } });
    seen.add(key);
    if (value !== undefined) observations.push({ day, dimensions, value });
  });
  return { observations, problems };
}
