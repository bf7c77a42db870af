import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { SatisfactionTables, SurveyInvitationTable } from './satisfaction.tables.ts';
import type { InquiryTable } from '../repository/channels.tables.ts';

const tables = (executor: Executor) => executor.withTables<SatisfactionTables & { channels_inquiries: InquiryTable }>();

export type NewInvitation = Omit<SurveyInvitationTable, 'id' | 'invited_at' | 'answered_at' | 'score' | 'comment'>;
export type InvitationRow = Omit<SurveyInvitationTable, 'id' | 'invited_at'> & { id: string; invited_at: Date };

/** Stores the contact's invitation unless it has one; its id, or undefined when it had one already. */
export async function insertInvitation(executor: Executor, row: NewInvitation): Promise<string | undefined> {
  const added = await tables(executor)
    .insertInto('channels_survey_invitations')
    .values(row)
    .onConflict((conflict) => conflict.column('source_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return added?.id;
}

export const findInvitation = (executor: Executor, id: string): Promise<InvitationRow | undefined> =>
  tables(executor).selectFrom('channels_survey_invitations').selectAll().where('id', '=', id).executeTakeFirst();

/** Stores the answer once: false when it was answered already (a second submit stores nothing). */
export async function answerInvitation(
  executor: Executor,
  id: string,
  answer: { score: number; comment: string | null; at: Date },
): Promise<boolean> {
  const result = await tables(executor)
    .updateTable('channels_survey_invitations')
    .set({ answered_at: answer.at, score: answer.score, comment: answer.comment })
    .where('id', '=', id)
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A staff registration's facts the invitation needs: the person (by internal id), purpose, channel, department. */
export const findInquiry = (executor: Executor, id: string) =>
  tables(executor)
    .selectFrom('channels_inquiries')
    .select(['id', 'party_kind', 'party_id', 'purpose_code', 'channel', 'department_code', 'occurred_at'])
    .where('id', '=', id)
    .executeTakeFirst();

export async function rememberCase(
  executor: Executor,
  row: { case_id: string; person_id: string; channel: string; created_at: Date },
): Promise<void> {
  await tables(executor)
    .insertInto('channels_survey_cases')
    .values(row)
    .onConflict((conflict) => conflict.column('case_id').doNothing())
    .execute();
}

/** The case's person and intake channel, forgotten as it is taken (the case is closed). */
export const takeCase = (executor: Executor, caseId: string) =>
  tables(executor)
    .deleteFrom('channels_survey_cases')
    .where('case_id', '=', caseId)
    .returning(['person_id', 'channel'])
    .executeTakeFirst();

export interface AnswerCount {
  serviceKind: 'purpose' | 'case-type';
  serviceCode: string;
  channel: string;
  invited: number;
  answers: number;
  scoreSum: number;
  /** answers per score, index 0 for score 1 */
  byScore: number[];
}

/** Invitations and answers per service and channel, for contacts in a period of Danish days. */
export async function countAnswers(
  executor: Executor,
  period: { from: string; to: string; departmentCode?: string },
): Promise<AnswerCount[]> {
  const day = sql<string>`(contact_at at time zone 'Europe/Copenhagen')::date`;
  let query = tables(executor)
    .selectFrom('channels_survey_invitations')
    .select([
      'service_kind',
      'service_code',
      'channel',
      sql<string>`count(*)`.as('invited'),
      sql<string>`count(score)`.as('answers'),
      sql<string>`coalesce(sum(score), 0)`.as('score_sum'),
      ...[1, 2, 3, 4, 5].map((score) => sql<string>`count(*) filter (where score = ${score})`.as(`s${score}`)),
    ])
    .where(day, '>=', sql<string>`${period.from}::date`)
    .where(day, '<=', sql<string>`${period.to}::date`)
    .groupBy(['service_kind', 'service_code', 'channel'])
    .orderBy('service_kind')
    .orderBy('service_code')
    .orderBy('channel');
  if (period.departmentCode) query = query.where('department_code', '=', period.departmentCode);
  const rows = (await query.execute()) as Array<Record<string, string>>;
  return rows.map((row) => ({
    serviceKind: row.service_kind as AnswerCount['serviceKind'],
    serviceCode: row.service_code,
    channel: row.channel,
    invited: Number(row.invited),
    answers: Number(row.answers),
    scoreSum: Number(row.score_sum),
    byScore: [1, 2, 3, 4, 5].map((score) => Number(row[`s${score}`])),
  }));
}

/** The comments of answers in a period, newest first (at most `limit`). */
export async function listComments(
  executor: Executor,
  period: { from: string; to: string; departmentCode?: string; limit: number },
) {
  const day = sql<string>`(answered_at at time zone 'Europe/Copenhagen')::date`;
  let query = tables(executor)
    .selectFrom('channels_survey_invitations')
    .select(['service_kind', 'service_code', 'channel', 'score', 'comment', 'answered_at'])
    .where('comment', 'is not', null)
    .where(day, '>=', sql<string>`${period.from}::date`)
    .where(day, '<=', sql<string>`${period.to}::date`)
    .orderBy('answered_at', 'desc')
    .limit(period.limit);
  if (period.departmentCode) query = query.where('department_code', '=', period.departmentCode);
  return query.execute();
}

export const invitationFor = (executor: Executor, sourceKey: string) =>
  tables(executor)
    .selectFrom('channels_survey_invitations')
    .select('id')
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
