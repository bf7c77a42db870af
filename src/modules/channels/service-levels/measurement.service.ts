import type { Executor } from '#platform/db/database.ts';
import type { ChannelCode } from '../channel-codes.ts';
import * as items from './measurement.repository.ts';
import { type Metric, type ServiceKind, targetFor } from './service-target.ts';
import { listTargets } from './target.repository.ts';
import { danishDay, workingDayDeadline, workingDaysTaken } from './working-days.ts';

/** Something that starts a measured item: an inquiry received, a case created. */
export interface ItemStart {
  sourceKey: string;
  metric: Metric;
  service: { kind: ServiceKind; code: string | null };
  channel: ChannelCode;
  departmentCode: string | null;
  /** the party by internal id: whom the answer or the § 3 notice goes to */
  party: { kind: 'person' | 'business'; id: string } | null;
  startedAt: Date;
  /** the case's own deadline (its published processing time); written inquiries get theirs from the target */
  deadline?: Date;
}

const outcomeAt = (item: items.OpenItem, at: Date) =>
  item.outcome === 'missed' || at > item.deadline ? ('missed' as const) : ('hit' as const);

/**
 * Measures service levels from what the platform publishes: every item gets its deadline and the target version
 * in force on its day, and is hit or missed when it completes. Each step is idempotent: a source is measured once,
 * and a completed item is never completed again.
 */
export class MeasurementService {
  /** Starts an item when a target applies to it; a case without a published processing time is not measured. */
  async start(item: ItemStart, executor: Executor): Promise<boolean> {
    const targets = await listTargets(executor);
    const target = targetFor(targets, { ...item, day: danishDay(item.startedAt) });
    if (!target) return false;
    const deadline = target.withinDays === null ? item.deadline : workingDayDeadline(item.startedAt, target.withinDays);
    if (!deadline) return false;
    return items.insertItem(executor, {
      source_key: item.sourceKey,
      metric: item.metric,
      target_id: target.id,
      service_code: item.service.code,
      channel: item.channel,
      department_code: item.departmentCode,
      party_kind: item.party?.kind ?? null,
      party_id: item.party?.id ?? null,
      started_at: item.startedAt,
      deadline,
      outcome: 'pending',
    });
  }

  /** A department's letter to a party answers every inquiry the party sent it before. */
  async answered(partyId: string, departmentCode: string, sentAt: Date, executor: Executor): Promise<number> {
    const open = await items.openInquiries(executor, partyId, departmentCode, sentAt);
    for (const item of open) await this.complete(item, sentAt, executor);
    return open.length;
  }

  /** A case decided (closed): hit when on or before its deadline. */
  async decided(caseId: string, closedAt: Date, executor: Executor): Promise<void> {
    const item = await items.openItem(executor, `case:${caseId}`);
    if (item) await this.complete(item, closedAt, executor);
  }

  /** The cases module found the case past its deadline: missed, whenever it is decided. */
  deadlineMissed(caseId: string, executor: Executor): Promise<void> {
    return items.markMissed(executor, `case:${caseId}`);
  }

  private complete(item: items.OpenItem, at: Date, executor: Executor) {
    const completion = {
      completed_at: at,
      working_days: workingDaysTaken(item.started_at, at),
      outcome: outcomeAt(item, at),
    };
    return items.completeItem(executor, item.id, completion);
  }
}
