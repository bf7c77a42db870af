import type { Executor } from '#platform/db/database.ts';
import type { ChannelCode } from '../channel-codes.ts';
import * as items from './measurement.repository.ts';
import { type Metric, type ServiceKind, type ServiceTarget, targetFor } from './service-target.ts';
import { listTargets } from './target.repository.ts';
import { danishDay, workingDayDeadline, workingDaysTaken } from './working-days.ts';
import { workingHoursDeadline } from './working-hours.ts';

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

/** An item's deadline by its target: working days, minutes, working hours, the case's own, or at once. */
function deadlineOf(target: ServiceTarget, item: ItemStart): Date | undefined {
  if (target.metric === 'written-answer' && target.withinDays !== null)
    return workingDayDeadline(item.startedAt, target.withinDays);
  if (target.metric === 'desk-wait' && target.withinAmount !== null)
    return new Date(item.startedAt.getTime() + target.withinAmount * 60_000);
  if (target.metric === 'callback' && target.withinAmount !== null)
    return workingHoursDeadline(item.startedAt, target.withinAmount);
  return item.deadline ?? (target.metric === 'case-decided' ? undefined : item.startedAt);
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
    const deadline = deadlineOf(target, item);
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

  /**
   * An item measured as it happens (a ticket called, a contact resolved or not, a survey answered): started and
   * completed at once; `hit` overrides the deadline (first-contact resolution, satisfaction). Once per source.
   */
  async measureDone(item: ItemStart, completedAt: Date, executor: Executor, hit?: boolean): Promise<boolean> {
    if (!(await this.start(item, executor))) return false;
    const open = await items.openItem(executor, item.sourceKey);
    if (!open) return false;
    const outcome = hit === undefined ? outcomeAt(open, completedAt) : hit ? 'hit' : 'missed';
    await items.completeItem(executor, open.id, {
      completed_at: completedAt,
      working_days: workingDaysTaken(open.started_at, completedAt),
      outcome,
    });
    return true;
  }

  /**
   * A telephony queue's day: its calls answered within the target's seconds are hit, the other calls offered
   * (answered later, or abandoned) missed. Measured only when the file's threshold is at most the target's (a call
   * answered within a shorter time is within the longer one); false when not measured.
   */
  async phoneDay(
    day: { day: string; purposeCode: string | null; departmentCode: string | null; thresholdSeconds: number },
    counts: { offered: number; answeredWithin: number },
    executor: Executor,
  ): Promise<boolean> {
    const targets = await listTargets(executor);
    const service = { kind: 'purpose' as const, code: day.purposeCode };
    const target = targetFor(targets, { metric: 'phone-answer', service, channel: 'phone', day: day.day });
    if (!target || target.withinAmount === null || day.thresholdSeconds > target.withinAmount) return false;
    const key = {
      target_id: target.id,
      metric: 'phone-answer',
      service_code: day.purposeCode,
      department_code: day.departmentCode,
    };
    const hit = Math.min(counts.answeredWithin, counts.offered);
    await items.addDayCounts(executor, key, new Date(`${day.day}T12:00:00Z`), { hit, missed: counts.offered - hit });
    return true;
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

  /** An item done (a callback made): hit when on or before its deadline. */
  async completed(sourceKey: string, at: Date, executor: Executor): Promise<void> {
    const item = await items.openItem(executor, sourceKey);
    if (item) await this.complete(item, at, executor);
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
