import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment } from '#platform/contracts.ts';
import { isStoredFile } from './forms/file-check.ts';
import { visibleValues } from './forms/form-visibility.ts';
import * as repository from './selfservice.repository.ts';
import { applicantParty } from './selfservice.policy.ts';
import { receiptJob } from './selfservice.jobs.ts';
import { SelfserviceSubmitted } from './selfservice.events.ts';
import type { SubmissionView } from './selfservice.types.ts';
import type { SelfserviceDependencies } from './selfservice-dependencies.ts';
import { ownerOf } from './applicant-access.ts';
import { toSubmission } from './selfservice-presenters.ts';
import { getDraft } from './drafts.service.ts';
import { incompletePage, shownAnswers } from './draft-pages.ts';
import { submittedForm } from './submitted-form.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/**
 * Submits a draft: creates the case through the cases module, records the submission, locks the
 * draft, counts it and enqueues the receipt letter — all in one transaction. The draft row is
 * locked first, so a second submit of the same draft waits and then gets the first one's receipt.
 */
export async function submitDraft(
  deps: SelfserviceDependencies,
  principal: Principal,
  draftId: string,
  now = new Date(),
): Promise<SubmissionView> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await getDraft(principal, draftId, trx, true);
    if (draft.status === 'submitted') {
      const existing = await repository.findSubmissionByDraft(trx, draft.id);
      if (existing) return toSubmission(existing);
      throw new HttpProblem(409, 'selfservice.draft.submitted');
    }
    if (incompletePage(draft, principal, now)) throw new HttpProblem(400, 'selfservice.submit.incomplete');
    const form = draft.solution.form;
    const answers = visibleValues(form, draft.answers);
    const files = await repository.listDraftFiles(trx, draft.id);
    const documents: Array<Attachment & { documentType: string }> = files
      .filter((file) => isStoredFile(answers[file.field_name]))
      .map((file) => ({
        filename: file.filename,
        contentType: file.content_type,
        content: file.content,
        documentType: file.field_name,
      }));
    const fields = Object.fromEntries(
      Object.entries(answers).map(([name, value]) => [name, isStoredFile(value) ? value.filename : value]),
    );
    const owner = ownerOf(principal);
    const created = await deps.cases.createCase(trx, principal, {
      caseTypeCode: draft.solution.caseTypeCode,
      applicant: applicantParty(owner),
      channel: 'selfservice',
      title: draft.solution.name.da,
      fields,
      documents,
      submittedForm: submittedForm(draft.solution, shownAnswers(draft, principal)),
    });
    const row = await repository.insertSubmission(trx, {
      draft_id: draft.id,
      solution_code: draft.solution.code,
      owner_kind: owner.kind,
      owner_id: owner.id,
      case_id: created.caseId,
      case_reference: created.reference,
      expected_processing_days: created.expectedProcessingDays,
      deadline: created.deadline,
    });
    await repository.markDraftSubmitted(trx, draft.id);
    await repository.deleteDraftFiles(trx, draft.id);
    await repository.incrementUsage(trx, draft.solution.code, danishDay(now), 'submitted');
    await deps.events.publish(trx, SelfserviceSubmitted, {
      submissionId: row.id,
      draftId: draft.id,
      solutionCode: draft.solution.code,
      audience: owner.kind,
      caseId: created.caseId,
      caseTypeCode: draft.solution.caseTypeCode,
      submittedAt: now.toISOString(),
    });
    await deps.queue.enqueue(trx, receiptJob, { submissionId: row.id });
    return toSubmission(row);
  });
}
