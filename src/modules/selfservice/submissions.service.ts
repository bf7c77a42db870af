import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import * as repository from './selfservice.repository.ts';
import type { SubmissionView } from './selfservice.types.ts';
import { isUuid, ownerOf } from './applicant-access.ts';
import { toSubmission } from './selfservice-presenters.ts';
import { getDraft } from './drafts.service.ts';

export async function getSubmission(executor: Executor, principal: Principal, id: string): Promise<SubmissionView> {
  const row = isUuid(id) ? await repository.findOwnSubmission(executor, id, ownerOf(principal)) : undefined;
  if (!row) throw new HttpProblem(404, 'selfservice.submission.notFound');
  return toSubmission(row);
}

export async function submissionForDraft(
  executor: Executor,
  principal: Principal,
  draftId: string,
): Promise<SubmissionView | undefined> {
  const draft = await getDraft(principal, draftId, executor);
  const row = await repository.findSubmissionByDraft(executor, draft.id);
  return row ? toSubmission(row) : undefined;
}

export async function listSubmissions(executor: Executor, principal: Principal, limit = 20): Promise<SubmissionView[]> {
  return (await repository.listOwnSubmissions(executor, ownerOf(principal), limit)).map(toSubmission);
}
