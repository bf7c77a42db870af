import type { Executor } from '#platform/db/database.ts';
import type { IncidentTable, SlaTable } from './governance.tables.ts';
import { tables } from './system.repository.ts';

export const slasOf = (executor: Executor, systemIds: readonly string[]): Promise<SlaTable[]> =>
  systemIds.length === 0
    ? Promise.resolve([])
    : tables(executor).selectFrom('governance_slas').selectAll().where('system_id', 'in', systemIds).execute();

export async function upsertSla(executor: Executor, row: SlaTable): Promise<void> {
  const { system_id: _, ...terms } = row;
  await tables(executor)
    .insertInto('governance_slas')
    .values(row)
    .onConflict((conflict) => conflict.column('system_id').doUpdateSet(terms))
    .execute();
}

export type IncidentRow = Omit<IncidentTable, 'id'>;

/** Incidents of the systems that touch the period: started before its end, and open or ended after its start. */
export function incidentsBetween(
  executor: Executor,
  systemIds: readonly string[],
  start: Date,
  end: Date,
): Promise<IncidentRow[]> {
  if (systemIds.length === 0) return Promise.resolve([]);
  return tables(executor)
    .selectFrom('governance_incidents')
    .select(['system_id', 'severity', 'started_at', 'responded_at', 'ended_at'])
    .where('system_id', 'in', systemIds)
    .where('started_at', '<', end)
    .where((where) => where.or([where('ended_at', 'is', null), where('ended_at', '>', start)]))
    .execute();
}

export async function insertIncidents(executor: Executor, rows: readonly IncidentRow[]): Promise<void> {
  if (rows.length)
    await tables(executor)
      .insertInto('governance_incidents')
      .values([...rows])
      .execute();
}

/** The severity and start of every incident of a system: what an import must not register twice. */
export const incidentStarts = (executor: Executor, systemId: string) =>
  tables(executor)
    .selectFrom('governance_incidents')
    .select(['severity', 'started_at'])
    .where('system_id', '=', systemId)
    .execute();
