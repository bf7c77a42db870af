import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';

/** The demo administrator (`staff-admin-1`) as a principal: who creates API clients in tests, as an administrator would. */
export async function demoAdministrator(raadhus: Raadhus): Promise<Principal> {
  const { staff } = await raadhus.services.identity.testIdentities();
  const member = staff.find((candidate) => candidate.subject === 'staff-admin-1');
  if (!member) throw new Error('the demo data has no staff-admin-1');
  return { kind: 'staff', id: member.id, name: member.name, roles: member.roles, departmentId: member.departmentId };
}

/** Creates an API client as the demo administrator (audited, like one created at /admin/api-clients). */
export async function createTestApiClient(
  raadhus: Raadhus,
  input: { name: string; scopes: string[]; departmentId?: string | null },
): Promise<{ id: string; key: string }> {
  return raadhus.services.identity.createApiClient(await demoAdministrator(raadhus), input);
}
