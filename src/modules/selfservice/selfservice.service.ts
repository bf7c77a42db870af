import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { FormValues, PageDefinition } from './forms/form-definition.ts';
import { prefillFromPrincipal } from './forms/prefill.ts';
import { allSolutions, solutionsFor } from './catalogue/catalogue.ts';
import type { Solution, SolutionAudience } from './catalogue/solution.ts';
import * as repository from './selfservice.repository.ts';
import { solutionRefusal } from './selfservice.policy.ts';
import type { DraftView, PageAction, Refusal, ResumePoint, SaveResult, SubmissionView } from './selfservice.types.ts';
import type { SelfserviceDependencies } from './selfservice-dependencies.ts';
import { isUuid } from './applicant-access.ts';
import { requireSolution } from './selfservice-presenters.ts';
import * as drafts from './drafts.service.ts';
import * as pages from './draft-pages.ts';
import { savePage } from './page-saving.service.ts';
import { submitDraft } from './submit.service.ts';
import * as submissions from './submissions.service.ts';
import { ABANDON_AFTER_DAYS, dailyDraftMaintenance, DELETE_DRAFTS_AFTER_DAYS } from './draft-maintenance.ts';
import { UsageService } from './usage.service.ts';
import { sendReceiptLetter } from './receipt.service.ts';

export type { DraftView, PageAction, Refusal, ResumePoint, SaveResult, SubmissionView };
export type { SelfserviceDependencies };
export { ABANDON_AFTER_DAYS, DELETE_DRAFTS_AFTER_DAYS };

/**
 * The catalogue, drafts, submission and receipts of self-service solutions: the one object routes and jobs call.
 * Each concern lives in its own file (drafts, draft pages, page saving, submit, submissions, draft maintenance).
 */
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
    return requireSolution(code);
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

  startDraft(principal: Principal, code: string, now = new Date()): Promise<DraftView> {
    return drafts.startDraft(this.deps, principal, code, now);
  }

  getDraft(principal: Principal, id: string, executor: Executor = this.deps.db, lock = false): Promise<DraftView> {
    return drafts.getDraft(principal, id, executor, lock);
  }

  listDrafts(principal: Principal): Promise<DraftView[]> {
    return drafts.listDrafts(this.deps.db, principal);
  }

  /** The applicant's draft of this solution, if one is open: the start page offers to continue it. */
  async openDraftOf(principal: Principal, solutionCode: string): Promise<DraftView | undefined> {
    return (await this.listDrafts(principal)).find((draft) => draft.solution.code === solutionCode);
  }

  /** For the "my page" badge: open drafts of a person or business (by id). */
  async openDraftCount(ownerId: string): Promise<number> {
    return isUuid(ownerId) ? repository.countOpenDraftsOf(this.deps.db, ownerId) : 0;
  }

  deleteDraft(principal: Principal, id: string): Promise<void> {
    return drafts.deleteDraft(this.deps.db, principal, id);
  }

  page(draft: DraftView, pageId: string): PageDefinition {
    return pages.draftPage(draft, pageId);
  }

  prefill(principal: Principal) {
    return prefillFromPrincipal(principal);
  }

  shownAnswers(draft: DraftView, principal: Principal): FormValues {
    return pages.shownAnswers(draft, principal);
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

  savePage(
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
    return savePage(this.deps, principal, draftId, pageId, input, uploads, action, now, uploadNames);
  }

  incompletePage(draft: DraftView, principal: Principal, now = new Date()): PageDefinition | undefined {
    return pages.incompletePage(draft, principal, now);
  }

  submit(principal: Principal, draftId: string, now = new Date()): Promise<SubmissionView> {
    return submitDraft(this.deps, principal, draftId, now);
  }

  getSubmission(principal: Principal, id: string): Promise<SubmissionView> {
    return submissions.getSubmission(this.deps.db, principal, id);
  }

  submissionForDraft(principal: Principal, draftId: string): Promise<SubmissionView | undefined> {
    return submissions.submissionForDraft(this.deps.db, principal, draftId);
  }

  listSubmissions(principal: Principal, limit = 20): Promise<SubmissionView[]> {
    return submissions.listSubmissions(this.deps.db, principal, limit);
  }

  /** Sends the receipt letter of a submission (the receipt job's handler); see receipt.service.ts. */
  async sendReceipt(submissionId: string): Promise<void> {
    const { db, logger, post, identity } = this.deps;
    await sendReceiptLetter({ db, logger, post, identity, solution: requireSolution }, submissionId);
  }

  /** Drafts untouched for ABANDON_AFTER_DAYS are counted once as abandoned, on the day they became so. */
  countAbandoned(now = new Date(), days = ABANDON_AFTER_DAYS): Promise<number> {
    return this.usage.countAbandoned(now, days);
  }

  /** The daily job: count abandoned drafts, then delete drafts kept past the retention period. */
  dailyDraftMaintenance(now = new Date()): Promise<{ abandoned: number; deleted: number }> {
    return dailyDraftMaintenance({ db: this.deps.db, logger: this.deps.logger, usage: this.usage }, now);
  }
}
