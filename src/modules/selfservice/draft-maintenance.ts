import type { Database } from '#platform/db/database.ts';
import type { Logger } from 'pino';
import * as repository from './selfservice.repository.ts';
import type { UsageService } from './usage.service.ts';

/** Drafts are counted as abandoned after this many days without activity (see docs/usage-counting.md). */
export const ABANDON_AFTER_DAYS = 30;

/** Drafts never sent are deleted, with their uploaded files, after this many days without activity. */
export const DELETE_DRAFTS_AFTER_DAYS = 180;

/** The daily job: count abandoned drafts, then delete drafts kept past the retention period (data minimisation). */
export async function dailyDraftMaintenance(
  deps: { db: Database; logger: Logger; usage: UsageService },
  now = new Date(),
): Promise<{ abandoned: number; deleted: number }> {
  const abandoned = await deps.usage.countAbandoned(now, ABANDON_AFTER_DAYS);
  // a draft is always counted as abandoned (30 days) long before it is deleted (180 days)
  const deleted = await repository.deleteDraftsUntouchedSince(
    deps.db,
    new Date(now.getTime() - DELETE_DRAFTS_AFTER_DAYS * 86_400_000),
  );
  if (abandoned || deleted) deps.logger.info({ abandoned, deleted }, 'self-service drafts maintained');
  return { abandoned, deleted };
}
