import type { SubmittedForm } from '#platform/contracts.ts';
import type { Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

/** The module's tables, and the row shapes its services read. */
export interface CaseTypeRow {
  code: string;
  current_version_id: string | null;
  created_at: Generated<Date>;
}
export interface CaseTypeVersionRow {
  id: Generated<string>;
  code: string;
  version: number;
  origin: 'standard' | 'local';
  definition: unknown;
  created_at: Generated<Date>;
  created_by: string | null;
}
export interface CaseRow {
  id: Generated<string>;
  reference: string;
  case_type_code: string;
  case_type_version_id: string;
  title: string;
  state: string;
  result: string | null;
  channel: string;
  department_id: string | null;
  assignee_id: string | null;
  deadline: Date | null;
  fields: Generated<Record<string, unknown>>;
  version: Generated<number>;
  received_at: Generated<Date>;
  closed_at: Date | null;
  updated_at: Generated<Date>;
  created_by: string;
  /** the deadline `cases.deadline-missed` was published for (the daily check publishes once per deadline) */
  deadline_missed_for: Generated<Date | null>;
  /** the self-service answers as the applicant saw them (null for cases from the desk, the phone or the API) */
  submitted_form: Generated<SubmittedForm | null>;
}
export interface PartyRow {
  id: Generated<string>;
  case_id: string;
  role: 'applicant' | 'party';
  person_id: string | null;
  business_id: string | null;
}
export interface EventRow {
  id: Generated<number>;
  case_id: string;
  occurred_at: Generated<Date>;
  kind: string;
  actor_kind: string;
  actor_id: string;
  actor_name: string;
  details: Generated<Record<string, unknown>>;
  visible_to_parties: Generated<boolean>;
}
export interface DocumentRow {
  id: Generated<string>;
  case_id: string;
  document_type: string;
  title: string;
  shared_with_parties: Generated<boolean>;
  created_at: Generated<Date>;
  created_by: string;
}
export interface DocumentVersionRow {
  id: Generated<string>;
  document_id: string;
  version: number;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: Generated<Date>;
  created_by: string;
}
export interface NoteRow {
  id: Generated<string>;
  case_id: string;
  body: string;
  author_id: string;
  author_name: string;
  created_at: Generated<Date>;
}
export interface TaskRow {
  id: Generated<string>;
  case_id: string;
  title: string;
  due_at: Date | null;
  assignee_id: string | null;
  role: string | null;
  created_at: Generated<Date>;
  created_by: string;
  done_at: Date | null;
  done_by: string | null;
}

export type CasesTables = {
  cases_case_types: CaseTypeRow;
  cases_case_type_versions: CaseTypeVersionRow;
  cases_reference_counters: { year: number; last: number };
  cases_cases: CaseRow;
  cases_parties: PartyRow;
  cases_events: EventRow;
  cases_documents: DocumentRow;
  cases_document_versions: DocumentVersionRow;
  cases_notes: NoteRow;
  cases_tasks: TaskRow;
};

export type Selected<T> = { [K in keyof T]: T[K] extends Generated<infer U> ? U : T[K] };
export type Case = Selected<CaseRow>;
export type CaseTypeVersion = Selected<CaseTypeVersionRow>;
export type Party = Selected<PartyRow>;
export type CaseEvent = Selected<EventRow>;
export type CaseDocument = Selected<DocumentRow>;
export type CaseTask = Selected<TaskRow>;
export type CaseNote = Selected<NoteRow>;

export const tables = (executor: Executor) => executor.withTables<CasesTables>();
export const json = (value: unknown) => JSON.stringify(value) as never;
