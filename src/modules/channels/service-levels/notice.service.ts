import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import { assertCan, can } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, conflict, notFound } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { CasesContract, CaseWarning, CaseWarningSource, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { noticeLetter } from './notice-letter.ts';
import { noticeWarning } from './notice-warning.ts';
import { type NoticeForm, noticeProblems } from './notice-input.ts';
import * as repository from './notice.repository.ts';
import { ProcessingTimeAtRisk } from './service-levels.events.ts';
import { listTargets } from './target.repository.ts';
import { addWorkingDays, danishDay, endOfDanishDay, workingDaysBetween } from './working-days.ts';

export interface NoticeDependencies {
  db: Database;
  events: Pick<EventBus, 'publishMany'>;
  cases: Pick<CasesContract, 'mayRead' | 'caseTypeSummary'>;
  post: Pick<PostContract, 'sendLetter'>;
  identity: Pick<IdentityContract, 'departmentOf'>;
}

/** A notice as the caseworker sees it: the case, its deadline, the working days left, whether it is sent. */
export interface NoticeView {
  caseId: string;
  caseType: { da: string; en: string };
  receivedDay: string;
  deadlineDay: string;
  workingDaysLeft: number;
  sentAt: Date | null;
  hasParty: boolean;
}

/**
 * The § 3 notice (retssikkerhedsloven § 3, stk. 2): open cases that will miss their published processing time are
 * found each day, the caseworker is told and sends the party a letter with the reason and the new expected day.
 */
export class NoticeService implements CaseWarningSource {
  constructor(private readonly deps: NoticeDependencies) {}

  /** The daily check: each case at risk gets one notice and one `channels.processing-time-at-risk` event. */
  async findAtRisk(now = new Date()): Promise<number> {
    const today = danishDay(now);
    const days = new Set((await listTargets(this.deps.db)).flatMap((target) => target.noticeDays ?? []));
    const limits = [...days].map((noticeDays) => ({
      noticeDays,
      before: endOfDanishDay(addWorkingDays(today, noticeDays)),
    }));
    return this.deps.db.transaction().execute(async (trx) => {
      const found = await repository.takeCasesAtRisk(trx, now, limits);
      const payloads = found.map((notice) => ({
        caseId: notice.case_id,
        caseTypeCode: notice.case_type_code,
        ...(notice.department_code ? { departmentCode: notice.department_code } : {}),
        deadline: notice.deadline.toISOString(),
        detectedAt: now.toISOString(),
      }));
      await this.deps.events.publishMany(trx, ProcessingTimeAtRisk, payloads);
      return found.length;
    });
  }

  /** The caseworker's department's notices not yet sent, the earliest deadline first. */
  async open(actor: Principal, now = new Date()): Promise<NoticeView[]> {
    assertCan(actor, 'channels:processing-notices');
    const department = await this.deps.identity.departmentOf(actor);
    const rows = await repository.openNotices(this.deps.db, department.code);
    return Promise.all(rows.map((row) => this.present(row, now)));
  }

  /**
   * The warning on the case page and in the work queue (the cases module's seam): each of these cases with a § 3
   * notice not yet sent, its deadline and the link to its drafted letter. Nothing for a caller who may not send it.
   */
  async warningsFor(actor: Principal, caseIds: readonly string[], now = new Date()): Promise<CaseWarning[]> {
    if (!can(actor, 'channels:processing-notices')) return [];
    const rows = await repository.openNoticesOf(this.deps.db, caseIds);
    const today = danishDay(now);
    return rows.map((row) => noticeWarning(row.case_id, danishDay(row.deadline), today));
  }

  /** One case's notice for the letter page; a case the caller may not open is unknown (404). */
  async forCase(actor: Principal, caseId: string, now = new Date()): Promise<NoticeView | undefined> {
    assertCan(actor, 'channels:processing-notices');
    if (!(await this.deps.cases.mayRead(actor, caseId))) throw notFound('cases.case.notFound');
    const row = await repository.noticeFor(this.deps.db, caseId);
    return row && this.present(row, now);
  }

  /** Sends the § 3 letter through Digital Post (or print) in the case's name, once. */
  async send(actor: Principal, caseId: string, form: NoticeForm, now = new Date()): Promise<{ messageId: string }> {
    const notice = await this.forCase(actor, caseId, now);
    if (!notice) throw notFound('channels.notice.none');
    if (notice.sentAt) throw conflict('channels.notice.alreadySent');
    const problems = noticeProblems(form, notice.deadlineDay);
    if (problems.length)
      throw badRequest(
        'channels.notice.invalid',
        {},
        problems.map(({ field, key, values }) => ({ field, message: t(key, values) })),
      );
    const row = await repository.noticeFor(this.deps.db, caseId);
    if (!row?.party_id || !row.party_kind) throw conflict('channels.notice.noParty');
    const recipient = row.party_kind === 'person' ? { personId: row.party_id } : { businessId: row.party_id };
    const letter = noticeLetter({ ...notice, caseType: notice.caseType.da, ...form });
    return this.deps.db.transaction().execute(async (trx) => {
      const sent = await this.deps.post.sendLetter(trx, actor, { recipient, ...letter, caseId });
      const marked = await repository.markSent(trx, caseId, { sentAt: now, sentBy: actor.id, ...sent, ...form });
      if (!marked) throw conflict('channels.notice.alreadySent');
      return sent;
    });
  }

  private async present(row: repository.NoticeRow, now: Date): Promise<NoticeView> {
    const summary = await this.deps.cases.caseTypeSummary(row.case_type_code);
    const deadlineDay = danishDay(row.deadline);
    return {
      caseId: row.case_id,
      caseType: summary?.name ?? { da: row.case_type_code, en: row.case_type_code },
      receivedDay: danishDay(row.started_at),
      deadlineDay,
      workingDaysLeft: workingDaysBetween(danishDay(now), deadlineDay),
      sentAt: row.sent_at,
      hasParty: !!row.party_id,
    };
  }
}
