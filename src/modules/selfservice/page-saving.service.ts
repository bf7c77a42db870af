import { fileTypeFromBuffer } from 'file-type';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { FormValues } from './forms/form-definition.ts';
import { validatePage } from './forms/form-validator.ts';
import type { UploadCandidate } from './forms/file-check.ts';
import { visibleFields, visiblePages } from './forms/form-visibility.ts';
import { prefillFromPrincipal } from './forms/prefill.ts';
import * as repository from './selfservice.repository.ts';
import type { PageAction, SaveResult } from './selfservice.types.ts';
import type { SelfserviceDependencies } from './selfservice-dependencies.ts';
import { storeDraftFile } from './draft-files.ts';
import { getDraft } from './drafts.service.ts';
import { draftPage } from './draft-pages.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/**
 * Saves one page. "next" validates and moves on only when the page is valid; "back" and "save"
 * keep the valid answers without insisting on the rest. Uploads are checked by their content.
 */
export async function savePage(
  deps: SelfserviceDependencies,
  principal: Principal,
  draftId: string,
  pageId: string,
  input: Record<string, unknown>,
  uploads: Record<string, Buffer>,
  action: PageAction,
  now = new Date(),
  uploadNames: Record<string, string> = {},
): Promise<SaveResult> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await getDraft(principal, draftId, trx, true);
    if (draft.status !== 'draft') throw new HttpProblem(409, 'selfservice.draft.submitted');
    const page = draftPage(draft, pageId);
    const fields = visibleFields(page, draft.answers);
    const candidates: Record<string, UploadCandidate> = {};
    for (const field of fields) {
      const content = uploads[field.name];
      if (field.type === 'file' && content?.length)
        candidates[field.name] = { size: content.length, detectedType: (await fileTypeFromBuffer(content))?.mime };
    }
    const today = danishDay(now);
    const checked = validatePage(page, input, {
      today,
      existing: draft.answers,
      files: candidates,
      prefill: prefillFromPrincipal(principal),
    });
    const hasErrors = Object.keys(checked.errors).length > 0;
    if (action === 'next' && hasErrors)
      return { ok: false, errors: checked.errors, raw: checked.raw } satisfies SaveResult;

    const answers: FormValues = { ...draft.answers };
    for (const field of fields) if (!checked.errors[field.name]) delete answers[field.name];
    Object.assign(answers, checked.values);
    for (const name of checked.acceptedFiles)
      answers[name] = await storeDraftFile(
        trx,
        draft.id,
        fields.find((field) => field.name === name)!,
        uploads[name],
        uploadNames[name],
      );

    const completed = new Set(draft.completedPages);
    const newlyCompleted = action === 'next' && !completed.has(page.id);
    if (action === 'next') completed.add(page.id);
    await repository.saveDraftAnswers(trx, draft.id, answers, [...completed]);
    if (newlyCompleted) await repository.incrementUsage(trx, draft.solution.code, today, 'step_completed');

    const pages = visiblePages(draft.solution.form, answers);
    const index = pages.findIndex((candidate) => candidate.id === page.id);
    if (action === 'save') return { ok: true, next: { kind: 'drafts' } } satisfies SaveResult;
    if (action === 'back')
      return {
        ok: true,
        next: index > 0 ? { kind: 'page', pageId: pages[index - 1].id } : { kind: 'intro' },
      } satisfies SaveResult;
    const following = pages[index + 1];
    return {
      ok: true,
      next: following ? { kind: 'page', pageId: following.id } : { kind: 'summary' },
    } satisfies SaveResult;
  });
}
