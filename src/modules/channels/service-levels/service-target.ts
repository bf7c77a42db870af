import type { ChannelCode } from '../channel-codes.ts';

/**
 * A service-level target: for a service (every service, an inquiry purpose or a case type) in a channel (or any),
 * the share of items to finish by their deadline, in force from one day to another. Targets are versions: a new one
 * supersedes the open one before it and is never edited; validities of one target never overlap.
 */
export const metrics = [
  'written-answer',
  'case-decided',
  'phone-answer',
  'desk-wait',
  'callback',
  'first-contact',
  'satisfaction',
] as const;
export type Metric = (typeof metrics)[number];
export const serviceKinds = ['all', 'purpose', 'case-type'] as const;
export type ServiceKind = (typeof serviceKinds)[number];
export type TargetChannel = ChannelCode | 'any';

/** What one target measures: the versions of the same key follow each other in time. */
export interface TargetKey {
  metric: Metric;
  serviceKind: ServiceKind;
  serviceCode: string;
  channel: TargetChannel;
}

export interface ServiceTarget extends TargetKey {
  id: string;
  /** working days to answer; null: the case type's published processing time */
  withinDays: number | null;
  /**
   * N in the metric's own unit: seconds to answer a call (`phone-answer`), minutes of waiting at the desk
   * (`desk-wait`), working hours to call back (`callback`), the lowest score that counts as satisfied
   * (`satisfaction`); null for the others
   */
  withinAmount: number | null;
  targetPercent: number;
  /** cases: the working days before the deadline the caseworker is warned (§ 3 notice); null: no warning */
  noticeDays: number | null;
  validFrom: string;
  validTo: string | null;
  decidedBy: string;
  decisionReference: string;
}

export const sameKey = (a: TargetKey, b: TargetKey): boolean =>
  a.metric === b.metric &&
  a.serviceKind === b.serviceKind &&
  a.serviceCode === b.serviceCode &&
  a.channel === b.channel;

export const keyOf = (target: TargetKey): string =>
  `${target.metric}|${target.serviceKind}|${target.serviceCode}|${target.channel}`;

export const inForce = (target: Pick<ServiceTarget, 'validFrom' | 'validTo'>, day: string): boolean =>
  target.validFrom <= day && (target.validTo === null || day <= target.validTo);

/** How specific a target is for an item: its own service and channel first, every service in any channel last. */
function specificity(target: TargetKey, service: { kind: ServiceKind; code: string | null }, channel: string) {
  const serviceScore = target.serviceKind === 'all' ? 0 : target.serviceCode === service.code ? 2 : -1;
  const channelScore = target.channel === 'any' ? 0 : target.channel === channel ? 1 : -1;
  return serviceScore < 0 || channelScore < 0 ? -1 : serviceScore + channelScore;
}

/**
 * The target an item is measured against: in force on its day, for its metric, the most specific for its service
 * (purpose or case type) and channel; undefined when none applies (the item is not measured).
 */
export function targetFor(
  targets: readonly ServiceTarget[],
  item: { metric: Metric; service: { kind: ServiceKind; code: string | null }; channel: string; day: string },
): ServiceTarget | undefined {
  let best: ServiceTarget | undefined;
  let bestScore = -1;
  for (const target of targets) {
    if (target.metric !== item.metric || !inForce(target, item.day)) continue;
    if (target.serviceKind !== 'all' && target.serviceKind !== item.service.kind) continue;
    const score = specificity(target, item.service, item.channel);
    if (score > bestScore) [best, bestScore] = [target, score];
  }
  return best;
}
