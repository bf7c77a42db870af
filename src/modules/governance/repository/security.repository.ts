import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ControlTable, RiskTable, SecurityTables } from './governance.tables.ts';

const tables = (executor: Executor) => executor.withTables<SecurityTables>();
export type ControlRow = Omit<ControlTable, 'updated_at'>;
export type RiskRow = Omit<RiskTable, 'id' | 'recorded_at'> & { id: string; recorded_at: Date };

export const controlsOf = (executor: Executor, scope: string): Promise<ControlRow[]> =>
  tables(executor)
    .selectFrom('governance_controls')
    .select(['scope', 'control_code', 'applicable', 'reason', 'status', 'evidence', 'updated_by'])
    .select(sql<string | null>`next_review::text`.as('next_review'))
    .where('scope', '=', scope)
    .execute();

export async function upsertControl(executor: Executor, row: ControlRow): Promise<void> {
  const { scope: _, control_code: __, ...changes } = row;
  await tables(executor)
    .insertInto('governance_controls')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['scope', 'control_code']).doUpdateSet({ ...changes, updated_at: sql`now()` }),
    )
    .execute();
}

export const risksOf = (executor: Executor, systemIds: readonly string[]): Promise<RiskRow[]> =>
  systemIds.length === 0
    ? Promise.resolve([])
    : tables(executor)
        .selectFrom('governance_risks')
        .select(['id', 'system_id', 'threat', 'affects', 'likelihood', 'consequence', 'measures'])
        .select(['residual_likelihood', 'residual_consequence', 'recorded_by', 'recorded_at'])
        .select(sql<string>`next_revision::text`.as('next_revision'))
        .where('system_id', 'in', systemIds)
        .orderBy('recorded_at')
        .execute();

export async function insertRisk(executor: Executor, row: Omit<RiskTable, 'id' | 'recorded_at'>): Promise<string> {
  const { id } = await tables(executor)
    .insertInto('governance_risks')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}
