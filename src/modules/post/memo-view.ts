import type { Executor } from '#platform/db/database.ts';
import type { MemoDetails } from './memo/memo-details.ts';
import * as repository from './post.repository.ts';

/** Adds the MeMo facts to those of the letters that arrived as MeMo (one query for all). */
export async function withMemoDetails<View extends { id: string; memo?: MemoDetails }>(
  executor: Executor,
  views: View[],
): Promise<View[]> {
  const rows = await repository.listMemoDetails(
    executor,
    views.map((view) => view.id),
  );
  const byId = new Map(rows.map((row) => [row.message_id, row.details as MemoDetails]));
  return views.map((view) => (byId.has(view.id) ? { ...view, memo: byId.get(view.id) } : view));
}
