import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ProcessingNoticeTable } from './service-levels.tables.ts';
import { tables } from './target.repository.ts';

export type NoticeRow = ProcessingNoticeTable & {
  party_kind: 'person' | 'business' | null;
  party_id: string | null;
  started_at: Date;
};

/**
 * Open case items whose deadline falls before `warnBefore(noticeDays)` of their target, without a notice yet, given
 * notices (set-based, one statement); returns the notices added.
 */
export async function takeCasesAtRisk(
  executor: Executor,
  now: Date,
  limits: ReadonlyArray<{ noticeDays: number; before: Date }>,
): Promise<ProcessingNoticeTable[]> {
  if (limits.length === 0) return [];
  const cutoffs = sql.join(limits.map((limit) => sql`(${limit.noticeDays}::int, ${limit.before}::timestamptz)`));
  const result = await sql<ProcessingNoticeTable>`
    insert into channels_processing_notices (case_id, item_id, department_code, case_type_code, deadline, found_at)
    select substring(i.source_key from 6)::uuid, i.id, i.department_code, i.service_code, i.deadline, ${now}
      from channels_measured_items i
      join channels_service_targets t on t.id = i.target_id
      join (values ${cutoffs}) as c(notice_days, before) on c.notice_days = t.notice_days
     where i.metric = 'case-decided' and i.completed_at is null and i.deadline <= c.before
       and not exists (select 1 from channels_processing_notices n where n.item_id = i.id)
    on conflict (case_id) do nothing
    returning *`.execute(executor);
  return result.rows;
}

/** The notices of a department not yet sent, the earliest deadline first. */
export async function openNotices(executor: Executor, departmentCode: string): Promise<NoticeRow[]> {
  return noticeQuery(executor)
    .where('n.department_code', '=', departmentCode)
    .where('n.sent_at', 'is', null)
    .orderBy('n.deadline')
    .limit(500)
    .execute();
}

/** The notices not yet sent of these cases (the case page and the work queue warn about them). */
export async function openNoticesOf(executor: Executor, caseIds: readonly string[]): Promise<NoticeRow[]> {
  if (caseIds.length === 0) return [];
  return noticeQuery(executor)
    .where('n.case_id', 'in', [...caseIds])
    .where('n.sent_at', 'is', null)
    .execute();
}

export async function noticeFor(executor: Executor, caseId: string): Promise<NoticeRow | undefined> {
  return noticeQuery(executor).where('n.case_id', '=', caseId).executeTakeFirst();
}

const noticeQuery = (executor: Executor) =>
  tables(executor)
    .selectFrom('channels_processing_notices as n')
    .innerJoin('channels_measured_items as i', 'i.id', 'n.item_id')
    .selectAll('n')
    .select(['i.party_kind', 'i.party_id', 'i.started_at']);

export async function markSent(
  executor: Executor,
  caseId: string,
  sent: { sentAt: Date; sentBy: string; messageId: string; expectedDay: string },
): Promise<boolean> {
  const row = await tables(executor)
    .updateTable('channels_processing_notices')
    .set({ sent_at: sent.sentAt, sent_by: sent.sentBy, message_id: sent.messageId, expected_day: sent.expectedDay })
    .where('case_id', '=', caseId)
    .where('sent_at', 'is', null)
    .returning('case_id')
    .executeTakeFirst();
  return !!row;
}
