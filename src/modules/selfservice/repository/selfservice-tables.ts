import type { Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type { FormValues } from '../forms/form-definition.ts';

/** The self-service module's tables, as Kysely sees them. */
export interface DraftRow {
  id: Generated<string>;
  solution_code: string;
  owner_kind: 'citizen' | 'business';
  owner_id: string;
  answers: Generated<FormValues>;
  completed_pages: Generated<string[]>;
  status: Generated<'draft' | 'submitted'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  abandoned_at: Date | null;
  submitted_at: Date | null;
}
export interface DraftFileRow {
  id: Generated<string>;
  draft_id: string;
  field_name: string;
  filename: string;
  content_type: string;
  size: number;
  content: Buffer;
  created_at: Generated<Date>;
}
export interface SubmissionRow {
  id: Generated<string>;
  draft_id: string;
  solution_code: string;
  owner_kind: 'citizen' | 'business';
  owner_id: string;
  case_id: string;
  case_reference: string;
  expected_processing_days: number | null;
  deadline: Date | null;
  submitted_at: Generated<Date>;
  receipt_status: Generated<'pending' | 'sent' | 'skipped'>;
  receipt_message_id: string | null;
}
export type UsageEvent = 'started' | 'step_completed' | 'submitted' | 'abandoned';
export interface UsageCountRow {
  solution_code: string;
  day: string;
  event: UsageEvent;
  count: Generated<number>;
}

export type SelfserviceTables = {
  selfservice_drafts: DraftRow;
  selfservice_draft_files: DraftFileRow;
  selfservice_submissions: SubmissionRow;
  selfservice_usage_counts: UsageCountRow;
};

export interface Owner {
  kind: 'citizen' | 'business';
  id: string;
}

export const tables = (executor: Executor) => executor.withTables<SelfserviceTables>();
