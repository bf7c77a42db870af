import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { AlertRule } from '../alert.ts';
import { tables } from './signal.repository.ts';

export async function insertRule(executor: Executor, rule: Omit<AlertRule, 'id' | 'raised'>, createdBy: string) {
  const row = await tables(executor)
    .insertInto('insight_alert_rules')
    .values({
      figure_id: rule.figureId,
      dimension_key: rule.dimensionKey,
      comparison: rule.comparison,
      threshold: rule.threshold,
      recipient: rule.recipient,
      created_by: createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listRules(executor: Executor): Promise<AlertRule[]> {
  return tables(executor)
    .selectFrom('insight_alert_rules')
    .select([
      'id',
      'figure_id as figureId',
      'dimension_key as dimensionKey',
      'comparison',
      'threshold',
      'recipient',
      'raised',
    ])
    .orderBy('created_at')
    .execute();
}

/** Raises a rule and records the alert, unless another evaluation raised it first; the alert's id, or undefined. */
export async function raise(executor: Executor, ruleId: string, day: string, value: number) {
  const claimed = await tables(executor)
    .updateTable('insight_alert_rules')
    .set({ raised: true })
    .where('id', '=', ruleId)
    .where('raised', '=', false)
    .returning('id')
    .executeTakeFirst();
  if (!claimed) return undefined;
  const row = await tables(executor)
    .insertInto('insight_alerts')
    .values({ rule_id: ruleId, day, value, mailed_at: null, cleared_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function clear(executor: Executor, ruleId: string) {
  await tables(executor).updateTable('insight_alert_rules').set({ raised: false }).where('id', '=', ruleId).execute();
  await tables(executor)
    .updateTable('insight_alerts')
    .set({ cleared_at: sql`now()` })
    .where('rule_id', '=', ruleId)
    .where('cleared_at', 'is', null)
    .execute();
}

export async function alertForMail(executor: Executor, alertId: string) {
  return tables(executor)
    .selectFrom('insight_alerts')
    .innerJoin('insight_alert_rules', 'insight_alert_rules.id', 'insight_alerts.rule_id')
    .select([
      'insight_alerts.id',
      sql<string>`insight_alerts.day::text`.as('day'),
      'insight_alerts.value',
      'insight_alerts.mailed_at as mailedAt',
      'insight_alert_rules.figure_id as figureId',
      'insight_alert_rules.dimension_key as dimensionKey',
      'insight_alert_rules.comparison',
      'insight_alert_rules.threshold',
      'insight_alert_rules.recipient',
    ])
    .where('insight_alerts.id', '=', alertId)
    .executeTakeFirst();
}

export async function markMailed(executor: Executor, alertId: string) {
  await tables(executor)
    .updateTable('insight_alerts')
    .set({ mailed_at: sql`now()` })
    .where('id', '=', alertId)
    .execute();
}

/** The alerts of a figure, newest first (its page). */
export async function alertsOf(executor: Executor, figureId: string) {
  return tables(executor)
    .selectFrom('insight_alerts')
    .innerJoin('insight_alert_rules', 'insight_alert_rules.id', 'insight_alerts.rule_id')
    .select([
      sql<string>`insight_alerts.day::text`.as('day'),
      'insight_alerts.value',
      'insight_alerts.raised_at as raisedAt',
      'insight_alerts.cleared_at as clearedAt',
      'insight_alert_rules.comparison',
      'insight_alert_rules.threshold',
      'insight_alert_rules.dimension_key as dimensionKey',
    ])
    .where('insight_alert_rules.figure_id', '=', figureId)
    .orderBy('insight_alerts.raised_at', 'desc')
    .limit(20)
    .execute();
}
