import type { Executor } from '#platform/db/database.ts';
import { identity } from './identity.tables.ts';

export const hasDemoSeed = async (executor: Executor) =>
  Boolean(await identity(executor).selectFrom('demo_seed').select('seeded_at').executeTakeFirst());
export const markDemoSeeded = (executor: Executor) =>
  identity(executor).insertInto('demo_seed').defaultValues().execute();
