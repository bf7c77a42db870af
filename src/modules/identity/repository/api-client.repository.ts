import type { Executor } from '#platform/db/database.ts';
import { identity } from './identity.tables.ts';

export const insertApiClient = (
  executor: Executor,
  client: { name: string; key_hash: string; scopes: string[]; department_id?: string | null },
) => identity(executor).insertInto('api_clients').values(client).returningAll().executeTakeFirstOrThrow();
/** The clients still holding any of these key hashes (one statement for the keys presented at once). */
export const findApiClientsByKeyHashes = (executor: Executor, keyHashes: string[]) =>
  identity(executor)
    .selectFrom('api_clients')
    .selectAll()
    .where('key_hash', 'in', keyHashes)
    .where('revoked_at', 'is', null)
    .execute();
export const listApiClients = (executor: Executor) =>
  identity(executor).selectFrom('api_clients').selectAll().orderBy('created_at').execute();
export const revokeApiClient = (executor: Executor, id: string) =>
  identity(executor)
    .updateTable('api_clients')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
