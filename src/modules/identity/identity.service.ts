import { randomBytes } from 'node:crypto';
import type { Database, Executor } from '#platform/db/database.ts';
import { assertCan, type PermissionGrants } from '#platform/auth/permissions.ts';
import { roles as allRoles, staffRoles, type Principal, type Role, type StaffRole } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './identity.repository.ts';
import { assuranceFromClaim, claimNames, localeFromClaim, LoginClaims } from './claims.ts';
import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';
import type { Department, DepartmentCache } from './departments.ts';
import { removesOwnAdministratorRole } from './identity.policy.ts';
import { ALL_DEPARTMENTS, apiClientProblems, hashApiKey, integrationScopes } from './api-client-rules.ts';
import { toBusiness, toPerson, toStaff, type Business, type Person, type StaffMember } from './people.ts';

export { ALL_DEPARTMENTS, apiClientProblems, hashApiKey, integrationScopes, toBusiness, toPerson, toStaff };
export type { Business, Person, StaffMember };
export type { Department } from './departments.ts';

export class LoginRefusedError extends Error {
  constructor(
    readonly messageKey: string,
    readonly values: Record<string, string> = {},
  ) {
    super(messageKey);
  }
}

/** People, businesses, staff and API clients: who someone is, and what they may be called in a session. */
export class IdentityService {
  /** the named actions an API client may hold as scopes, of this app's modules */
  readonly integrationScopes: readonly string[];

  constructor(
    private readonly db: Database,
    private readonly departments: DepartmentCache,
    permissions: PermissionGrants,
  ) {
    this.integrationScopes = integrationScopes(permissions);
  }

  /** Whether demo data was seeded in this database (demo data is seeded once). */
  async isDemoSeeded(): Promise<boolean> {
    return repository.hasDemoSeed(this.db);
  }
  async markDemoSeeded(): Promise<void> {
    await repository.markDemoSeeded(this.db);
  }

  /** Turns the identity provider's claims into a principal, creating the person, business or staff member on first login. */
  async principalFromLogin(rawClaims: Record<string, unknown>): Promise<Principal> {
    const parsed = LoginClaims.safeParse(rawClaims);
    if (!parsed.success)
      throw new LoginRefusedError('login.missingClaim', {
        claim: parsed.error.issues.map((issue) => issue.path.join('.')).join(', '),
      });
    const claims = parsed.data;
    const assurance = assuranceFromClaim(claims[claimNames.assurance]);
    const claimedRoles = claims[claimNames.staffRoles];
    if (claimedRoles) return this.staffPrincipal(claims, claimedRoles);
    const cvr = claims[claimNames.cvr];
    if (cvr) {
      if (!isValidCvr(cvr)) throw new LoginRefusedError('login.missingClaim', { claim: claimNames.cvr });
      const name = claims[claimNames.organisationName] ?? cvr;
      const business =
        (await repository.findBusinessByCvr(this.db, cvr)) ?? (await repository.upsertBusiness(this.db, { cvr, name }));
      await this.rememberLocale('businesses', business, claims.locale);
      return {
        kind: 'business',
        id: business.id,
        name: business.name,
        cvr,
        representativeName: claims.name,
        roles: ['business'],
        assurance,
        cpr: undefined,
      };
    }
    const cprClaim = claims[claimNames.cpr];
    if (!cprClaim) throw new LoginRefusedError('login.missingClaim', { claim: claimNames.cpr });
    const checked = checkCpr(cprClaim);
    if (!('cpr' in checked)) throw new LoginRefusedError('login.missingClaim', { claim: claimNames.cpr });
    const person =
      (await repository.findPersonByCpr(this.db, checked.cpr)) ??
      (await repository.upsertPerson(this.db, { cpr: checked.cpr, name: claims.name }));
    await this.rememberLocale('people', person, claims.locale);
    return { kind: 'citizen', id: person.id, name: person.name, cpr: person.cpr, roles: ['citizen'], assurance };
  }

  /** A login that names a language (the `locale` claim) sets the language letters are written in. */
  private async rememberLocale(
    table: 'people' | 'businesses',
    row: { id: string; preferred_locale: 'da' | 'en' },
    claim: string | undefined,
  ): Promise<void> {
    const locale = localeFromClaim(claim);
    if (locale && locale !== row.preferred_locale) await repository.setPreferredLocale(this.db, table, row.id, locale);
  }

  private async staffPrincipal(claims: LoginClaims, claimedRoles: string[]): Promise<Principal> {
    const roles = claimedRoles.filter((role): role is StaffRole => (staffRoles as readonly string[]).includes(role));
    const departmentCode = claims[claimNames.department];
    const department = departmentCode ? await repository.findDepartmentByCode(this.db, departmentCode) : undefined;
    const staff = await repository.upsertStaff(this.db, {
      subject: claims.sub,
      name: claims.name,
      email: claims.email ?? null,
      department_id: department?.id ?? null,
      roles,
    });
    if (!staff.active) throw new LoginRefusedError('login.failed.text');
    const member = toStaff(staff);
    return {
      kind: 'staff',
      id: member.id,
      name: member.name,
      roles: member.roles,
      departmentId: member.departmentId,
      assurance: 'substantial',
    };
  }

