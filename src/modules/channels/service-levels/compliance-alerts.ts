import type { ComplianceRow } from './compliance.ts';
import { keyOf } from './service-target.ts';

/** An open alert of a department: a target key and whether its e-mail went out. */
export interface OpenAlert {
  id: string;
  targetKey: string;
  mailed: boolean;
}

/**
 * Pure: which targets fire an alert (under their target over the window, none open yet) and which open alerts
 * are resolved (back at or above the target, or nothing due in the window). An open alert does not fire again.
 */
export function alertChanges(
  rows: readonly ComplianceRow[],
  open: readonly OpenAlert[],
): { fire: ComplianceRow[]; resolve: OpenAlert[] } {
  const openKeys = new Set(open.map((alert) => alert.targetKey));
  const below = rows.filter((row) => row.compliance !== null && row.compliance < row.target.targetPercent);
  const belowKeys = new Set(below.map((row) => keyOf(row.key)));
  return {
    fire: below.filter((row) => !openKeys.has(keyOf(row.key))),
    resolve: open.filter((alert) => !belowKeys.has(alert.targetKey)),
  };
}
