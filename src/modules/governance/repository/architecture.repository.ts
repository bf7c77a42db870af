import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { ArchitectureTables, AssessmentTable, DecisionTable, PrincipleTable } from './governance.tables.ts';

const tables = (executor: Executor) => executor.withTables<ArchitectureTables>();
export type DecisionRow = Omit<DecisionTable, 'id' | 'recorded_at'> & { id: string };

export async function insertPrinciples(executor: Executor, rows: readonly PrincipleTable[]): Promise<void> {
  await tables(executor)
    .insertInto('governance_principles')
    .values([...rows])
    .onConflict((conflict) => conflict.column('code').doNothing())
    .execute();
}

export const listPrinciples = (executor: Executor) =>
  tables(executor).selectFrom('governance_principles').selectAll().orderBy('position').execute();

/** Decisions newest first; `query` matches title, proposal or conditions (case-insensitive). */
export function searchDecisions(executor: Executor, query: string, limit = 200): Promise<DecisionRow[]> {
  let select = tables(executor)
    .selectFrom('governance_decisions')
    .select(['id', 'committee', 'title', 'proposal', 'system_id', 'decision', 'conditions', 'recorded_by'])
    .select(sql<string>`decided_on::text`.as('decided_on'))
    .orderBy('decided_on', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(limit);
  if (query) {
    const pattern = `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    select = select.where((where) =>
      where.or([
        where('title', 'ilike', pattern),
        where('proposal', 'ilike', pattern),
        where('conditions', 'ilike', pattern),
      ]),
    );
  }
  return select.execute();
}

export async function findDecision(executor: Executor, id: string) {
  const decision = await tables(executor)
    .selectFrom('governance_decisions')
    .select(['id', 'committee', 'title', 'proposal', 'system_id', 'decision', 'conditions', 'recorded_by'])
    .select(sql<string>`decided_on::text`.as('decided_on'))
    .where('id', '=', id)
    .executeTakeFirst();
  if (!decision) return undefined;
  const assessments = await tables(executor)
    .selectFrom('governance_decision_assessments')
    .selectAll()
    .where('decision_id', '=', id)
    .execute();
  return { decision, assessments };
}

export async function insertDecision(
  executor: Executor,
  row: Omit<DecisionRow, 'id'>,
  assessments: ReadonlyArray<Omit<AssessmentTable, 'decision_id'>>,
): Promise<string> {
  const { id } = await tables(executor)
    .insertInto('governance_decisions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  if (assessments.length)
    await tables(executor)
      .insertInto('governance_decision_assessments')
      .values(assessments.map((assessment) => ({ ...assessment, decision_id: id })))
      .execute();
  return id;
}
