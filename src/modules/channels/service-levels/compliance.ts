import { inForce, keyOf, type ServiceTarget, type TargetKey } from './service-target.ts';

/** Red, amber or green against the target in force; `none` when nothing was due. */
export type Status = 'green' | 'amber' | 'red' | 'none';

/** Percentage points under the target that are still amber. */
export const AMBER_MARGIN = 5;

export function statusOf(compliance: number | null, targetPercent: number): Status {
  if (compliance === null) return 'none';
  if (compliance >= targetPercent) return 'green';
  return compliance >= targetPercent - AMBER_MARGIN ? 'amber' : 'red';
}

/** The share hit of the items due, in per cent with one decimal; null when nothing was due. */
export const compliancePercent = (hit: number, missed: number): number | null =>
  hit + missed === 0 ? null : Math.round((hit * 1000) / (hit + missed)) / 10;

export interface ComplianceRow {
  key: TargetKey;
  /** the version in force on the period's last day, else the latest one measured against */
  target: ServiceTarget;
  hit: number;
  missed: number;
  open: number;
  meanWorkingDays: number | null;
  compliance: number | null;
  status: Status;
}

type Count = { targetId: string; hit: number; missed: number; open: number; workingDays: number; completed: number };

/** The version of a key in force on `day`, else the given fallback. */
const versionOn = (targets: readonly ServiceTarget[], key: string, day: string, fallback: ServiceTarget) =>
  targets.find((target) => keyOf(target) === key && inForce(target, day)) ?? fallback;

const gap = (row: ComplianceRow) =>
  row.compliance === null ? Number.POSITIVE_INFINITY : row.compliance - row.target.targetPercent;

/**
 * Per target (all its versions together), the items hit and missed against the version in force on `day`;
 * the worst first (furthest under its target), targets with nothing due last.
 */
export function complianceRows(
  targets: readonly ServiceTarget[],
  counts: readonly Count[],
  day: string,
): ComplianceRow[] {
  const byId = new Map(targets.map((target) => [target.id, target]));
  const rows = new Map<string, ComplianceRow & { days: number; completed: number }>();
  for (const count of counts) {
    const measured = byId.get(count.targetId);
    if (!measured) continue;
    const key = keyOf(measured);
    const row = rows.get(key) ?? {
      key: measured,
      target: versionOn(targets, key, day, measured),
      hit: 0,
      missed: 0,
      open: 0,
      meanWorkingDays: null,
      compliance: null,
      status: 'none' as Status,
      days: 0,
      completed: 0,
    };
    row.hit += count.hit;
    row.missed += count.missed;
    row.open += count.open;
    row.days += count.workingDays;
    row.completed += count.completed;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map(({ days, completed, ...row }) => {
      const compliance = compliancePercent(row.hit, row.missed);
      const meanWorkingDays = completed ? Math.round((days * 10) / completed) / 10 : null;
      return { ...row, meanWorkingDays, compliance, status: statusOf(compliance, row.target.targetPercent) };
    })
    .sort((a, b) => gap(a) - gap(b));
}
