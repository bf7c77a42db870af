import type { Principal } from '#platform/auth/principal.ts';
import type { FormValues } from './forms/form-definition.ts';
import type { FieldErrors } from './forms/field-error.ts';
import type { Solution, SolutionAudience } from './catalogue/solution.ts';

/** The shapes the self-service service hands to routes and views (never database rows). */
export interface DraftView {
  id: string;
  solution: Solution;
  answers: FormValues;
  completedPages: string[];
  status: 'draft' | 'submitted';
  createdAt: Date;
  updatedAt: Date;
}

export interface SubmissionView {
  id: string;
  draftId: string;
  solution: Solution;
  caseReference: string;
  expectedProcessingDays: number | null;
  deadline: Date | null;
  submittedAt: Date;
  receiptStatus: 'pending' | 'sent' | 'skipped';
}

export type Refusal =
  | { reason: 'audience'; audience: SolutionAudience }
  | { reason: 'assurance'; required: Principal['assurance']; actual: Principal['assurance'] };

export type PageAction = 'next' | 'back' | 'save';
export type SaveResult =
  | { ok: true; next: { kind: 'page'; pageId: string } | { kind: 'summary' } | { kind: 'intro' } | { kind: 'drafts' } }
  | { ok: false; errors: FieldErrors; raw: Record<string, string | string[]> };

/** Where an applicant continues a draft: its receipt once sent, else the first step still to do, else the summary. */
export type ResumePoint =
  | { kind: 'receipt'; submissionId: string }
  | { kind: 'drafts' }
  | { kind: 'page'; pageId: string }
  | { kind: 'summary' };
