import type { Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { OpenAlert } from './compliance-alerts.ts';

interface AlertTable {
  id: Generated<string>;
  department_code: string;
  target_key: string;
  compliance: number;
  target_percent: number;
  fired_at: Date;
  mailed_at: Date | null;
  resolved_at: Date | null;
}
const tables = (executor: Executor) => executor.withTables<{ channels_compliance_alerts: AlertTable }>();

export async function openAlerts(executor: Executor, departmentCode: string): Promise<OpenAlert[]> {
  const rows = await tables(executor)
    .selectFrom('channels_compliance_alerts')
    .select(['id', 'target_key', 'mailed_at'])
    .where('department_code', '=', departmentCode)
    .where('resolved_at', 'is', null)
    .execute();
  return rows.map((row) => ({ id: row.id, targetKey: row.target_key, mailed: row.mailed_at !== null }));
}

/** Fires an alert unless one is open for the department and target (another process fired it): its id, or none. */
export async function fireAlert(
  executor: Executor,
  alert: { departmentCode: string; targetKey: string; compliance: number; targetPercent: number; at: Date },
): Promise<string | undefined> {
  const row = await tables(executor)
    .insertInto('channels_compliance_alerts')
    .values({
      department_code: alert.departmentCode,
      target_key: alert.targetKey,
      compliance: alert.compliance,
      target_percent: alert.targetPercent,
      fired_at: alert.at,
    })
    .onConflict((conflict) =>
      conflict.columns(['department_code', 'target_key']).where('resolved_at', 'is', null).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}

export async function resolveAlert(executor: Executor, id: string, at: Date): Promise<void> {
  await tables(executor)
    .updateTable('channels_compliance_alerts')
    .set({ resolved_at: at })
    .where('id', '=', id)
    .execute();
}

export async function markMailed(executor: Executor, id: string, at: Date): Promise<void> {
  await tables(executor)
    .updateTable('channels_compliance_alerts')
    .set({ mailed_at: at })
    .where('id', '=', id)
    .execute();
}
