import type { FieldProblem } from '#platform/http/problem.ts';
import { type ChannelCode, isChannel } from './channel-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';

export interface StrategyChannel {
  channel: ChannelCode;
  offered: boolean;
  unitCostOre: number;
  targetPercent: number;
}

export interface StrategyVersion {
  id: string;
  purposeCode: string;
  /** YYYY-MM-DD, the first Danish day it is in force */
  validFrom: string;
  desiredChannel: ChannelCode;
  channels: StrategyChannel[];
}

/** The version in force on a day: the latest whose valid-from is on or before it (undefined before the first). */
export function versionInForce<V extends { validFrom: string }>(versions: readonly V[], day: string): V | undefined {
  let found: V | undefined;
  for (const version of versions)
    if (version.validFrom <= day && (!found || version.validFrom > found.validFrom)) found = version;
  return found;
}

export interface NewVersionInput {
  validFrom: string;
  desiredChannel: string;
  channels: StrategyChannel[];
}

/**
 * A new version supersedes, never rewrites: it starts today or later and after every existing version, so a day
 * already measured keeps its version. The desired channel is offered; target shares add up to 100 %.
 */
export function newVersionProblems(input: NewVersionInput, existing: readonly string[], today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isDay(input.validFrom)) problems.push({ field: 'validFrom', key: 'channels.version.validFromInvalid' });
  else if (input.validFrom < today) problems.push({ field: 'validFrom', key: 'channels.version.validFromPast' });
  else if (existing.some((day) => day >= input.validFrom))
    problems.push({
      field: 'validFrom',
      key: 'channels.version.validFromOverlap',
      values: { day: existing.toSorted().at(-1)! },
    });
  const desired = input.channels.find((row) => row.channel === input.desiredChannel);
  if (!isChannel(input.desiredChannel) || !desired?.offered)
    problems.push({ field: 'desiredChannel', key: 'channels.version.desiredNotOffered' });
  for (const row of input.channels) {
    if (!Number.isInteger(row.unitCostOre) || row.unitCostOre < 0)
      problems.push({ field: `cost-${row.channel}`, key: 'channels.version.costInvalid' });
    if (!Number.isInteger(row.targetPercent) || row.targetPercent < 0 || row.targetPercent > 100)
      problems.push({ field: `target-${row.channel}`, key: 'channels.version.targetInvalid' });
  }
  const total = input.channels.reduce(
    (sum, row) => sum + (Number.isFinite(row.targetPercent) ? row.targetPercent : 0),
    0,
  );
  if (total !== 100) problems.push({ field: 'target-total', key: 'channels.version.targetTotal', values: { total } });
  return problems;
}
