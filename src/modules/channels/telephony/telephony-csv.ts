import { parse } from 'csv-parse/sync';
import { isDay } from '#platform/time/danish-day.ts';
import { type TelephonyColumn, mapHeaders } from './telephony-columns.ts';

/** One day and queue of the municipality's telephony statistics. */
export interface TelephonyRow {
  line: number;
  day: string;
  queue: string;
  offered: number;
  answered: number;
  answeredWithin: number;
  thresholdSeconds: number;
  abandoned: number;
  averageWaitSeconds: number;
}

/** A problem of the file (line 1 for its headers) or of one row, by line and column. */
export interface RowProblem {
  line: number;
  field?: TelephonyColumn;
  key: string;
  values?: Record<string, string | number>;
}

export const MAX_ROWS = 5_000;
/** The register counts at most this many contacts in one row (a day's calls in one queue). */
const MAX_COUNT = 10_000;
const counts = ['offered', 'answered', 'answeredWithin', 'thresholdSeconds', 'abandoned'] as const;

/** Semicolons (Danish Excel) or commas, whichever the header line uses. */
const delimiterOf = (text: string) => ((text.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',');

type Cells = { record: string[]; info: { lines: number } };

/** Pure: the file's rows, each checked, and every problem by line. Rows with a problem are not returned. */
export function parseTelephony(
  text: string,
  period: { from: string; to: string },
): { rows: TelephonyRow[]; problems: RowProblem[] } {
  let records: Cells[];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
    }) as unknown as Cells[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { rows: [], problems: [{ line, key: 'channels.imports.unreadable' }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, key: 'channels.imports.empty' }] };
  const { index, unknown, missing } = mapHeaders(header.record);
  if (missing.length || unknown.length) return { rows: [], problems: [headerProblem(missing, unknown)] };
  if (body.length > MAX_ROWS)
    return { rows: [], problems: [{ line: 1, key: 'channels.imports.tooMany', values: { max: MAX_ROWS } }] };
  const problems: RowProblem[] = [];
  const rows: TelephonyRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const cell = (column: TelephonyColumn) => (record[index[column]!] ?? '').trim();
    const rowProblems = checkRow(info.lines, cell, period);
    if (rowProblems.problems.length) {
      problems.push(...rowProblems.problems);
      continue;
    }
    const row = rowProblems.row!;
    const key = `${row.day}|${row.queue.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line: row.line, field: 'queue', key: 'channels.imports.duplicate', values: { first } });
      continue;
    }
    seen.set(key, row.line);
    rows.push(row);
  }
  return { rows, problems };
}

function headerProblem(missing: readonly string[], unknown: readonly string[]): RowProblem {
  return {
    line: 1,
    key: 'channels.imports.headers',
    values: { missing: missing.join(', ') || '–', unknown: unknown.join(', ') || '–' },
  };
}

/** One row's cells as numbers and a day within the period, or its problems. */
function checkRow(
  line: number,
  cell: (column: TelephonyColumn) => string,
  period: { from: string; to: string },
): { row?: TelephonyRow; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const day = cell('day');
  if (!isDay(day)) problems.push({ line, field: 'day', key: 'channels.imports.dayInvalid', values: { value: day } });
  else if (day < period.from || day > period.to)
    problems.push({ line, field: 'day', key: 'channels.imports.dayOutside', values: { value: day } });
  const queue = cell('queue');
  if (!queue || queue.length > 100) problems.push({ line, field: 'queue', key: 'channels.imports.queueMissing' });
  const numbers: Partial<Record<TelephonyColumn, number>> = {};
  for (const column of [...counts, 'averageWaitSeconds'] as const) {
    const value = numberOf(cell(column), column === 'averageWaitSeconds');
    if (value === undefined)
      problems.push({ line, field: column, key: 'channels.imports.notNumber', values: { value: cell(column) } });
    else if (value < 0) problems.push({ line, field: column, key: 'channels.imports.negative', values: { value } });
    else if (value > MAX_COUNT && column !== 'averageWaitSeconds')
      problems.push({ line, field: column, key: 'channels.imports.tooLarge', values: { max: MAX_COUNT } });
    else numbers[column] = value;
  }
  if (problems.length) return { problems };
  const row = { line, day, queue, ...(numbers as Record<(typeof counts)[number] | 'averageWaitSeconds', number>) };
  return { row, problems: consistencyProblems(row) };
}

/** Answered and abandoned calls are among those offered; answered within the threshold among those answered. */
function consistencyProblems(row: TelephonyRow): RowProblem[] {
  if (row.answered + row.abandoned > row.offered)
    return [{ line: row.line, field: 'offered', key: 'channels.imports.moreThanOffered' }];
  if (row.answeredWithin > row.answered)
    return [{ line: row.line, field: 'answeredWithin', key: 'channels.imports.withinMoreThanAnswered' }];
  return [];
}

/** A whole number, or (for the average wait) a decimal with a comma or a point, rounded to whole seconds. */
function numberOf(value: string, decimal: boolean): number | undefined {
  const pattern = decimal ? /^-?\d+([.,]\d+)?$/ : /^-?\d+$/;
  if (!pattern.test(value)) return undefined;
  return Math.round(Number(value.replace(',', '.')));
}
