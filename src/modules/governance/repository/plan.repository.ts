import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { BenefitTable, InitiativeTable, PlanTables, PoolEntryTable } from './governance.tables.ts';

export const planTables = (executor: Executor) => executor.withTables<PlanTables>();
export type InitiativeRow = Omit<InitiativeTable, 'id'> & { id: string };
export type BenefitRow = Omit<BenefitTable, 'id'> & { id: string };

export const initiativesOf = (executor: Executor, year: number): Promise<InitiativeRow[]> =>
  planTables(executor)
    .selectFrom('governance_initiatives')
    .select(['id', 'year', 'focus_area', 'department_code', 'title', 'owner_staff_id', 'phase', 'status'])
    .select(['budget_ore', 'funding', sql<string | null>`go_live::text`.as('go_live')])
    .where('year', '=', year)
    .orderBy('focus_area')
    .orderBy('title')
    .execute();

export const findInitiative = (executor: Executor, id: string): Promise<InitiativeRow | undefined> =>
  planTables(executor)
    .selectFrom('governance_initiatives')
    .select(['id', 'year', 'focus_area', 'department_code', 'title', 'owner_staff_id', 'phase', 'status'])
    .select(['budget_ore', 'funding', sql<string | null>`go_live::text`.as('go_live')])
    .where('id', '=', id)
    .executeTakeFirst();

export async function updateInitiative(executor: Executor, id: string, row: Omit<InitiativeRow, 'id'>) {
  await planTables(executor).updateTable('governance_initiatives').set(row).where('id', '=', id).execute();
}

export async function insertInitiative(executor: Executor, row: Omit<InitiativeRow, 'id'>): Promise<string> {
  const { id } = await planTables(executor)
    .insertInto('governance_initiatives')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const benefitsOf = (executor: Executor, initiativeIds: readonly string[]): Promise<BenefitRow[]> =>
  initiativeIds.length === 0
    ? Promise.resolve([])
    : planTables(executor)
        .selectFrom('governance_benefits')
        .selectAll()
        .where('initiative_id', 'in', initiativeIds)
        .execute();

export async function insertBenefit(executor: Executor, row: Omit<BenefitRow, 'id'>): Promise<string> {
  const { id } = await planTables(executor)
    .insertInto('governance_benefits')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export const poolEntries = (executor: Executor, year: number) =>
  planTables(executor)
    .selectFrom('governance_pool_entries')
    .select(['kind', 'amount_ore'])
    .where('year', '=', year)
    .execute();

export async function insertPoolEntries(executor: Executor, rows: ReadonlyArray<Omit<PoolEntryTable, 'id'>>) {
  if (rows.length)
    await planTables(executor)
      .insertInto('governance_pool_entries')
      .values([...rows])
      .execute();
}

/** The yearly counts of the key figures this module measures. */
export async function figureCounts(executor: Executor, year: number): Promise<Map<string, number>> {
  const rows = await planTables(executor)
    .selectFrom('governance_figure_counts')
    .selectAll()
    .where('year', '=', year)
    .execute();
  return new Map(rows.map((row) => [row.key_figure, Number(row.count)]));
}

/** Counts an event once: false when its id was counted before (a retried delivery). */
export async function countEvent(executor: Executor, eventId: string, figure: string, year: number): Promise<boolean> {
  const first = await planTables(executor)
    .insertInto('governance_counted_events')
    .values({ event_id: eventId })
    .onConflict((conflict) => conflict.column('event_id').doNothing())
    .returning('event_id')
    .executeTakeFirst();
  if (!first) return false;
  await planTables(executor)
    .insertInto('governance_figure_counts')
    .values({ key_figure: figure, year, count: 1 })
    .onConflict((conflict) =>
      conflict.columns(['key_figure', 'year']).doUpdateSet({ count: sql`governance_figure_counts.count + 1` }),
    )
    .execute();
  return true;
}
