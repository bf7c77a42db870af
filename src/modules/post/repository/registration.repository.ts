import type { Executor } from '#platform/db/database.ts';
import { tables, type OwnerKind, type RegistrationStatus } from './post.tables.ts';

// Sign-up, withdrawal and exemption, recorded with their time: the latest one counts.

export const currentRegistration = (executor: Executor, ownerKind: OwnerKind, ownerId: string) =>
  tables(executor)
    .selectFrom('post_registrations')
    .selectAll()
    .where('owner_kind', '=', ownerKind)
    .where('owner_id', '=', ownerId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
/** The latest registration of each owner (bulk letters): owner key → status. */
export async function currentRegistrations(
  executor: Executor,
  owners: Array<{ kind: OwnerKind; id: string }>,
): Promise<Map<string, RegistrationStatus>> {
  if (!owners.length) return new Map();
  const rows = await tables(executor)
    .selectFrom('post_registrations')
    .distinctOn(['owner_kind', 'owner_id'])
    .select(['owner_kind', 'owner_id', 'status'])
    .where(
      'owner_id',
      'in',
      owners.map((owner) => owner.id),
    )
    .orderBy('owner_kind')
    .orderBy('owner_id')
    .orderBy('id', 'desc')
    .execute();
  return new Map(rows.map((row) => [`${row.owner_kind}:${row.owner_id}`, row.status]));
}
export const insertRegistration = (
  executor: Executor,
  row: { owner_kind: OwnerKind; owner_id: string; status: RegistrationStatus; recorded_by: string },
) => tables(executor).insertInto('post_registrations').values(row).returningAll().executeTakeFirstOrThrow();
