import { sql } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import { tables } from './signal.repository.ts';

export async function insertImport(
  executor: Executor,
  row: { figureId: string; filename: string; content: string; rows: number; createdBy: string },
) {
  const inserted = await tables(executor)
    .insertInto('insight_imports')
    .values({
      figure_id: row.figureId,
      filename: row.filename,
      content: row.content,
      rows: row.rows,
      status: 'uploaded',
      created_by: row.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

const importColumns = ['id', 'figure_id as figureId', 'filename', 'status', 'rows', 'created_at as createdAt'] as const;

export const findImport = (executor: Executor, id: string) =>
  tables(executor)
    .selectFrom('insight_imports')
    .select([...importColumns, 'content'])
    .where('id', '=', id)
    .executeTakeFirst();

export const listImports = (executor: Executor) =>
  tables(executor)
    .selectFrom('insight_imports')
    .select(importColumns)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();

/** Moves an import from one status to the next, unless another request did first; true when it moved. */
export async function moveStatus(executor: Executor, id: string, from: string, to: 'imported' | 'rolled-back') {
  const moved = await tables(executor)
    .updateTable('insight_imports')
    .set({ status: to })
    .where('id', '=', id)
    .where('status', '=', from as 'uploaded')
    .returning('id')
    .executeTakeFirst();
  return moved !== undefined;
}

/** Keeps the facts an import is about to replace (null where there was none). */
export async function rememberPrevious(
  executor: Executor,
  importId: string,
  figureId: string,
  cells: Array<{ day: string; dimensionKey: string }>,
) {
  for (const cell of cells) {
    const previous = await tables(executor)
      .selectFrom('insight_facts')
      .select(['numerator', 'denominator', 'value', 'source', 'lineage', 'source_version', 'computed_at', 'dimensions'])
      .where('figure_id', '=', figureId)
      .where('day', '=', cell.day)
      .where('dimension_key', '=', cell.dimensionKey)
      .executeTakeFirst();
    await tables(executor)
      .insertInto('insight_import_previous')
      .values({
        import_id: importId,
        day: cell.day,
        dimension_key: cell.dimensionKey,
        previous: previous ? JSON.stringify(previous) : null,
      })
      .execute();
  }
}

/**
 * Puts back what an import replaced, for each cell the import still holds (a later import or push that changed a
 * cell since keeps its newer value). Returns how many cells were restored.
 */
export async function restorePrevious(executor: Executor, importId: string, figureId: string): Promise<number> {
  const lineage = `import:${importId}`;
  const rows = await tables(executor)
    .selectFrom('insight_import_previous')
    .select([sql<string>`day::text`.as('day'), 'dimension_key', 'previous'])
    .where('import_id', '=', importId)
    .execute();
  let restored = 0;
  for (const row of rows) {
    const cell = tables(executor)
      .deleteFrom('insight_facts')
      .where('figure_id', '=', figureId)
      .where('day', '=', row.day)
      .where('dimension_key', '=', row.dimension_key)
      .where('lineage', '=', lineage);
    const deleted = await cell.returning('figure_id').execute();
    if (deleted.length === 0) continue;
    restored++;
    const previous = row.previous as Record<string, never> | null;
    if (previous)
      await tables(executor)
        .insertInto('insight_facts')
        .values({
          figure_id: figureId,
          day: row.day,
          dimension_key: row.dimension_key,
          dimensions: JSON.stringify(previous.dimensions),
          numerator: previous.numerator,
          denominator: previous.denominator,
          value: previous.value,
          source: previous.source,
          lineage: previous.lineage,
          source_version: previous.source_version,
          computed_at: new Date(previous.computed_at),
        })
        .execute();
  }
  return restored;
}
