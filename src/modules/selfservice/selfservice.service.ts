import { fileTypeFromBuffer } from 'file-type';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { Logger } from 'pino';
import type { Database, Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { assuranceOrder, type Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Attachment, CasesContract, PostContract } from '#platform/contracts.ts';
import type { FieldDefinition, FormValues, PageDefinition, StoredFile } from './forms/form-definition.ts';
import {
  firstIncompletePage,
  isStoredFile,
  validatePage,
  visibleFields,
  visiblePages,
  visibleValues,
  type UploadCandidate,
} from './forms/form-validator.ts';
import { prefillFromPrincipal } from './forms/prefill.ts';
import { allSolutions, findSolution, solutionsFor } from './catalogue/catalogue.ts';
import type { Solution, SolutionAudience } from './catalogue/solution.ts';
import * as repository from './selfservice.repository.ts';
import { applicantOf, applicantParty, solutionRefusal } from './selfservice.policy.ts';
import type { DraftView, PageAction, Refusal, ResumePoint, SaveResult, SubmissionView } from './selfservice.types.ts';

export type { DraftView, PageAction, Refusal, ResumePoint, SaveResult, SubmissionView };
import { danishDay, UsageService } from './usage.service.ts';
import { sendReceiptLetter } from './receipt.service.ts';
import { receiptJob } from './selfservice.jobs.ts';
import { submittedForm } from './submitted-form.ts';
import { SelfserviceStarted, SelfserviceSubmitted } from './selfservice.events.ts';

export interface SelfserviceDependencies {
  db: Database;
  queue: JobQueue;
  events: EventBus;
  logger: Logger;
  cases: CasesContract;
  post: PostContract;
  /** the applicant's name and language, for the receipt letter */
  identity: Pick<IdentityContract, 'getPerson' | 'getBusiness'>;
}

/** Drafts are counted as abandoned after this many days without activity (see docs/usage-counting.md). */
export const ABANDON_AFTER_DAYS = 30;

/** Drafts never sent are deleted, with their uploaded files, after this many days without activity. */
export const DELETE_DRAFTS_AFTER_DAYS = 180;

const toDraft = (
  row: {
    id: string;
    answers: FormValues;
    completed_pages: string[];
    status: 'draft' | 'submitted';
    created_at: Date;
    updated_at: Date;
  },
  solution: Solution,
): DraftView => ({
  id: row.id,
  solution,
  answers: row.answers,
  completedPages: row.completed_pages,
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The catalogue, drafts, submission and receipts of self-service solutions. */
export class SelfserviceService {
  readonly usage: UsageService;

  constructor(private readonly deps: SelfserviceDependencies) {
    this.usage = new UsageService(deps.db, deps.events);
  }

  catalogue(audience: SolutionAudience): Solution[] {
    return solutionsFor(audience);
  }

  allSolutions(): readonly Solution[] {
    return allSolutions();
  }

  solution(code: string): Solution {
    const solution = findSolution(code);
    if (!solution) throw new HttpProblem(404, 'selfservice.solution.notFound');
    return solution;
  }

  /** Expected processing time from the case type. */
  async expectedProcessingDays(solution: Solution): Promise<number | null> {
    const summary = await this.deps.cases.caseTypeSummary(solution.caseTypeCode);
    return summary?.expectedProcessingDays ?? null;
  }

  /** Why this principal may not use this solution, or undefined when they may. */
  refusalFor(principal: Principal, solution: Solution): Refusal | undefined {
    return solutionRefusal(principal, solution);
  }

  private assertMayApply(principal: Principal, solution: Solution): repository.Owner {
    assertCan(principal, 'selfservice:apply');
    const refusal = this.refusalFor(principal, solution);
    if (refusal?.reason === 'audience')
      throw new HttpProblem(
        403,
        principal.kind === 'business' ? 'selfservice.refused.citizensOnly' : 'selfservice.refused.businessesOnly',
      );
    if (refusal?.reason === 'assurance')
      throw new HttpProblem(403, 'selfservice.refused.assurance', {
        required: refusal.required ?? 'low',
        actual: refusal.actual ?? 'low',
      });
    return this.ownerOf(principal);
  }

  private ownerOf(principal: Principal): repository.Owner {
    const owner = applicantOf(principal);
    if (!owner) throw new HttpProblem(403, 'error.403.text');
    return owner;
  }

  /** Starts a draft: the "started" count moves in the same transaction. */
  async startDraft(principal: Principal, code: string, now = new Date()): Promise<DraftView> {
    const solution = this.solution(code);
    const owner = this.assertMayApply(principal, solution);
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await repository.insertDraft(trx, solution.code, owner);
      await repository.incrementUsage(trx, solution.code, danishDay(now), 'started');
      await this.deps.events.publish(trx, SelfserviceStarted, {
        draftId: row.id,
        solutionCode: solution.code,
        audience: owner.kind,
        startedAt: now.toISOString(),
      });
      return toDraft(row, solution);
    });
  }

  /** A draft of the principal's own; anyone else's id is "not found". */
  async getDraft(
    principal: Principal,
    id: string,
    executor: Executor = this.deps.db,
    lock = false,
  ): Promise<DraftView> {
    const owner = this.ownerOf(principal);
    const row = isUuid(id) ? await repository.findOwnDraft(executor, id, owner, { lock }) : undefined;
    const solution = row && findSolution(row.solution_code);
    if (!row || !solution) throw new HttpProblem(404, 'selfservice.draft.notFound');
    this.assertMayApply(principal, solution);
    return toDraft(row, solution);
  }

  async listDrafts(principal: Principal): Promise<DraftView[]> {
    const rows = await repository.listOwnDrafts(this.deps.db, this.ownerOf(principal));
    return rows.flatMap((row) => {
      const solution = findSolution(row.solution_code);
      return solution ? [toDraft(row, solution)] : [];
    });
  }

  /** For the "my page" badge: open drafts of a person or business (by id). */
  /** The applicant's draft of this solution, if one is open: the start page offers to continue it. */
  async openDraftOf(principal: Principal, solutionCode: string): Promise<DraftView | undefined> {
    return (await this.listDrafts(principal)).find((draft) => draft.solution.code === solutionCode);
  }

  async openDraftCount(ownerId: string): Promise<number> {
    return isUuid(ownerId) ? repository.countOpenDraftsOf(this.deps.db, ownerId) : 0;
  }

  async deleteDraft(principal: Principal, id: string): Promise<void> {
    const owner = this.ownerOf(principal);
    const result = isUuid(id) ? await repository.deleteOwnDraft(this.deps.db, id, owner) : undefined;
    if (!result?.numDeletedRows) throw new HttpProblem(404, 'selfservice.draft.notFound');
  }

  /** The page of a draft, if it is shown given the answers so far. */
  page(draft: DraftView, pageId: string): PageDefinition {
    const page = visiblePages(draft.solution.form, draft.answers).find((candidate) => candidate.id === pageId);
    if (!page) throw new HttpProblem(404, 'selfservice.page.notFound');
    return page;
  }

  prefill(principal: Principal) {
    return prefillFromPrincipal(principal);
  }

  /** The answers to show: the draft's own, and for prefilled fields what the login knows (the login wins). */
  shownAnswers(draft: DraftView, principal: Principal): FormValues {
    const prefill = prefillFromPrincipal(principal);
    const values: FormValues = { ...draft.answers };
    for (const page of draft.solution.form.pages)
      for (const section of page.sections)
        for (const field of section.fields)
          if (field.prefill && prefill[field.prefill]) values[field.name] = prefill[field.prefill]!;
    return values;
  }

  /** Where a draft continues: its receipt once sent, else the first step still to do, else the summary. */
  async resumePoint(principal: Principal, draft: DraftView): Promise<ResumePoint> {
    if (draft.status === 'submitted') {
      const submission = await this.submissionForDraft(principal, draft.id);
      return submission ? { kind: 'receipt', submissionId: submission.id } : { kind: 'drafts' };
    }
    const missing = this.incompletePage(draft, principal);
    return missing ? { kind: 'page', pageId: missing.id } : { kind: 'summary' };
  }

  /**
   * Saves one page. "next" validates and moves on only when the page is valid; "back" and "save"
   * keep the valid answers without insisting on the rest. Uploads are checked by their content.
   */
  async savePage(
    principal: Principal,
    draftId: string,
    pageId: string,
    input: Record<string, unknown>,
    uploads: Record<string, Buffer>,
    action: PageAction,
    now = new Date(),
    /** the names the browser gave the uploaded files, by field: kept as the applicant named them */
    uploadNames: Record<string, string> = {},
  ): Promise<SaveResult> {
    return this.deps.db.transaction().execute(async (trx) => {
      const draft = await this.getDraft(principal, draftId, trx, true);
      if (draft.status !== 'draft') throw new HttpProblem(409, 'selfservice.draft.submitted');
      const page = this.page(draft, pageId);
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
        answers[name] = await this.storeFile(
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

  private async storeFile(
    trx: Executor,
    draftId: string,
    field: FieldDefinition,
    content: Buffer,
    originalName: string | undefined,
  ): Promise<StoredFile> {
    const type = await fileTypeFromBuffer(content);
    // the applicant's own name for the file wherever it is shown; the field's name only when the browser sent none
    const filename = originalName || `${field.name}.${type?.ext ?? 'bin'}`;
    const contentType = type?.mime ?? 'application/octet-stream';
    const row = await repository.upsertDraftFile(trx, {
      draft_id: draftId,
      field_name: field.name,
      filename,
      content_type: contentType,
      size: content.length,
      content,
    });
    return { fileId: row.id, filename, contentType, size: content.length };
  }

  /** The first page still to fill in, or undefined when the draft can be submitted. */
  incompletePage(draft: DraftView, principal: Principal, now = new Date()): PageDefinition | undefined {
    return firstIncompletePage(draft.solution.form, draft.answers, draft.completedPages, {
      today: danishDay(now),
      prefill: prefillFromPrincipal(principal),
    });
  }

  /**
   * Submits a draft: creates the case through the cases module, records the submission, locks the
   * draft, counts it and enqueues the receipt letter — all in one transaction. The draft row is
   * locked first, so a second submit of the same draft waits and then gets the first one's receipt.
   */
  async submit(principal: Principal, draftId: string, now = new Date()): Promise<SubmissionView> {
    const cases = this.deps.cases;
    return this.deps.db.transaction().execute(async (trx) => {
      const draft = await this.getDraft(principal, draftId, trx, true);
      if (draft.status === 'submitted') {
        const existing = await repository.findSubmissionByDraft(trx, draft.id);
        if (existing) return this.toSubmission(existing);
        throw new HttpProblem(409, 'selfservice.draft.submitted');
      }
      if (this.incompletePage(draft, principal, now)) throw new HttpProblem(400, 'selfservice.submit.incomplete');
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
      const owner = this.ownerOf(principal);
      const created = await cases.createCase(trx, principal, {
        caseTypeCode: draft.solution.caseTypeCode,
        applicant: applicantParty(owner),
        channel: 'selfservice',
        title: draft.solution.name.da,
        fields,
        documents,
        submittedForm: submittedForm(draft.solution, this.shownAnswers(draft, principal)),
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
      await this.deps.events.publish(trx, SelfserviceSubmitted, {
        submissionId: row.id,
        draftId: draft.id,
        solutionCode: draft.solution.code,
        audience: owner.kind,
        caseId: created.caseId,
        caseTypeCode: draft.solution.caseTypeCode,
        submittedAt: now.toISOString(),
      });
      await this.deps.queue.enqueue(trx, receiptJob, { submissionId: row.id });
      return this.toSubmission(row);
    });
  }

  private toSubmission(row: Awaited<ReturnType<typeof repository.insertSubmission>>): SubmissionView {
    return {
      id: row.id,
      draftId: row.draft_id,
      solution: this.solution(row.solution_code),
      caseReference: row.case_reference,
      expectedProcessingDays: row.expected_processing_days,
      deadline: row.deadline,
      submittedAt: row.submitted_at,
      receiptStatus: row.receipt_status,
    };
  }

  async getSubmission(principal: Principal, id: string): Promise<SubmissionView> {
    const row = isUuid(id) ? await repository.findOwnSubmission(this.deps.db, id, this.ownerOf(principal)) : undefined;
    if (!row) throw new HttpProblem(404, 'selfservice.submission.notFound');
    return this.toSubmission(row);
  }

  async submissionForDraft(principal: Principal, draftId: string): Promise<SubmissionView | undefined> {
    const draft = await this.getDraft(principal, draftId);
    const row = await repository.findSubmissionByDraft(this.deps.db, draft.id);
    return row ? this.toSubmission(row) : undefined;
  }

  async listSubmissions(principal: Principal, limit = 20): Promise<SubmissionView[]> {
    return (await repository.listOwnSubmissions(this.deps.db, this.ownerOf(principal), limit)).map((row) =>
      this.toSubmission(row),
    );
  }

  /** Sends the receipt letter of a submission (the receipt job's handler); see receipt.service.ts. */
  async sendReceipt(submissionId: string): Promise<void> {
    await sendReceiptLetter(
      {
        db: this.deps.db,
        logger: this.deps.logger,
        post: this.deps.post,
        identity: this.deps.identity,
        solution: (code) => this.solution(code),
      },
      submissionId,
    );
  }

  /** The daily job: drafts untouched for ABANDON_AFTER_DAYS are counted once as abandoned, on the day they became so. */
  async countAbandoned(now = new Date(), days = ABANDON_AFTER_DAYS): Promise<number> {
    return this.usage.countAbandoned(now, days);
  }

  /** The daily job: count abandoned drafts, then delete drafts kept past the retention period (data minimisation). */
  async dailyDraftMaintenance(now = new Date()): Promise<{ abandoned: number; deleted: number }> {
    const abandoned = await this.countAbandoned(now);
    // a draft is always counted as abandoned (30 days) long before it is deleted (180 days)
    const deleted = await repository.deleteDraftsUntouchedSince(
      this.deps.db,
      new Date(now.getTime() - DELETE_DRAFTS_AFTER_DAYS * 86_400_000),
    );
    if (abandoned || deleted) this.deps.logger.info({ abandoned, deleted }, 'self-service drafts maintained');
    return { abandoned, deleted };
  }
}
