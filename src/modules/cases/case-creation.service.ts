import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { CasesContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { deadlineFrom } from './engine/deadline.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { CaseEvents } from './case-events.ts';
import { documentTypeFor, type CaseRecords } from './case-records.service.ts';
import type { CaseTransitions } from './case-transitions.service.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import { mayCreateCaseIn, mayCreateOwnCase, partyOf } from './cases.policy.ts';
import * as repository from './cases.repository.ts';
import { eventBy } from './workflow-actions.ts';

export type Channel = Parameters<CasesContract['createCase']>[2]['channel'];

export interface CaseCreationDependencies {
  db: Database;
  caseTypes: CaseTypeCatalogue;
  caseEvents: CaseEvents;
  records: CaseRecords;
  transitions: CaseTransitions;
  identity: IdentityContract;
}

/** Creating a case, whoever asks: self-service, the desk, the phone or a line-of-business system. */
export class CaseCreation {
  constructor(private readonly deps: CaseCreationDependencies) {}

  /** What self-service shows about a case type before a citizen applies. */
  async caseTypeSummary(code: string) {
    const current = await this.deps.caseTypes.current(code);
    if (!current) return undefined;
    return {
      code,
      name: current.definition.name,
      expectedProcessingDays: current.definition.serviceLevel?.amount ?? null,
    };
  }

  /**
   * Creates a case of a case type's current version: the legal deadline counted from now (in Danish
   * working days when the case type says so), the owning department, the applicant as party, a
   * "received" event and the documents. A citizen or business may only create their own case through
   * self-service; staff and API clients need `case:create`.
   */
  async createCase(
    executor: Executor,
    actor: Principal,
    input: Parameters<CasesContract['createCase']>[2],
    now = new Date(),
  ) {
    if (partyOf(actor)) {
      if (!input.applicant || !mayCreateOwnCase(actor, input.applicant, input.channel))
        throw new HttpProblem(403, 'error.403.text');
    } else assertCan(actor, 'case:create');
    const caseType = await this.deps.caseTypes.current(input.caseTypeCode, executor);
    if (!caseType) throw new HttpProblem(400, 'cases.caseType.unknown', { code: input.caseTypeCode });
    const definition = caseType.definition;
    const department = await this.deps.identity.departmentByCode(definition.departmentCode);
    if (!mayCreateCaseIn(actor, department?.id)) throw new HttpProblem(403, 'cases.api.otherDepartment');
    const processing = definition.legalDeadline ?? definition.serviceLevel;
    return this.inTransaction(executor, async (trx) => {
      const reference = await repository.nextReference(trx, Number(danishDay(now).slice(0, 4)));
      const row = await repository.insertCase(trx, {
        reference,
        case_type_code: caseType.code,
        case_type_version_id: caseType.id,
        title: input.title?.trim() || definition.name.da,
        state: definition.workflow.initialState,
        channel: input.channel,
        department_id: department?.id ?? null,
        assignee_id: null,
        // the processing deadline: the legal one where the law sets one, else the published service level
        deadline: processing ? deadlineFrom(now, processing) : null,
        fields: input.fields,
        submitted_form: input.submittedForm ?? null,
        received_at: now,
        created_by: `${actor.kind}:${actor.id}`,
      });
      if (input.applicant)
        await repository.insertParty(trx, {
          case_id: row.id,
          role: 'applicant',
          person_id: input.applicant.personId ?? null,
          business_id: input.applicant.businessId ?? null,
        });
      await repository.insertEvent(trx, {
        ...eventBy(actor, row.id, 'created', { channel: input.channel }, true),
        occurred_at: now,
      });
      await this.deps.caseEvents.created(trx, row, caseType, input.applicant);
      for (const document of input.documents ?? [])
        await this.deps.records.storeDocument(trx, actor, row, caseType, {
          ...document,
          documentType: documentTypeFor(document, caseType),
          sharedWithParties: input.channel === 'selfservice',
        });
      const settled = await this.deps.transitions.fieldsChanged(trx, row, now);
      return {
        caseId: row.id,
        reference,
        expectedProcessingDays: definition.serviceLevel?.amount ?? null,
        deadline: settled.deadline,
      };
    });
  }

  /** Joins the caller's transaction (self-service submits in its own), or opens one. */
  private inTransaction<T>(executor: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
    return executor.isTransaction ? work(executor) : this.deps.db.transaction().execute(work);
  }
}
