import type { Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { EventPayload } from '#platform/events/event.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { PartyRef } from '#platform/contracts.ts';
import type { CaseTypeVersionView } from './case-types.service.ts';
import { CaseClosed, CaseCreated, CaseDeadlineMissed, CaseStateChanged } from './cases.events.ts';
import type { Case } from './cases.repository.ts';

/** Who took a transition, as the event says it: the automatic workflow is `system`. */
const actorKindOf = (actor: Principal, systemActorId: string) =>
  actor.id === systemActorId ? 'system' : actor.kind === 'client' ? 'integration' : actor.kind;

/**
 * The cases module's events, published in the transaction of the change: a case created, a transition
 * taken (and the case closed when it reached an end state), a deadline missed.
 */
export class CaseEvents {
  constructor(
    private readonly events: EventBus,
    /** the department's code by id (reference data, from identity's department cache) */
    private readonly departmentCode: (departmentId: string | null) => Promise<string | undefined>,
    private readonly systemActorId: string,
  ) {}

  private async codes(row: Pick<Case, 'id' | 'case_type_code' | 'department_id'>, caseType: CaseTypeVersionView) {
    const departmentCode = await this.departmentCode(row.department_id);
    return {
      caseId: row.id,
      caseTypeCode: row.case_type_code,
      kle: caseType.definition.kle,
      ...(departmentCode ? { departmentCode } : {}),
    };
  }

  async created(trx: Executor, row: Case, caseType: CaseTypeVersionView, applicant?: PartyRef): Promise<void> {
    await this.events.publish(trx, CaseCreated, {
      ...(await this.codes(row, caseType)),
      channel: row.channel as EventPayload<typeof CaseCreated>['channel'],
      state: row.state,
      ...(applicant?.personId ? { personId: applicant.personId } : {}),
      ...(applicant?.businessId ? { businessId: applicant.businessId } : {}),
      ...(row.deadline ? { deadline: row.deadline.toISOString() } : {}),
      createdAt: row.received_at.toISOString(),
    });
  }

  async transitioned(
    trx: Executor,
    actor: Principal,
    before: Case,
    after: Case,
    caseType: CaseTypeVersionView,
    transitionId: string,
    now: Date,
  ): Promise<void> {
    await this.events.publish(trx, CaseStateChanged, {
      ...(await this.codes(after, caseType)),
      transitionId,
      from: before.state,
      to: after.state,
      actorKind: actorKindOf(actor, this.systemActorId),
      changedAt: now.toISOString(),
    });
    if (after.closed_at && !before.closed_at)
      await this.events.publish(trx, CaseClosed, {
        ...(await this.codes(after, caseType)),
        state: after.state,
        result: after.result ?? 'closed',
        receivedAt: after.received_at.toISOString(),
        closedAt: after.closed_at.toISOString(),
      });
  }

  async deadlinesMissed(
    trx: Executor,
    missed: Array<
      Pick<Case, 'id' | 'case_type_code' | 'case_type_version_id' | 'department_id' | 'state'> & { deadline: Date }
    >,
    caseTypeOf: (row: (typeof missed)[number]) => Promise<CaseTypeVersionView>,
    now: Date,
  ): Promise<void> {
    const payloads = [];
    for (const row of missed)
      payloads.push({
        ...(await this.codes(row, await caseTypeOf(row))),
        state: row.state,
        deadline: row.deadline.toISOString(),
        detectedAt: now.toISOString(),
      });
    await this.events.publishMany(trx, CaseDeadlineMissed, payloads);
  }
}
