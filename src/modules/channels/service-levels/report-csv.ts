import type { ServiceLevelReport } from './report.service.ts';

const cell = (value: string | number | null) =>
  value === null ? '' : typeof value === 'number' ? String(value) : `"${value.replaceAll('"', '""')}"`;

/** The report as CSV: one line per target, codes and plain numbers. */
export function reportCsv(report: ServiceLevelReport): string {
  const header = [
    'from',
    'to',
    'department_code',
    'metric',
    'service_kind',
    'service_code',
    'channel',
    'within_working_days',
    'within_amount',
    'target_percent',
    'target_valid_from',
    'decision_reference',
    'hit',
    'missed',
    'not_yet_due',
    'compliance_percent',
    'status',
  ];
  const lines = report.rows.map((row) =>
    [
      report.from,
      report.to,
      report.department?.code ?? null,
      row.key.metric,
      row.key.serviceKind,
      row.key.serviceCode,
      row.key.channel,
      row.target.withinDays,
      row.target.withinAmount,
      row.target.targetPercent,
      row.target.validFrom,
      row.target.decisionReference,
      row.hit,
      row.missed,
      row.open,
      row.compliance,
      row.status,
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
