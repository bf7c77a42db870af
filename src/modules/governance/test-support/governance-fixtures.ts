import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { tables } from '../repository/system.repository.ts';

/** A demo staff member as a principal, by test subject (`staff-system-owner-1`). */
export async function demoStaff(raadhus: Raadhus, subject: string): Promise<Principal> {
  const { staff } = await raadhus.services.identity.testIdentities();
  const member = staff.find((candidate) => candidate.subject === subject);
  if (!member) throw new Error(`the demo data has no ${subject}`);
  return { kind: 'staff', id: member.id, name: member.name, roles: member.roles, departmentId: member.departmentId };
}

/** The demo system of that name's id. */
export async function systemId(raadhus: Raadhus, name: string): Promise<string> {
  const row = await tables(raadhus.database.db)
    .selectFrom('governance_systems')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** How many rows the governance tables hold: a refused change leaves every count as it was. */
export async function governanceCounts(raadhus: Raadhus): Promise<Record<string, number>> {
  const names = [
    'governance_contracts',
    'governance_costs',
    'governance_incidents',
    'governance_system_roles',
  ] as const;
  const counts: Record<string, number> = {};
  for (const name of names) {
    const row = await tables(raadhus.database.db)
      .selectFrom(name)
      .select((select) => select.fn.countAll<string>().as('count'))
      .executeTakeFirstOrThrow();
    counts[name] = Number(row.count);
  }
  return counts;
}
