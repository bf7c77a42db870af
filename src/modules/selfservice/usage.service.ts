import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { type UsageReport, usageReport } from './usage-report.ts';
import { countAbandonedDrafts } from './abandoned-drafts.ts';

export { danishDay } from '#platform/time/danish-day.ts';
export { usagePeriod } from './usage-period.ts';
export { type EventCounts, type UsageEvent, usageEvents, type UsageReport, type UsageRow } from './usage-report.ts';

/**
 * Usage counting, one method for every solution (docs/usage-counting.md): anonymous counts per
 * solution, Danish day and event, incremented in the transaction of the event itself.
 */
export class UsageService {
  constructor(
    private readonly db: Database,
    private readonly events: EventBus,
  ) {}

  report(actor: Principal, input: { from: string; to: string; granularity: 'day' | 'month' }): Promise<UsageReport> {
    return usageReport(this.db, actor, input);
  }

  /** Counts drafts untouched for `days` as abandoned, once each, in batches; returns how many were counted. */
  countAbandoned(now: Date, days: number): Promise<number> {
    return countAbandonedDrafts(this.db, this.events, now, days);
  }
}
