import type { FieldProblem } from '#platform/http/problem.ts';
import { addDays } from '#platform/time/danish-day.ts';
import { type ServiceTarget, sameKey, type TargetKey } from './service-target.ts';

export interface NewTargetPeriod {
  validFrom: string;
  validTo: string | null;
}

/** What storing a new version does to the earlier ones: the open one it supersedes is closed the day before. */
export interface VersionPlan {
  /** the earlier open-ended version that now ends the day before the new one starts */
  supersedes?: { id: string; validTo: string };
  problems: FieldProblem[];
}

const periodText = (target: ServiceTarget) => `${target.validFrom} – ${target.validTo ?? '…'}`;

/**
 * Where a new version of a target fits: after an open-ended version it supersedes it (that one then ends the day
 * before); any other overlap with a version of the same target is refused, naming the version and its decision.
 */
export function planVersion(existing: readonly ServiceTarget[], key: TargetKey, period: NewTargetPeriod): VersionPlan {
  const versions = existing.filter((target) => sameKey(target, key));
  const newEnd = period.validTo ?? '9999-12-31';
  let supersedes: VersionPlan['supersedes'];
  for (const version of versions) {
    const end = version.validTo ?? '9999-12-31';
    if (end < period.validFrom || newEnd < version.validFrom) continue;
    // an open-ended version that started before the new one is superseded by it, not overlapped
    if (version.validTo === null && version.validFrom < period.validFrom) {
      supersedes = { id: version.id, validTo: addDays(period.validFrom, -1) };
      continue;
    }
    const values = { period: periodText(version), decision: version.decisionReference };
    return { problems: [{ field: 'validFrom', key: 'channels.serviceLevels.overlaps', values }] };
  }
  return { supersedes, problems: [] };
}