  async authenticateApiKey(key: string): Promise<Principal | undefined> {
    if (!key) return undefined;
    const client = await repository.findApiClientByKeyHash(this.db, hashApiKey(key));
    if (!client) return undefined;
    return {
      kind: 'client',
      id: client.id,
      name: client.name,
      roles: ['integration'],
      scopes: client.scopes,
      departmentId: client.department_id,
    };
  }

  /**
   * Creates an API client for a line-of-business system; the key is shown once and only its hash is kept. A
   * department limits what the client reads and acts for to that department's records; none means all departments.
   */
  async createApiClient(
    actor: Principal,
    input: { name: string; scopes: string[]; departmentId?: string | null },
    executor: Executor = this.db,
  ): Promise<{ id: string; key: string }> {
    assertCan(actor, 'identity:manage');
    const unknown = input.scopes.filter((scope) => !this.integrationScopes.includes(scope));
    if (unknown.length) throw new HttpProblem(400, 'identity.apiClients.unknownScope', { scopes: unknown.join(', ') });
    const department = input.departmentId ? this.departments.byId(input.departmentId) : undefined;
    if (input.departmentId && !department) throw new HttpProblem(400, 'identity.department.unknown');
    const key = `rh_${randomBytes(24).toString('base64url')}`;
    const create = async (trx: Executor) => {
      const client = await repository.insertApiClient(trx, {
        name: input.name,
        key_hash: hashApiKey(key),
        scopes: input.scopes,
        department_id: department?.id ?? null,
      });
      await recordAudit(trx, {
        actor,
        action: 'api-client:create',
        objectType: 'api-client',
        objectId: client.id,
        purpose: `scopes ${input.scopes.join(', ') || 'none'}; department ${department?.code ?? 'all'}`,
      });
      return client;
    };
    const client = executor.isTransaction ? await create(executor) : await this.db.transaction().execute(create);
    return { id: client.id, key };
  }

  async listApiClients(actor: Principal) {
    assertCan(actor, 'identity:manage');
    return (await repository.listApiClients(this.db)).map((row) => ({
      id: row.id,
      name: row.name,
      scopes: row.scopes,
      departmentId: row.department_id,
      createdAt: row.created_at,
      revoked: row.revoked_at !== null,
    }));
  }

  async revokeApiClient(actor: Principal, id: string): Promise<void> {
    assertCan(actor, 'identity:manage');
    await this.db.transaction().execute(async (trx) => {
      const revoked = await repository.revokeApiClient(trx, id);
      if (!revoked) throw new HttpProblem(404, 'error.404.text');
      await recordAudit(trx, {
        actor,
        action: 'api-client:revoke',
        objectType: 'api-client',
        objectId: id,
        purpose: 'key revoked',
      });
    });
  }

  /**
   * Staff look up a person by CPR: validated, and audit-logged with the purpose in the caller's
   * transaction. A citizen or business is never allowed here.
   */
  async lookupPersonByCpr(
    actor: Principal,
    input: string,
    purpose: string,
    executor: Executor = this.db,
  ): Promise<Person> {
    assertCan(actor, 'person:lookup');
    const checked = checkCpr(input);
    if (!('cpr' in checked)) throw new HttpProblem(400, checked.problem === 'format' ? 'cpr.format' : 'cpr.date');
    const row = await repository.findPersonByCpr(executor, checked.cpr);
    if (!row) throw new HttpProblem(404, 'identity.person.notFound');
    await recordAudit(executor, {
      actor,
      action: 'person:lookup',
      personId: row.id,
      objectType: 'person',
      objectId: row.id,
      purpose,
    });
    return toPerson(row);
  }

  async lookupBusinessByCvr(
    actor: Principal,
    cvr: string,
    purpose: string,
    executor: Executor = this.db,
  ): Promise<Business> {
    assertCan(actor, 'person:lookup');
    if (!isValidCvr(cvr)) throw new HttpProblem(400, 'identity.cvr.invalid');
    const row = await repository.findBusinessByCvr(executor, cvr.trim());
    if (!row) throw new HttpProblem(404, 'identity.business.notFound');
    await recordAudit(executor, {
      actor,
      action: 'business:lookup',
      businessId: row.id,
      objectType: 'business',
      objectId: row.id,
      purpose,
    });
    return toBusiness(row);
  }

