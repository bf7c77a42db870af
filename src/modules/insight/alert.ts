/** An alert rule: a figure's cell, below or above a threshold, and who is told. */
export interface AlertRule {
  id: string;
  figureId: string;
  dimensionKey: string;
  comparison: 'below' | 'above';
  threshold: number;
  recipient: string;
  raised: boolean;
}

export type AlertStep = 'raise' | 'clear' | 'none';

/**
 * Pure: what a rule does with a day's value. It fires once when the value passes the threshold and stays raised
 * (no second mail) until the value is back on the right side, which resets it. No value (nothing measured, or a
 * suppressed cell) changes nothing.
 */
export function alertStep(
  rule: Pick<AlertRule, 'comparison' | 'threshold' | 'raised'>,
  value: number | null,
): AlertStep {
  if (value === null) return 'none';
  const breached = rule.comparison === 'below' ? value < rule.threshold : value > rule.threshold;
  if (breached && !rule.raised) return 'raise';
  if (!breached && rule.raised) return 'clear';
  return 'none';
}
