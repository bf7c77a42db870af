import type { ChannelCode } from './channel-codes.ts';
import { type StrategyVersion, versionInForce } from './strategy-version.ts';

/** Contacts counted per purpose, channel and Danish day (from the register). */
export interface DayCount {
  purposeCode: string | null;
  channel: ChannelCode;
  day: string;
  count: number;
}

export interface ChannelFigure {
  channel: ChannelCode;
  count: number;
  /** share of the purpose's contacts, in per cent with one decimal */
  sharePercent: number;
  /** the target of the version in force on the period's last day */
  targetPercent: number | null;
  /** each day's contacts at the unit cost in force that day */
  costOre: number;
}

export interface PurposeFigures {
  purposeCode: string | null;
  desiredChannel: ChannelCode | null;
  total: number;
  costOre: number;
  /** contacts on a day without a unit cost for their channel (no version, or the channel not in it) */
  uncosted: number;
  channels: ChannelFigure[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Pure: per purpose, the actual channel mix against the target and the cost at unit prices. A figure uses the
 * version in force on the day it measures; the target shown is the one in force on the period's last day.
 */
export function channelFigures(
  counts: readonly DayCount[],
  versions: ReadonlyMap<string, readonly StrategyVersion[]>,
  lastDay: string,
): PurposeFigures[] {
  const byPurpose = new Map<string | null, DayCount[]>();
  for (const row of counts) byPurpose.set(row.purposeCode, [...(byPurpose.get(row.purposeCode) ?? []), row]);
  const result: PurposeFigures[] = [];
  for (const [purposeCode, rows] of byPurpose) {
    const history = purposeCode ? (versions.get(purposeCode) ?? []) : [];
    const current = versionInForce(history, lastDay);
    const perChannel = new Map<ChannelCode, { count: number; costOre: number }>();
    let uncosted = 0;
    for (const row of rows) {
      const unit = versionInForce(history, row.day)?.channels.find((entry) => entry.channel === row.channel);
      if (!unit) uncosted += row.count;
      const sum = perChannel.get(row.channel) ?? { count: 0, costOre: 0 };
      perChannel.set(row.channel, {
        count: sum.count + row.count,
        costOre: sum.costOre + row.count * (unit?.unitCostOre ?? 0),
      });
    }
    for (const target of current?.channels ?? [])
      if (target.targetPercent > 0 && !perChannel.has(target.channel))
        perChannel.set(target.channel, { count: 0, costOre: 0 });
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const channels = [...perChannel]
      .map(([channel, sum]) => ({
        channel,
        count: sum.count,
        sharePercent: total ? oneDecimal((sum.count * 100) / total) : 0,
        targetPercent: current?.channels.find((entry) => entry.channel === channel)?.targetPercent ?? null,
        costOre: sum.costOre,
      }))
      .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel));
    const costOre = channels.reduce((sum, row) => sum + row.costOre, 0);
    result.push({ purposeCode, desiredChannel: current?.desiredChannel ?? null, total, costOre, uncosted, channels });
  }
  return result.sort((a, b) => b.total - a.total || String(a.purposeCode).localeCompare(String(b.purposeCode)));
}
