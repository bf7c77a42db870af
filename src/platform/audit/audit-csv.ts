import type { AuditRow } from './audit.service.ts';

const csvCell = (value: unknown) => `"${String(value ?? '').replaceAll('"', '""')}"`;

/** The audit rows as CSV, every column quoted, a header line first. */
export function auditCsv(rows: AuditRow[]): string {
  const header = [
    'id',
    'occurred_at',
    'actor_kind',
    'actor_id',
    'actor_name',
    'action',
    'person_id',
    'business_id',
    'object_type',
    'object_id',
    'purpose',
    'request_id',
    'hash',
  ];
  const lines = rows.map((row) =>
    header
      .map((column) =>
        csvCell(column === 'occurred_at' ? row.occurred_at.toISOString() : row[column as keyof AuditRow]),
      )
      .join(','),
  );
  return [header.join(','), ...lines].join('\n');
}
