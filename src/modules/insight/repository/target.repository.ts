import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { Target } from '../targets.ts';
import { tables } from './signal.repository.ts';

export async function listTargets(executor: Executor, figureIds?: readonly string[]): Promise<Target[]> {
  if (figureIds?.length === 0) return [];
  let query = tables(executor)
    .selectFrom('insight_targets')
    .select([
      'figure_id as figureId',
      'dimension_key as dimensionKey',
      'version',
      sql<string>`valid_from::text`.as('validFrom'),
      sql<string | null>`valid_to::text`.as('validTo'),
      'green',
      'red',
    ]);
  if (figureIds) query = query.where('figure_id', 'in', [...figureIds]);
  return query.orderBy('figure_id').orderBy('version').execute();
}

/** Adds a target version and closes the one before it on the day before (in the caller's transaction). */
export async function insertTarget(executor: Executor, target: Omit<Target, 'validTo'>, createdBy: string) {
  await tables(executor)
    .updateTable('insight_targets')
    .set({ valid_to: sql`${target.validFrom}::date - 1` })
    .where('figure_id', '=', target.figureId)
    .where('dimension_key', '=', target.dimensionKey)
    .where('valid_to', 'is', null)
    .execute();
  await tables(executor)
    .insertInto('insight_targets')
    .values({
      figure_id: target.figureId,
      dimension_key: target.dimensionKey,
      version: target.version,
      valid_from: target.validFrom,
      valid_to: null,
      green: target.green,
      red: target.red,
      created_by: createdBy,
    })
    .onConflict((conflict) => conflict.columns(['figure_id', 'dimension_key', 'version']).doNothing())
    .execute();
}

export async function insertBatch(
  executor: Executor,
  batch: { figureId: string; clientId: string; clientName: string; observations: number },
): Promise<string> {
  const row = await tables(executor)
    .insertInto('insight_observation_batches')
    .values({
      figure_id: batch.figureId,
      client_id: batch.clientId,
      client_name: batch.clientName,
      observations: batch.observations,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
