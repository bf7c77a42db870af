import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { tables } from '../repository/purpose.repository.ts';

/** A demo staff member as a principal, by test subject (`staff-front-desk-1`). */
export async function demoStaff(raadhus: Raadhus, subject: string): Promise<Principal> {
  const { staff } = await raadhus.services.identity.testIdentities();
  const member = staff.find((candidate) => candidate.subject === subject);
  if (!member) throw new Error(`the demo data has no ${subject}`);
  return { kind: 'staff', id: member.id, name: member.name, roles: member.roles, departmentId: member.departmentId };
}

/** The register's rows about one object (a case, a message, a draft). */
export const inquiriesAbout = (raadhus: Raadhus, objectId: string) =>
  tables(raadhus.database.db).selectFrom('channels_inquiries').selectAll().where('object_id', '=', objectId).execute();

export const inquiryById = (raadhus: Raadhus, id: string) =>
  tables(raadhus.database.db)
    .selectFrom('channels_inquiries')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

export { waitFor } from '#test-support/wait-for.ts';
