import type { Executor } from '#platform/db/database.ts';
import { tables, type OwnerKind } from './post.tables.ts';

// Mailboxes: one per owner (person or business), created on first use.

/** The owner's mailbox, created on first use (a concurrent first use finds the other's row). */
export async function ensureMailbox(executor: Executor, ownerKind: OwnerKind, ownerId: string): Promise<string> {
  await tables(executor)
    .insertInto('post_mailboxes')
    .values({ owner_kind: ownerKind, owner_id: ownerId })
    .onConflict((conflict) => conflict.columns(['owner_kind', 'owner_id']).doNothing())
    .execute();
  return (
    await tables(executor)
      .selectFrom('post_mailboxes')
      .select('id')
      .where('owner_kind', '=', ownerKind)
      .where('owner_id', '=', ownerId)
      .executeTakeFirstOrThrow()
  ).id;
}
/** Many owners' mailboxes at once (bulk letters): created where missing, as a map owner key → mailbox id. */
export async function ensureMailboxes(
  executor: Executor,
  owners: Array<{ kind: OwnerKind; id: string }>,
): Promise<Map<string, string>> {
  if (!owners.length) return new Map();
  const find = async (wanted: typeof owners) =>
    (
      await tables(executor)
        .selectFrom('post_mailboxes')
        .select(['id', 'owner_kind', 'owner_id'])
        .where(
          'owner_id',
          'in',
          wanted.map((owner) => owner.id),
        )
        .execute()
    ).map((row) => [`${row.owner_kind}:${row.owner_id}`, row.id] as const);
  const found = new Map(await find(owners));
  // most recipients have had a letter before: only the others get a mailbox (a concurrent first use finds the other's row)
  const missing = owners.filter((owner) => !found.has(`${owner.kind}:${owner.id}`));
  if (missing.length) {
    await tables(executor)
      .insertInto('post_mailboxes')
      .values(missing.map((owner) => ({ owner_kind: owner.kind, owner_id: owner.id })))
      .onConflict((conflict) => conflict.columns(['owner_kind', 'owner_id']).doNothing())
      .execute();
    for (const [key, id] of await find(missing)) found.set(key, id);
  }
  return found;
}
export const findMailbox = (executor: Executor, ownerKind: OwnerKind, ownerId: string) =>
  tables(executor)
    .selectFrom('post_mailboxes')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
export const findMailboxById = (executor: Executor, id: string) =>
  tables(executor).selectFrom('post_mailboxes').selectAll().where('id', '=', id).executeTakeFirst();
export const findMailboxesByIds = (executor: Executor, ids: string[]) =>
  ids.length
    ? tables(executor).selectFrom('post_mailboxes').selectAll().where('id', 'in', ids).execute()
    : Promise.resolve([]);
