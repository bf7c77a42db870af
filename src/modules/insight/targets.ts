import type { Direction } from './key-figure.ts';
import type { Thresholds } from './figure-values.ts';

/** A version of a figure's target for one cell ('' for the municipality), valid from a day until the next version. */
export interface Target extends Thresholds {
  figureId: string;
  dimensionKey: string;
  version: number;
  validFrom: string;
  validTo: string | null;
}

/** Pure: the target version in force on a day for a cell, if any. */
export function targetInForce(targets: readonly Target[], dimensionKey: string, day: string): Target | undefined {
  return targets
    .filter((target) => target.dimensionKey === dimensionKey && target.validFrom <= day)
    .filter((target) => target.validTo === null || day <= target.validTo)
    .sort((a, b) => b.version - a.version)[0];
}

/** Problems with a new target: thresholds that contradict the figure's direction, or a validity overlapping a later version. */
export function targetProblems(
  direction: Direction,
  existing: readonly Target[],
  next: Thresholds & { dimensionKey: string; validFrom: string },
): string[] {
  const problems: string[] = [];
  if (direction === 'higher' ? next.red > next.green : next.red < next.green)
    problems.push('insight.target.thresholds');
  const sameCell = existing.filter((target) => target.dimensionKey === next.dimensionKey);
  if (sameCell.some((target) => target.validFrom >= next.validFrom)) problems.push('insight.target.overlaps');
  return problems;
}
