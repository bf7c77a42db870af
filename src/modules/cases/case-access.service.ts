import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { CaseTypeCatalogue, CaseTypeVersionView } from './case-types.service.ts';
import { isUuid } from './case-presenters.ts';
import { staffCaseAccess } from './cases.policy.ts';
import * as repository from './cases.repository.ts';

/** The stale-version refusal: someone changed the case after the caller read it. */
export const staleVersion = (reference: string) => new HttpProblem(409, 'cases.conflict.text', { reference });

/** Finding a case a staff member may handle, and changing it under optimistic locking. */
export class CaseAccess {
  constructor(
    private readonly db: Database,
    private readonly caseTypes: CaseTypeCatalogue,
    private readonly identity: IdentityContract,
  ) {}

  /**
   * A case a staff member may handle (their department's, or assigned to them; another department's is
   * 403 so a colleague knows to ask) or an API client may (its department's, when the key has one).
   * By id or by reference (`2026-000123`).
   */
  async caseForStaff(
    actor: Principal,
    caseId: string,
    executor: Executor = this.db,
    action = 'case:read',
    lock = false,
  ): Promise<repository.Case> {
    assertCan(actor, action);
    const byReference = isUuid(caseId) ? undefined : await repository.findCaseByReference(executor, caseId);
    const id = byReference?.id ?? (isUuid(caseId) ? caseId : undefined);
    const row = id && (lock || !byReference) ? await repository.findCase(executor, id, { lock }) : byReference;
    // another department's case is 404, as an unknown one, so its existence is not told
    if (!row || staffCaseAccess(actor, row) === 'hidden') throw new HttpProblem(404, 'cases.case.notFound');
    return row;
  }

  /** Whether the caller may open the case (after creating it at the desk for another department, perhaps not). */
  async mayRead(actor: Principal, caseId: string): Promise<boolean> {
    return this.caseForStaff(actor, caseId).then(
      () => true,
      () => false,
    );
  }

  /** A staff member's name, looked up once per cache (a page lists the same caseworker many times). */
  async staffName(
    id: string | null,
    cache = new Map<string, string | null>(),
    executor: Executor = this.db,
  ): Promise<string | null> {
    if (!id) return null;
    if (!cache.has(id)) cache.set(id, (await this.identity.getStaff(id, executor))?.name ?? null);
    return cache.get(id) ?? null;
  }

  /** Locks the case, checks the caller's version and access; the work's changes apply with the version moved on. */
  async change<T>(
    actor: Principal,
    caseId: string,
    expectedVersion: number | undefined,
    action: string,
    work: (trx: Executor, row: repository.Case, caseType: CaseTypeVersionView) => Promise<T>,
  ): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.caseForStaff(actor, caseId, trx, action, true);
      if (expectedVersion !== undefined && row.version !== expectedVersion) throw staleVersion(row.reference);
      return work(trx, row, await this.caseTypes.version(row.case_type_version_id, trx));
    });
  }

  /** Writes changes to the case at the version it was read; a concurrent change is the stale-version refusal. */
  async update(
    trx: Executor,
    row: repository.Case,
    changes: Parameters<typeof repository.updateCase>[3],
  ): Promise<repository.Case> {
    const updated = await repository.updateCase(trx, row.id, row.version, changes);
    if (!updated) throw staleVersion(row.reference);
    return updated;
  }
}
