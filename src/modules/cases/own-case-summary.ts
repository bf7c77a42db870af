import type { CaseTypeCatalogue } from './case-types.service.ts';
import { presentEvent, presentState } from './case-presenters.ts';
import type * as repository from './cases.repository.ts';
import type { OwnCaseSummary } from './cases.types.ts';

/** Which events a party sees on the plain-language timeline (never notes, tasks or internal hand-offs). */
export const partyEventKinds = new Set([
  'created',
  'transition',
  'letter',
  'deadline',
  'document',
  'document_shared',
  'reminder',
]);

/** A case as its party sees it in the list: plain-language state, whose move it is, expected time, latest event. */
export async function ownCaseSummary(
  caseTypes: CaseTypeCatalogue,
  row: repository.Case,
  latest: repository.CaseEvent | undefined,
): Promise<OwnCaseSummary> {
  const caseType = await caseTypes.version(row.case_type_version_id);
  const state = presentState(caseType, row.state);
  const serviceLevel = caseType.definition.serviceLevel;
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    caseTypeName: caseType.definition.name,
    stateLabel: state.citizenLabel,
    waitingForYou: state.waitingFor === 'applicant' && !row.closed_at,
    closed: Boolean(row.closed_at),
    result: row.result,
    receivedAt: row.received_at,
    deadline: row.deadline,
    expectedProcessingDays: serviceLevel?.amount ?? null,
    expectedProcessingUnit: serviceLevel?.unit ?? null,
    latestEvent: latest && partyEventKinds.has(latest.kind) ? presentEvent(latest) : null,
  };
}
