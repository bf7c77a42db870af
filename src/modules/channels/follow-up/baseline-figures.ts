import type { ChannelCode } from '../channel-codes.ts';
import type { PurposeFigures } from '../channel-figures.ts';

/** Per purpose: the shift to the desired channel since the baseline, and the saving at unit prices. */
export interface BaselineFigure {
  purposeCode: string | null;
  desiredChannel: ChannelCode | null;
  total: number;
  baselineTotal: number;
  /** the desired channel's share now and in the baseline, in per cent with one decimal */
  desiredShare: number | null;
  baselineDesiredShare: number | null;
  /** the change in percentage points */
  shiftPoints: number | null;
  costOre: number;
  /** what the period's contacts would have cost at the baseline's cost per contact */
  costAtBaselineOre: number | null;
  /** costAtBaseline − cost: positive is a saving */
  savingOre: number | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

const desiredShareOf = (figures: PurposeFigures | undefined, channel: ChannelCode | null): number | null => {
  if (!figures?.total || !channel) return null;
  const count = figures.channels.find((entry) => entry.channel === channel)?.count ?? 0;
  return oneDecimal((count * 100) / figures.total);
};

/** The baseline's average cost of a costed contact, in øre (none without costed contacts). */
const costPerContact = (figures: PurposeFigures | undefined): number | null => {
  const costed = figures ? figures.total - figures.uncosted : 0;
  return figures && costed > 0 ? figures.costOre / costed : null;
};

/**
 * Pure: the period against its baseline, per purpose. The saving holds the period's volume fixed and compares
 * its cost with what the same number of contacts cost per contact in the baseline's channel mix (so a busier
 * month is not a loss, and a shift to cheaper channels shows as a saving).
 */
export function baselineComparison(
  current: readonly PurposeFigures[],
  baseline: readonly PurposeFigures[],
): BaselineFigure[] {
  const before = new Map(baseline.map((figures) => [figures.purposeCode, figures]));
  return current.map((figures) => {
    const then = before.get(figures.purposeCode);
    const desiredShare = desiredShareOf(figures, figures.desiredChannel);
    const baselineDesiredShare = desiredShareOf(then, figures.desiredChannel);
    const unit = costPerContact(then);
    const costAtBaselineOre = unit === null ? null : Math.round(unit * (figures.total - figures.uncosted));
    return {
      purposeCode: figures.purposeCode,
      desiredChannel: figures.desiredChannel,
      total: figures.total,
      baselineTotal: then?.total ?? 0,
      desiredShare,
      baselineDesiredShare,
      shiftPoints:
        desiredShare === null || baselineDesiredShare === null ? null : oneDecimal(desiredShare - baselineDesiredShare),
      costOre: figures.costOre,
      costAtBaselineOre,
      savingOre: costAtBaselineOre === null ? null : costAtBaselineOre - figures.costOre,
    };
  });
}

/** The saving of all purposes together (those with a baseline). */
export const totalSaving = (rows: readonly BaselineFigure[]): number =>
  rows.reduce((sum, row) => sum + (row.savingOre ?? 0), 0);
