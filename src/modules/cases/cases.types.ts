import type { SubmittedForm } from '#platform/contracts.ts';
import type { RequirementStatus } from './engine/document-requirements.ts';
import type { Text } from './engine/workflow-definition.ts';

/** What the case pages and the API show; never database rows. */
export interface StateView {
  id: string;
  label: Text;
  citizenLabel: Text;
  end: boolean;
  waitingFor?: 'municipality' | 'applicant';
}

export interface CaseSummary {
  id: string;
  reference: string;
  title: string;
  caseType: { code: string; name: Text };
  state: StateView;
  result: string | null;
  deadline: Date | null;
  overdue: boolean;
  /** the deadline is later today (Danish time): the queue marks it */
  dueToday: boolean;
  receivedAt: Date;
  closedAt: Date | null;
  departmentId: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  channel: string;
  version: number;
  /** the applicant's name (the work queue only; reading it is audited) */
  applicantName?: string | null;
}

export interface PartyView {
  role: 'applicant' | 'party';
  kind: 'person' | 'business';
  id: string;
  name: string;
  /** CPR (masked after the date) or CVR; staff only */
  identifier: string;
  address: string | null;
}

export interface EventView {
  id: number;
  occurredAt: Date;
  kind: string;
  actorName: string;
  actorKind: string;
  details: Record<string, unknown>;
}

export interface DocumentView {
  id: string;
  documentType: string;
  title: string;
  sharedWithParties: boolean;
  createdAt: Date;
  versions: Array<{
    version: number;
    filename: string;
    contentType: string;
    size: number;
    createdAt: Date;
    createdBy: string;
  }>;
}

export interface TaskView {
  id: string;
  title: string;
  dueAt: Date | null;
  assigneeId: string | null;
  assigneeName: string | null;
  role: string | null;
  doneAt: Date | null;
  overdue: boolean;
}

export interface NoteView {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
}

export type BlockedReasonView = { key: string; values: Record<string, string | number> };

export interface TransitionView {
  id: string;
  label: Text;
  to: StateView;
  allowed: boolean;
  blocked: BlockedReasonView[];
  requiresNote: boolean;
  /** a reminder action needs an appointment time and place */
  needsAppointment: boolean;
}

export interface CaseDetail extends CaseSummary {
  fields: Record<string, unknown>;
  parties: PartyView[];
  events: EventView[];
  documents: DocumentView[];
  notes: NoteView[];
  tasks: TaskView[];
  transitions: TransitionView[];
  requiredDocuments: Array<{ type: string; label: Text; status: RequirementStatus }>;
  /** the self-service answers as the applicant saw them, or null for a case that did not come through self-service */
  submittedForm: SubmittedForm | null;
  workflowVersion: number;
  caseTypeVersionId: string;
}

export interface OwnCaseSummary {
  id: string;
  reference: string;
  title: string;
  caseTypeName: Text;
  stateLabel: Text;
  waitingForYou: boolean;
  closed: boolean;
  result: string | null;
  receivedAt: Date;
  deadline: Date | null;
  expectedProcessingDays: number | null;
  expectedProcessingUnit: 'working_days' | 'calendar_days' | null;
  latestEvent: EventView | null;
}

export interface OwnCaseDetail extends OwnCaseSummary {
  timeline: EventView[];
  documents: Array<{ id: string; title: string; filename: string; size: number; createdAt: Date }>;
  letters: Array<{ messageId: string; subject: string; sentAt: Date; href: string }>;
}
