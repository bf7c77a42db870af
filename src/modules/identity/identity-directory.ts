import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import * as repository from './identity.repository.ts';
import type { Department, DepartmentCache } from './departments.ts';
import { toBusiness, toPerson, toStaff, type Business, type Person, type StaffMember } from './people.ts';
import * as lookups from './audited-lookup.ts';

/**
 * What other modules ask identity (its contract): people, businesses and staff by id or number, audited
 * look-ups by CPR/CVR, and the departments from the one department cache.
 */
export class IdentityDirectory {
  constructor(
    protected readonly db: Database,
    protected readonly departments: DepartmentCache,
  ) {}

  /** Staff look up a person by CPR: validated, and audit-logged with the purpose in the caller's transaction. */
  lookupPersonByCpr(actor: Principal, input: string, purpose: string, executor: Executor = this.db): Promise<Person> {
    return lookups.lookupPersonByCpr(executor, actor, input, purpose);
  }

  lookupBusinessByCvr(actor: Principal, cvr: string, purpose: string, executor: Executor = this.db): Promise<Business> {
    return lookups.lookupBusinessByCvr(executor, actor, cvr, purpose);
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

  /** The CPR number of every person in the municipality's register (for a letter to every citizen). */
  async allCitizenCprs(executor: Executor = this.db): Promise<string[]> {
    return repository.listAllCprs(executor);
  }

  /** Identities offered by the built-in test identity provider: only rows marked as test data. */
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
