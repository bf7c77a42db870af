import type { Selectable } from 'kysely';
import { HttpProblem } from '#platform/http/problem.ts';
import { findSolution } from './catalogue/catalogue.ts';
import type { Solution } from './catalogue/solution.ts';
import type { FormValues } from './forms/form-definition.ts';
import type { SubmissionRow } from './selfservice.repository.ts';
import type { DraftView, SubmissionView } from './selfservice.types.ts';

/** The solution with this code, or "not found". */
export function requireSolution(code: string): Solution {
  const solution = findSolution(code);
  if (!solution) throw new HttpProblem(404, 'selfservice.solution.notFound');
  return solution;
}

/** The columns of a draft that its view shows. */
interface DraftColumns {
  id: string;
  answers: FormValues;
  completed_pages: string[];
  status: 'draft' | 'submitted';
  created_at: Date;
  updated_at: Date;
}

export const toDraft = (row: DraftColumns, solution: Solution): DraftView => ({
  id: row.id,
  solution,
  answers: row.answers,
  completedPages: row.completed_pages,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toSubmission = (row: Selectable<SubmissionRow>): SubmissionView => ({
  id: row.id,
  draftId: row.draft_id,
  solution: requireSolution(row.solution_code),
  caseReference: row.case_reference,
  expectedProcessingDays: row.expected_processing_days,
  deadline: row.deadline,
  submittedAt: row.submitted_at,
  receiptStatus: row.receipt_status,
});
