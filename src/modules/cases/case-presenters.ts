import type { CaseTypeVersionView } from './case-types.service.ts';
import type { StateDefinition } from './engine/workflow-definition.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { CaseEvent, CaseNote, CaseTask, Case } from './cases.repository.ts';
import type { CaseSummary, EventView, NoteView, StateView, TaskView } from './cases.types.ts';

/** Maps stored rows to the shapes pages and the API show (never a row itself). */
export function presentState(caseType: CaseTypeVersionView, stateId: string): StateView {
  const state: StateDefinition | undefined = caseType.definition.workflow.states.find(
    (candidate) => candidate.id === stateId,
  );
  if (!state)
    return { id: stateId, label: { da: stateId, en: stateId }, citizenLabel: { da: stateId, en: stateId }, end: false };
  return {
    id: state.id,
    label: state.label,
    citizenLabel: state.citizenLabel ?? state.label,
    end: Boolean(state.end),
    ...(state.waitingFor ? { waitingFor: state.waitingFor } : {}),
  };
}

export function presentCase(
  row: Case,
  caseType: CaseTypeVersionView,
  assigneeName: string | null,
  now: Date,
): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    caseType: { code: caseType.code, name: caseType.definition.name },
    state: presentState(caseType, row.state),
    result: row.result,
    deadline: row.deadline,
    overdue: Boolean(row.deadline && !row.closed_at && row.deadline.getTime() < now.getTime()),
    dueToday: Boolean(
      row.deadline &&
        !row.closed_at &&
        row.deadline.getTime() >= now.getTime() &&
        danishDay(row.deadline) === danishDay(now),
    ),
    receivedAt: row.received_at,
    closedAt: row.closed_at,
    departmentId: row.department_id,
    assigneeId: row.assignee_id,
    assigneeName,
    channel: row.channel,
    version: row.version,
  };
}

export const presentEvent = (row: CaseEvent): EventView => ({
  id: Number(row.id),
  occurredAt: row.occurred_at,
  kind: row.kind,
  actorName: row.actor_name,
  actorKind: row.actor_kind,
  details: row.details,
});

export const presentNote = (row: CaseNote): NoteView => ({
  id: row.id,
  body: row.body,
  authorName: row.author_name,
  createdAt: row.created_at,
});

export const presentTask = (row: CaseTask, assigneeName: string | null, now: Date): TaskView => ({
  id: row.id,
  title: row.title,
  dueAt: row.due_at,
  assigneeId: row.assignee_id,
  assigneeName,
  role: row.role,
  doneAt: row.done_at,
  overdue: Boolean(row.due_at && !row.done_at && row.due_at.getTime() < now.getTime()),
});

/** CPR shown to staff as the birth date only (DDMMYY-xxxx): enough to tell two people apart on the page. */
export const maskCpr = (cpr: string) => `${cpr.slice(0, 6)}-xxxx`;
/** The full CPR number as people write it (`DDMMYY-XXXX`): only where the case type needs it, and audited. */
export const formatCpr = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
