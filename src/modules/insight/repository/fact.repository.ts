import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { Fact } from '../fact-computation.ts';
import type { FactValue } from '../figure-values.ts';
import { tables } from './signal.repository.ts';

/** How much one statement writes: PostgreSQL's bind parameters stop at 65,535. */
const CHUNK = 2_000;

/**
 * Writes facts; a row whose numbers are the same as stored is left alone (its computed-at too), so a
 * recomputation that finds nothing new changes nothing. Returns how many rows were written or changed.
 */
export async function upsertFacts(
  executor: Executor,
  facts: readonly Fact[],
  at: Date,
  options: { always?: boolean } = {},
): Promise<number> {
  let changed = 0;
  for (let start = 0; start < facts.length; start += CHUNK) {
    const rows = await tables(executor)
      .insertInto('insight_facts')
      .values(facts.slice(start, start + CHUNK).map((fact) => toRow(fact, at)))
      .onConflict((conflict) =>
        conflict
          .columns(['figure_id', 'day', 'dimension_key'])
          .doUpdateSet({
            numerator: (eb) => eb.ref('excluded.numerator'),
            denominator: (eb) => eb.ref('excluded.denominator'),
            value: (eb) => eb.ref('excluded.value'),
            source: (eb) => eb.ref('excluded.source'),
            lineage: (eb) => eb.ref('excluded.lineage'),
            source_version: (eb) => eb.ref('excluded.source_version'),
            computed_at: (eb) => eb.ref('excluded.computed_at'),
          })
          .where(
            options.always
              ? sql<boolean>`true`
              : sql<boolean>`(insight_facts.numerator, insight_facts.denominator, insight_facts.value, insight_facts.source_version)
              is distinct from (excluded.numerator, excluded.denominator, excluded.value, excluded.source_version)`,
          ),
      )
      .returning('figure_id')
      .execute();
    changed += rows.length;
  }
  return changed;
}

const toRow = (fact: Fact, at: Date) => ({
  figure_id: fact.figureId,
  day: fact.day,
  dimension_key: fact.dimensionKey,
  dimensions: JSON.stringify(fact.dimensions),
  numerator: fact.numerator,
  denominator: fact.denominator,
  value: fact.value,
  source: fact.source,
  lineage: fact.lineage,
  source_version: fact.sourceVersion,
  computed_at: at,
});

/** The facts of figures in a period; one cell ('' for the municipality) or every cell. */
export async function factsOf(
  executor: Executor,
  figureIds: readonly string[],
  from: string,
  to: string,
  dimensionKey?: string,
): Promise<Array<FactValue & { figureId: string }>> {
  if (figureIds.length === 0) return [];
  let query = tables(executor)
    .selectFrom('insight_facts')
    .select([
      'figure_id as figureId',
      sql<string>`day::text`.as('day'),
      'dimension_key as dimensionKey',
      'numerator',
      'denominator',
      'value',
    ])
    .where('figure_id', 'in', [...figureIds])
    .where('day', '>=', from)
    .where('day', '<=', to);
  if (dimensionKey !== undefined) query = query.where('dimension_key', '=', dimensionKey);
  return query.orderBy('day').execute();
}

/** The facts of a figure with where each came from, newest first (its page's lineage table, its CSV). */
export async function lineageOf(executor: Executor, figureId: string, from: string, to: string, limit = 50) {
  return tables(executor)
    .selectFrom('insight_facts')
    .select([
      sql<string>`day::text`.as('day'),
      'dimension_key as dimensionKey',
      'numerator',
      'denominator',
      'value',
      'source',
      'lineage',
      'source_version as sourceVersion',
      'computed_at as computedAt',
    ])
    .where('figure_id', '=', figureId)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .orderBy('day', 'desc')
    .orderBy('dimension_key')
    .limit(limit)
    .execute();
}
