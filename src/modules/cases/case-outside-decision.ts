import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { CaseEvents } from './case-events.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import { isUuid, presentState } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import { eventBy } from './workflow-actions.ts';
import { partiesOf } from './repository/parties.repository.ts';

export interface OutsideDecisionDependencies {
  caseTypes: CaseTypeCatalogue;
  caseEvents: CaseEvents;
  identity: IdentityContract;
}

/** A case by its id or its case number (letters name a case by its number). */
async function caseOf(executor: Executor, caseIdOrReference: string, lock = false) {
  if (isUuid(caseIdOrReference)) return repository.findCase(executor, caseIdOrReference, { lock });
  const row = await repository.findCaseByReference(executor, caseIdOrReference);
  return row && lock ? repository.findCase(executor, row.id, { lock }) : row;
}

/**
 * What the public post list may say about a case: its number, its case type, its department and its public
 * title, which is the case type's name (a case's own title may name its party, so it is never used).
 */
export async function journalFacts(deps: OutsideDecisionDependencies, executor: Executor, caseIdOrReference: string) {
  const row = await caseOf(executor, caseIdOrReference);
  if (!row) return undefined;
  const caseType = await deps.caseTypes.version(row.case_type_version_id, executor);
  const department = row.department_id ? await deps.identity.department(row.department_id) : undefined;
  return {
    caseId: row.id,
    reference: row.reference,
    caseTypeCode: row.case_type_code,
    publicTitle: caseType.definition.name,
    departmentCode: department?.code,
  };
}

/**
 * A case by its number or id, only if the person or business is one of its parties (openness: a party's own
 * request for access, forvaltningsloven § 9). Anyone else's case is answered as unknown.
 */
export async function caseOfParty(
  executor: Executor,
  caseIdOrReference: string,
  party: { personId?: string; businessId?: string },
) {
  const row = await caseOf(executor, caseIdOrReference);
  if (!row || (!party.personId && !party.businessId)) return undefined;
  const parties = await partiesOf(executor, row.id);
  const isParty = parties.some((candidate) =>
    party.businessId ? candidate.business_id === party.businessId : candidate.person_id === party.personId,
  );
  return isParty ? { caseId: row.id, reference: row.reference } : undefined;
}

/**
 * Closes a case whose decision another module made and delivered (openness: a request for access decided, with
 * its letter sent by openness): the case moves to the workflow's end state with that result, in the caller's
 * transaction, and publishes its change and closing like any transition. No workflow letters are sent.
 */
export async function closeDecidedElsewhere(
  deps: OutsideDecisionDependencies,
  trx: Executor,
  actor: Principal,
  caseId: string,
  input: { result: string; note: string },
  now = new Date(),
) {
  const row = await caseOf(trx, caseId, true);
  if (!row) throw new HttpProblem(404, 'error.404.text');
  if (row.closed_at) throw new HttpProblem(409, 'cases.transitions.closed');
  const caseType = await deps.caseTypes.version(row.case_type_version_id, trx);
  const workflow = caseType.definition.workflow;
  const end = workflow.states.find((state) => state.end?.result === input.result);
  if (!end) throw new HttpProblem(409, 'cases.transitions.closed');
  const transition = workflow.transitions.find((candidate) => candidate.to === end.id);
  const updated = await repository.updateCase(trx, row.id, row.version, {
    state: end.id,
    result: input.result,
    closed_at: now,
  });
  if (!updated) throw new HttpProblem(409, 'cases.transitions.closed');
  const transitionId = transition?.id ?? `decided-${input.result}`;
  await deps.caseEvents.transitioned(trx, actor, row, updated, caseType, transitionId, now);
  const from = presentState(caseType, row.state);
  const target = presentState(caseType, end.id);
  await repository.insertEvent(trx, {
    occurred_at: now,
    ...eventBy(
      actor,
      row.id,
      'transition',
      {
        transitionId,
        transition: transition?.label ?? target.label,
        from: from.id,
        to: target.id,
        fromLabel: from.label,
        toLabel: target.label,
        citizenLabel: target.citizenLabel,
        result: input.result,
        note: input.note,
      },
      true,
    ),
  });
}