  /** For other modules' services (no audit here: the caller audits the read it makes for its own purpose). */
  async getPerson(id: string, executor: Executor = this.db): Promise<Person | undefined> {
    const row = await repository.findPersonById(executor, id);
    return row && toPerson(row);
  }
  async getPeople(ids: string[], executor: Executor = this.db): Promise<Person[]> {
    return (await repository.findPeopleByIds(executor, ids)).map(toPerson);
  }
  /** Many people by CPR number in one query (bulk letters); unknown numbers are simply absent. */
  async findPeopleByCprs(cprs: string[], executor: Executor = this.db): Promise<Person[]> {
    return (await repository.findPeopleByCprs(executor, cprs)).map(toPerson);
  }
  async findBusinessesByCvrs(cvrs: string[], executor: Executor = this.db): Promise<Business[]> {
    return (await repository.findBusinessesByCvrs(executor, cvrs)).map(toBusiness);
  }
  async findPersonByCpr(cpr: string, executor: Executor = this.db): Promise<Person | undefined> {
    const row = await repository.findPersonByCpr(executor, cpr);
    return row && toPerson(row);
  }
  async ensurePerson(cpr: string, name: string, executor: Executor = this.db): Promise<Person> {
    return toPerson(
      (await repository.findPersonByCpr(executor, cpr)) ?? (await repository.upsertPerson(executor, { cpr, name })),
    );
  }
  async getBusiness(id: string, executor: Executor = this.db): Promise<Business | undefined> {
    const row = await repository.findBusinessById(executor, id);
    return row && toBusiness(row);
  }
  async findBusinessByCvr(cvr: string, executor: Executor = this.db): Promise<Business | undefined> {
    const row = await repository.findBusinessByCvr(executor, cvr);
    return row && toBusiness(row);
  }
  async getStaff(id: string, executor: Executor = this.db): Promise<StaffMember | undefined> {
    const row = await repository.findStaffById(executor, id);
    return row && toStaff(row);
  }
  /** Active staff of a department, for other modules' "assign to a colleague" (names only). */
  async staffInDepartment(departmentId: string): Promise<Array<{ id: string; name: string }>> {
    return (await repository.listStaff(this.db))
      .filter((row) => row.active && row.department_id === departmentId)
      .map((row) => ({ id: row.id, name: row.name }));
  }
  /** The departments, from the one cache (never a query on the caller's behalf: safe inside a transaction). */
  async listDepartments(): Promise<Department[]> {
    return this.departments.list();
  }
  async department(id: string | null | undefined): Promise<Department | undefined> {
    return this.departments.byId(id);
  }
  async departmentByCode(code: string): Promise<Department | undefined> {
    return this.departments.byCode(code);
  }
  /** The department that acts when none is given (Borgerservice). */
  async defaultDepartment(): Promise<Department> {
    return this.departments.defaultDepartment();
  }
  /** The department a principal acts for: their own, or the default one. */
  async departmentOf(principal: Pick<Principal, 'departmentId'>): Promise<Department> {
    return this.departments.of(principal);
  }

  async listStaff(actor: Principal): Promise<StaffMember[]> {
    assertCan(actor, 'identity:manage');
    return (await repository.listStaff(this.db)).map(toStaff);
  }

  async getStaffForAdministration(actor: Principal, staffId: string): Promise<StaffMember> {
    assertCan(actor, 'identity:manage');
    const row = await repository.findStaffById(this.db, staffId);
    if (!row) throw new HttpProblem(404, 'error.404.text');
    return toStaff(row);
  }

  /** An administrator sets a staff member's roles and department; from then on they override the identity provider's claim. */
  async setStaffRoles(
    actor: Principal,
    staffId: string,
    roles: string[],
    departmentId: string | null,
  ): Promise<StaffMember> {
    assertCan(actor, 'identity:manage');
    const valid = roles.filter((role): role is StaffRole => (staffRoles as readonly string[]).includes(role));
    if (valid.length !== roles.length) throw new HttpProblem(400, 'identity.roles.invalid');
    // An administrator cannot lock themselves out: someone else must take their administrator role.
    if (removesOwnAdministratorRole(actor, staffId, valid))
      throw new HttpProblem(400, 'identity.roles.ownAdministrator');
    if (departmentId && !(await repository.findDepartmentById(this.db, departmentId)))
      throw new HttpProblem(400, 'identity.department.unknown');
    return this.db.transaction().execute(async (trx) => {
      const row = await repository.updateStaffRoles(trx, staffId, valid, departmentId);
      if (!row) throw new HttpProblem(404, 'error.404.text');
      await recordAudit(trx, {
        actor,
        action: 'staff:roles',
        objectType: 'staff',
        objectId: staffId,
        purpose: `roles set to ${valid.join(', ') || 'none'}`,
      });
      return toStaff(row);
    });
  }

  /** Identities offered by the built-in test identity provider: only rows marked as test data. */
  /** The CPR number of every person in the municipality's register (for a letter to every citizen). */
  async allCitizenCprs(executor: Executor = this.db): Promise<string[]> {
    return repository.listAllCprs(executor);
  }

  async testIdentities() {
    const [people, businesses, staff] = await Promise.all([
      repository.listTestPeople(this.db),
      repository.listTestBusinesses(this.db),
      repository.listStaff(this.db),
    ]);
    const departments = new Map((await repository.listDepartments(this.db)).map((row) => [row.id, row.code]));
    return {
      citizens: people.map(toPerson),
      businesses: businesses.map(toBusiness),
      staff: staff
        .filter((row) => row.is_test)
        .map((row) => ({
          ...toStaff(row),
          departmentCode: row.department_id ? departments.get(row.department_id) : undefined,
        })),
    };
  }
}

export const isRole = (value: string): value is Role => (allRoles as readonly string[]).includes(value);
