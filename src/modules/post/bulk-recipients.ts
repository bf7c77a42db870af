import { parse } from 'csv-parse/sync';
import { checkRecipientNumber, type FieldProblem } from './post-input.ts';
import { missingMergeFields } from './merge-fields.ts';

export const BULK_MAX_RECIPIENTS = 10_000;
const MAX_REPORTED_ROWS = 10;

export interface BulkRecipient {
  /** 'cpr:<number>' or 'cvr:<number>' */
  recipient: string;
  fields: Record<string, string>;
}

/**
 * Reads a CSV of recipients: a header row, a `cpr` or `cvr` column (or both, one filled per row) and
 * other columns as merge fields. Each number is checked; a number listed twice is kept once. Problems
 * are collected (the first rows that fail) so staff fix the file before anything is sent.
 */
export function recipientsFromCsv(
  csv: string,
  templates: string[],
  problems: FieldProblem[],
  field = 'csv',
): BulkRecipient[] {
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      delimiter: [',', ';'],
      relax_column_count: false,
    }) as Array<Record<string, string>>;
  } catch (error) {
    problems.push({ field, key: 'post.bulk.csvInvalid', values: { reason: (error as Error).message.slice(0, 200) } });
    return [];
  }
  const columns = rows.length ? Object.keys(rows[0]) : [];
  if (!rows.length) {
    problems.push({ field, key: 'post.bulk.csvEmpty' });
    return [];
  }
  if (!columns.includes('cpr') && !columns.includes('cvr')) {
    problems.push({ field, key: 'post.bulk.csvNoRecipientColumn' });
    return [];
  }
  if (rows.length > BULK_MAX_RECIPIENTS) {
    problems.push({ field, key: 'post.bulk.csvTooMany', values: { max: BULK_MAX_RECIPIENTS } });
    return [];
  }
  for (const template of templates)
    for (const missing of missingMergeFields(template, [...columns, 'name']))
      if (!problems.some((problem) => problem.values?.field === missing))
        problems.push({ field, key: 'post.bulk.mergeFieldMissing', values: { field: missing } });
  const seen = new Map<string, BulkRecipient>();
  let reported = 0;
  rows.forEach((row, index) => {
    const kind = row.cpr ? 'cpr' : 'cvr';
    const rowProblems: FieldProblem[] = [];
    const number = checkRecipientNumber(kind, row[kind] ?? '', rowProblems);
    if (!number) {
      if (reported++ < MAX_REPORTED_ROWS)
        problems.push({
          field,
          key: 'post.bulk.recipientInvalid',
          values: { row: index + 2, problemKey: rowProblems[0].key },
        });
      return;
    }
    const { cpr: _cpr, cvr: _cvr, ...fields } = row;
    const key = `${kind}:${number.number}`;
    if (!seen.has(key)) seen.set(key, { recipient: key, fields });
  });
  return [...seen.values()];
}
