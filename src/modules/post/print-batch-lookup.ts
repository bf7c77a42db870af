import type { Executor } from '#platform/db/database.ts';
import { notFound } from '#platform/http/problem.ts';
import * as repository from './post.repository.ts';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The print batch with this id; any other id is "not found". */
export async function printBatch(executor: Executor, id: string) {
  const batch = isUuid(id) ? await repository.findPrintBatch(executor, id) : undefined;
  if (!batch) throw notFound();
  return batch;
}
