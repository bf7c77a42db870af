import { parse } from 'csv-parse/sync';
import type { FieldProblem } from '#platform/http/problem.ts';
import { isCode, type Severity, severities } from './governance-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';
import { danishTime } from './sla-compliance.ts';

export interface IncidentInput {
  severity: string;
  startedAt: string;
  respondedAt: string;
  endedAt: string;
}

export interface IncidentValues {
  severity: Severity;
  startedAt: Date;
  respondedAt: Date | null;
  endedAt: Date | null;
}

/** A date-time typed as `2026-11-03T08:15` or `2026-11-03 08:15` (Danish time is meant; the offset is the zone's). */
export function readTime(text: string): Date | null | 'invalid' {
  if (!text.trim()) return null;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(text.trim())) return 'invalid';
  const [day, clock] = text.trim().split(/[T ]/);
  const time = clock.slice(0, 5);
  if (!isDay(day) || Number(time.slice(0, 2)) > 23 || Number(time.slice(3)) > 59) return 'invalid';
  return danishTime(day, time);
}

/** An incident's problems by field, or its values: a known severity, a start, and no answer or end before it. */
export function readIncident(input: IncidentInput): { problems: FieldProblem[]; values?: IncidentValues } {
  const problems: FieldProblem[] = [];
  if (!isCode(severities, input.severity)) problems.push({ field: 'severity', key: 'governance.code.invalid' });
  const [startedAt, respondedAt, endedAt] = [input.startedAt, input.respondedAt, input.endedAt].map(readTime);
  if (!(startedAt instanceof Date)) problems.push({ field: 'startedAt', key: 'governance.time.invalid' });
  if (respondedAt === 'invalid') problems.push({ field: 'respondedAt', key: 'governance.time.invalid' });
  if (endedAt === 'invalid') problems.push({ field: 'endedAt', key: 'governance.time.invalid' });
  for (const [field, at] of [
    ['respondedAt', respondedAt],
    ['endedAt', endedAt],
  ] as const)
    if (startedAt instanceof Date && at instanceof Date && at < startedAt)
      problems.push({ field, key: 'governance.incident.beforeStart' });
  if (problems.length) return { problems };
  return {
    problems,
    values: {
      severity: input.severity as Severity,
      startedAt: startedAt as Date,
      respondedAt: respondedAt as Date | null,
      endedAt: endedAt as Date | null,
    },
  };
}

/** The service desk's column names (Danish or English, any case) for each field; other columns are ignored. */
const headerNames: Record<keyof IncidentInput, readonly string[]> = {
  severity: ['severity', 'alvorlighed', 'prioritet', 'priority'],
  startedAt: ['started', 'start', 'startet', 'opstået'],
  respondedAt: ['responded', 'response', 'besvaret', 'reaktion'],
  endedAt: ['resolved', 'ended', 'end', 'løst', 'slut'],
};
/** Severities as service desks write them. */
const severityNames: Record<string, Severity> = {
  critical: 'critical',
  kritisk: 'critical',
  high: 'high',
  høj: 'high',
  normal: 'normal',
  medium: 'normal',
  low: 'normal',
  lav: 'normal',
};

export const MAX_INCIDENT_ROWS = 5_000;

export interface IncidentRowProblem {
  line: number;
  field?: keyof IncidentInput;
  key: string;
  values?: Record<string, string | number>;
}

/**
 * Pure: a service desk's CSV export (semicolons or commas, a header line) as incidents, or every problem by line and
 * field. A file with any problem gives no incidents: an import applies whole or not at all.
 */
export function parseIncidentCsv(text: string): { incidents: IncidentValues[]; problems: IncidentRowProblem[] } {
  let records: string[][];
  try {
    const delimiter = (text.split('\n', 1)[0] ?? '').includes(';') ? ';' : ',';
    records = parse(text.replace(/^\uFEFF/, ''), { delimiter, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    return {
      incidents: [],
      problems: [{ line: (error as { lines?: number }).lines ?? 1, key: 'governance.import.unreadable' }],
    };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { incidents: [], problems: [{ line: 1, key: 'governance.import.empty' }] };
  if (body.length > MAX_INCIDENT_ROWS)
    return {
      incidents: [],
      problems: [{ line: 1, key: 'governance.import.tooMany', values: { max: MAX_INCIDENT_ROWS } }],
    };
  const names = header.map((name) => name.trim().toLowerCase());
  const index = Object.fromEntries(
    Object.entries(headerNames).map(([field, aliases]) => [field, names.findIndex((name) => aliases.includes(name))]),
  ) as Record<keyof IncidentInput, number>;
  const missing = (['severity', 'startedAt'] as const).filter((field) => index[field] < 0);
  if (missing.length)
    return {
      incidents: [],
      problems: [
        {
          line: 1,
          key: 'governance.import.columns',
          values: { columns: missing.map((field) => headerNames[field][0]).join(', ') },
        },
      ],
    };
  const problems: IncidentRowProblem[] = [];
  const incidents: IncidentValues[] = [];
  body.forEach((cells, position) => {
    const cell = (field: keyof IncidentInput) => (index[field] < 0 ? '' : (cells[index[field]] ?? '').trim());
    const severity = severityNames[cell('severity').toLowerCase()] ?? cell('severity');
    const read = readIncident({
      severity,
      startedAt: cell('startedAt'),
      respondedAt: cell('respondedAt'),
      endedAt: cell('endedAt'),
    });
    for (const problem of read.problems)
      problems.push({ line: position + 2, field: problem.field as keyof IncidentInput, key: problem.key });
    if (read.values) incidents.push(read.values);
  });
  return problems.length ? { incidents: [], problems } : { incidents, problems };
}
