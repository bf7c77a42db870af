import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { deadlineFrom } from './engine/deadline.ts';
import type { CaseAccess } from './case-access.service.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import { isUuid, presentCase } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import { applicantNames } from './case-queue-applicants.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { CaseSummary } from './cases.types.ts';

export interface QueueFilters {
  state?: string;
  caseType?: string;
  deadline?: 'soon' | 'overdue';
  assignment?: 'all' | 'unassigned' | 'mine';
  sort?: 'deadline' | 'received' | 'reference';
  dir?: 'asc' | 'desc';
  page?: number;
}

/** The direction each queue sort takes unless the caseworker turns it: soonest deadline, newest first. */
export const queueSortDirection = { deadline: 'asc', received: 'desc', reference: 'desc' } as const;

export const QUEUE_PAGE_SIZE = 25;
/** "deadline soon": within this many working days */
export const SOON_WORKING_DAYS = 5;

/** The work queue: a department's cases (or a caseworker's own), filtered, sorted and paged. */
export class CaseQueue {
  constructor(
    private readonly db: Database,
    private readonly caseTypes: CaseTypeCatalogue,
    private readonly access: CaseAccess,
    private readonly identity: IdentityContract,
  ) {}

  /** The work queue of the caller's department (or, with `mine`, the caller's own cases). */
  async queue(
    actor: Principal,
    filters: QueueFilters,
    now = new Date(),
  ): Promise<{ cases: CaseSummary[]; page: number; hasNext: boolean }> {
    assertCan(actor, 'case:read');
    const page = Math.max(1, filters.page ?? 1);
    const mine = filters.assignment === 'mine' || !actor.departmentId;
    const rows = await repository.queue(this.db, {
      departmentId: mine ? undefined : actor.departmentId!,
      assigneeId: mine ? actor.id : undefined,
      unassigned: filters.assignment === 'unassigned',
      state: filters.state,
      caseTypeCode: filters.caseType,
      deadline: filters.deadline,
      now,
      soonBefore: deadlineFrom(now, { amount: SOON_WORKING_DAYS, unit: 'working_days' }),
      sort: filters.sort ?? 'deadline',
      direction: filters.dir ?? queueSortDirection[filters.sort ?? 'deadline'],
      limit: QUEUE_PAGE_SIZE + 1,
      offset: (page - 1) * QUEUE_PAGE_SIZE,
    });
    const names = new Map<string, string | null>();
    const shown = rows.slice(0, QUEUE_PAGE_SIZE);
    const applicants = await this.db.transaction().execute((trx) => applicantNames(trx, this.identity, actor, shown));
    const cases: CaseSummary[] = [];
    for (const row of shown)
      cases.push({
        ...presentCase(
          row,
          await this.caseTypes.version(row.case_type_version_id),
          await this.access.staffName(row.assignee_id, names),
          now,
        ),
        applicantName: applicants.get(row.id) ?? null,
      });
    return { cases, page, hasNext: rows.length > QUEUE_PAGE_SIZE };
  }

  /** For the staff start page's badge: open cases assigned to the staff member. */
  async openAssignedCount(staffId: string): Promise<number> {
    return isUuid(staffId) ? repository.countOpenAssignedTo(this.db, staffId) : 0;
  }

  /** States of the case types in use, for the queue's filter. */
  async queueFilterOptions(actor: Principal) {
    assertCan(actor, 'case:read');
    const caseTypes = await this.caseTypes.allCurrent();
    return {
      caseTypes: caseTypes.map((type) => ({ code: type.code, name: type.definition.name })),
      states: [
        ...new Map(
          caseTypes.flatMap((type) =>
            type.definition.workflow.states
              .filter((state) => !state.end)
              .map((state) => [state.id, state.label] as const),
          ),
        ).entries(),
      ].map(([id, label]) => ({ id, label })),
    };
  }

  /** Presents a case row after a change (for redirects and API answers). */
  async summary(row: repository.Case, now = new Date()): Promise<CaseSummary> {
    return presentCase(
      row,
      await this.caseTypes.version(row.case_type_version_id),
      await this.access.staffName(row.assignee_id),
      now,
    );
  }
}
