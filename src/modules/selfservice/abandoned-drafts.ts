import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import * as repository from './selfservice.repository.ts';
import { SelfserviceAbandoned } from './selfservice.events.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/** Counts drafts untouched for `days` as abandoned, once each, in batches of 500; returns how many were counted. */
export async function countAbandonedDrafts(db: Database, events: EventBus, now: Date, days: number): Promise<number> {
  const before = new Date(now.getTime() - days * 86_400_000);
  let counted = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      const stale = await repository.staleDrafts(trx, before, 500);
      const perDay = new Map<string, number>();
      for (const draft of stale) {
        // the day the draft became abandoned, so a late or repeated job run gives the same figures
        const key = `${draft.solution_code}|${danishDay(new Date(draft.updated_at.getTime() + days * 86_400_000))}`;
        perDay.set(key, (perDay.get(key) ?? 0) + 1);
      }
      for (const [key, count] of perDay) {
        const [code, day] = key.split('|');
        await repository.incrementUsage(trx, code, day, 'abandoned', count);
      }
      await repository.markDraftsAbandoned(
        trx,
        stale.map((draft) => draft.id),
      );
      await events.publishMany(
        trx,
        SelfserviceAbandoned,
        stale.map((draft) => ({
          draftId: draft.id,
          solutionCode: draft.solution_code,
          lastActivityAt: draft.updated_at.toISOString(),
          abandonedOn: danishDay(new Date(draft.updated_at.getTime() + days * 86_400_000)),
        })),
      );
      return stale.length;
    });
    counted += batch;
    if (batch < 500) return counted;
  }
}
