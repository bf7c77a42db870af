import type { Database, Executor } from '#platform/db/database.ts';
import type { PermissionGrants } from '#platform/auth/permissions.ts';
import { roles as allRoles, type Principal, type Role } from '#platform/auth/principal.ts';
import * as repository from './identity.repository.ts';
import type { DepartmentCache } from './departments.ts';
import { ALL_DEPARTMENTS, apiClientProblems, hashApiKey, integrationScopes } from './api-client-rules.ts';
import { toBusiness, toPerson, toStaff, type Business, type Person, type StaffMember } from './people.ts';
import { LoginRefusedError, principalFromLogin } from './login-principal.ts';
import * as apiClients from './api-client.service.ts';
import { IdentityDirectory } from './identity-directory.ts';
import * as staffAdministration from './staff-administration.ts';

export {
  ALL_DEPARTMENTS,
  apiClientProblems,
  hashApiKey,
  integrationScopes,
  LoginRefusedError,
  toBusiness,
  toPerson,
  toStaff,
};
export type { Business, Person, StaffMember };
export type { Department } from './departments.ts';

/** People, businesses, staff and API clients: who someone is, and what they may be called in a session. */
export class IdentityService extends IdentityDirectory {
  /** the named actions an API client may hold as scopes, of this app's modules */
  readonly integrationScopes: readonly string[];

  private readonly authenticateKey: (key: string) => Promise<Principal | undefined>;

  constructor(db: Database, departments: DepartmentCache, permissions: PermissionGrants) {
    super(db, departments);
    this.integrationScopes = integrationScopes(permissions);
    this.authenticateKey = apiClients.apiKeyAuthenticator(db);
  }

  /** Whether demo data was seeded in this database (demo data is seeded once). */
  async isDemoSeeded(): Promise<boolean> {
    return repository.hasDemoSeed(this.db);
  }
  async markDemoSeeded(): Promise<void> {
    await repository.markDemoSeeded(this.db);
  }

  /** Turns the identity provider's claims into a principal, creating the person, business or staff member on first login. */
  principalFromLogin(rawClaims: Record<string, unknown>): Promise<Principal> {
    return principalFromLogin(this.db, rawClaims);
  }

  authenticateApiKey(key: string): Promise<Principal | undefined> {
    return this.authenticateKey(key);
  }

  /**
   * Creates an API client for a line-of-business system; the key is shown once and only its hash is kept. A
   * department limits what the client reads and acts for to that department's records; none means all departments.
   */
  createApiClient(
    actor: Principal,
    input: { name: string; scopes: string[]; departmentId?: string | null },
    executor: Executor = this.db,
  ): Promise<{ id: string; key: string }> {
    const context = { db: this.db, departments: this.departments, integrationScopes: this.integrationScopes };
    return apiClients.createApiClient(context, actor, input, executor);
  }

  listApiClients(actor: Principal) {
    return apiClients.listApiClients(this.db, actor);
  }

  revokeApiClient(actor: Principal, id: string): Promise<void> {
    return apiClients.revokeApiClient(this.db, actor, id);
  }

  listStaff(actor: Principal): Promise<StaffMember[]> {
    return staffAdministration.listStaff(this.db, actor);
  }

  getStaffForAdministration(actor: Principal, staffId: string): Promise<StaffMember> {
    return staffAdministration.getStaffForAdministration(this.db, actor, staffId);
  }

  /** An administrator sets a staff member's roles and department; from then on they override the identity provider's claim. */
  setStaffRoles(actor: Principal, staffId: string, roles: string[], departmentId: string | null): Promise<StaffMember> {
    return staffAdministration.setStaffRoles(this.db, actor, staffId, roles, departmentId);
  }
}

export const isRole = (value: string): value is Role => (allRoles as readonly string[]).includes(value);
