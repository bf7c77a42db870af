import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { Metric, ServiceKind, ServiceTarget, TargetChannel } from './service-target.ts';
import type { ServiceLevelTables, ServiceTargetTable } from './service-levels.tables.ts';
import type { TargetInput } from './target-input.ts';

export const tables = (executor: Executor) => executor.withTables<ServiceLevelTables>();

const toTarget = (
  row: Omit<ServiceTargetTable, 'id' | 'created_at' | 'created_by'> & { id: string },
): ServiceTarget => ({
  id: row.id,
  metric: row.metric as Metric,
  serviceKind: row.service_kind as ServiceKind,
  serviceCode: row.service_code,
  channel: row.channel as TargetChannel,
  withinDays: row.within_days,
  withinAmount: row.within_amount,
  targetPercent: row.target_percent,
  noticeDays: row.notice_days,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  decidedBy: row.decided_by,
  decisionReference: row.decision_reference,
});

/** Every version of every target, by metric, service and validity. */
export async function listTargets(executor: Executor): Promise<ServiceTarget[]> {
  const rows = await tables(executor)
    .selectFrom('channels_service_targets')
    .select([
      'id',
      'metric',
      'service_kind',
      'service_code',
      'channel',
      'within_days',
      'within_amount',
      'target_percent',
      'notice_days',
      sql<string>`valid_from::text`.as('valid_from'),
      sql<string | null>`valid_to::text`.as('valid_to'),
      'decided_by',
      'decision_reference',
    ])
    .orderBy('metric')
    .orderBy('service_kind')
    .orderBy('service_code')
    .orderBy('channel')
    .orderBy('valid_from')
    .execute();
  return rows.map(toTarget);
}

/** Locks the targets table against a second administrator storing an overlapping version at the same time. */
export async function lockTargets(executor: Executor): Promise<void> {
  await sql`lock table channels_service_targets in exclusive mode`.execute(executor);
}

export async function endTarget(executor: Executor, id: string, validTo: string): Promise<void> {
  await tables(executor)
    .updateTable('channels_service_targets')
    .set({ valid_to: validTo })
    .where('id', '=', id)
    .execute();
}

export async function insertTarget(executor: Executor, input: TargetInput, createdBy: string | null): Promise<string> {
  const row = await tables(executor)
    .insertInto('channels_service_targets')
    .values({
      metric: input.metric,
      service_kind: input.serviceKind,
      service_code: input.serviceCode,
      channel: input.channel,
      within_days: input.withinDays,
      within_amount: input.withinAmount,
      target_percent: input.targetPercent,
      notice_days: input.noticeDays,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      decided_by: input.decidedBy,
      decision_reference: input.decisionReference,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
