import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { badRequest, conflict, notFound } from '#platform/http/problem.ts';
import { mayExcludeEntry } from './openness.policy.ts';
import { DEFAULT_DELAY_DAYS, PAGE_SIZE, isLegalGround } from './openness-codes.ts';
import { postListFilter, type PostListQuery } from './post-list-filter.ts';
import * as repository from './repository/post-list.repository.ts';
import { toPublicEntry, type PublicEntry } from './public-entry.ts';
import { isUuid } from './ids.ts';

export interface PostListPage {
  entries: PublicEntry[];
  page: number;
  hasNext: boolean;
}

/** The public post list: searching it, and the rules and exclusions that keep entries off it (each audited). */
export class PostListService {
  constructor(
    private readonly db: Database,
    /** the caseworker's department code (entries are excluded by the staff of their own department) */
    private readonly departmentCodeOf: (actor: Principal) => Promise<string | undefined>,
  ) {}

  /** A page of the list for anyone; refuses a bad search with a problem per field. */
  async search(query: PostListQuery, now = new Date()): Promise<PostListPage> {
    const filter = postListFilter(query);
    const delayDays = await repository.delayDays(this.db, DEFAULT_DELAY_DAYS);
    const rows = await repository.searchPublic(this.db, filter, { delayDays, now, limit: PAGE_SIZE });
    return {
      entries: rows.slice(0, PAGE_SIZE).map(toPublicEntry),
      page: filter.page,
      hasNext: rows.length > PAGE_SIZE,
    };
  }

  /** The public entries among `ids` (for a request): those gone from the list are not returned. */
  async publicEntries(ids: readonly string[], now = new Date()): Promise<PublicEntry[]> {
    const delayDays = await repository.delayDays(this.db, DEFAULT_DELAY_DAYS);
    const valid = ids.filter(isUuid);
    return (await repository.publicByIds(this.db, valid, { delayDays, now })).map(toPublicEntry);
  }

  /** Registers journal entries (from case handling, the demo, an import). */
  register(rows: readonly repository.NewEntry[]): Promise<string[]> {
    return repository.insertEntries(this.db, rows);
  }

  /** The caseworker's department's letters, newest first (titles only), each with why it is or is not listed. */
  async departmentEntries(actor: Principal, reference = '') {
    const code = await this.departmentCodeOf(actor);
    const trimmed = reference.trim();
    if (trimmed && !/^[\p{L}\p{N}./-]{1,40}$/u.test(trimmed))
      throw badRequest('openness.entries.error.summary', {}, [
        { field: 'reference', message: 'openness.list.error.reference' },
      ]);
    if (!code) return [];
    return repository.departmentEntries(this.db, code, { reference: trimmed || undefined, limit: 100 });
  }

  /** One letter of the caseworker's department with its text; another department's is unknown (404). The read is audited. */
  async entryForStaff(actor: Principal, entryId: string) {
    return this.db.transaction().execute(async (trx) => {
      const entry = await this.ownEntry(trx, actor, entryId);
      await recordAudit(trx, {
        actor,
        action: 'openness:entry-read',
        objectType: 'post-list-entry',
        objectId: entryId,
        purpose: 'post list exclusion',
      });
      return entry;
    });
  }

  private async ownEntry(executor: Executor, actor: Principal, entryId: string) {
    const entry = isUuid(entryId) ? await repository.entryWithExclusion(executor, entryId) : undefined;
    const code = await this.departmentCodeOf(actor);
    if (!entry || !mayExcludeEntry(code, entry)) throw notFound();
    return entry;
  }

  /**
   * A caseworker of the letter's department keeps it off the list, citing an exception of the act; audited. A
   * letter already excluded stays as it was (409), another department's is unknown (404).
   */
  async exclude(actor: Principal, entryId: string, exceptionCode: string): Promise<void> {
    if (!isLegalGround(exceptionCode))
      throw badRequest('openness.exclude.error', {}, [{ field: 'exception', message: 'openness.exclude.error' }]);
    await this.db.transaction().execute(async (trx) => {
      await this.ownEntry(trx, actor, entryId);
      const added = await repository.insertExclusion(trx, {
        entry_id: entryId,
        exception_code: exceptionCode,
        excluded_by: actor.id,
      });
      if (!added) throw conflict('openness.exclude.already');
      await recordAudit(trx, {
        actor,
        action: 'openness:exclude',
        objectType: 'post-list-entry',
        objectId: entryId,
        purpose: exceptionCode,
      });
    });
  }

  rules() {
    return repository.listClosedCaseTypes(this.db);
  }

  delayDays(): Promise<number> {
    return repository.delayDays(this.db, DEFAULT_DELAY_DAYS);
  }

  /** An administrator marks a case type never public: from now on its entries, old and new, are off the list. */
  async closeCaseType(actor: Principal, input: { caseTypeCode: string; reason: string }): Promise<void> {
    const code = input.caseTypeCode.trim();
    const reason = input.reason.trim();
    const problems = [
      ...(/^[a-z0-9-]{1,60}$/.test(code) ? [] : [{ field: 'caseTypeCode', message: 'openness.rules.error.code' }]),
      ...(reason && reason.length <= 500 ? [] : [{ field: 'reason', message: 'openness.rules.error.reason' }]),
    ];
    if (problems.length) throw badRequest('openness.rules.error.summary', {}, problems);
    await this.db.transaction().execute(async (trx) => {
      const added = await repository.insertClosedCaseType(trx, { case_type_code: code, reason, created_by: actor.id });
      if (!added)
        throw badRequest('openness.rules.error.summary', {}, [
          { field: 'caseTypeCode', message: 'openness.rules.error.exists' },
        ]);
      await recordAudit(trx, {
        actor,
        action: 'openness:rule',
        objectType: 'case-type',
        objectId: code,
        purpose: reason,
      });
    });
  }

  /** The delay before entries appear, 0 to 60 days. */
  async setDelay(actor: Principal, value: string): Promise<void> {
    const days = Number(value);
    if (!/^\d{1,2}$/.test(value.trim()) || days > 60)
      throw badRequest('openness.rules.error.summary', {}, [
        { field: 'delayDays', message: 'openness.rules.error.delay' },
      ]);
    await this.db.transaction().execute(async (trx) => {
      await repository.setDelayDays(trx, days);
      await recordAudit(trx, {
        actor,
        action: 'openness:rule',
        objectType: 'delay-days',
        objectId: String(days),
        purpose: 'delay',
      });
    });
  }
}
