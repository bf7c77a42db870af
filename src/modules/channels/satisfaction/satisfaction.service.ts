import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { CasesContract, NotifyContract } from '#platform/contracts.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { badRequest, HttpProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { checkSignedToken, signedToken } from '#platform/http/signed-link.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { periodProblems } from '../figures.service.ts';
import type { PurposeService } from '../purpose.service.ts';
import type { ChannelCode } from '../channel-codes.ts';
import { MeasurementService } from '../service-levels/measurement.service.ts';
import { statusOf, type Status } from '../service-levels/compliance.ts';
import { type ServiceKind, targetFor } from '../service-levels/service-target.ts';
import { listTargets } from '../service-levels/target.repository.ts';
import * as repository from './satisfaction.repository.ts';
import { checkAnswer, figuresOf, type SurveyForm, satisfied } from './survey-answer.ts';
import { satisfactionPaths } from './views/paths.ts';

/** How long an invitation's link works. */
export const SURVEY_DAYS = 14;
const TOKEN_PURPOSE = 'channels-survey';

/** The system itself sends the invitations: it may send through notify, nothing else. */
export const surveyActor: Principal = {
  kind: 'client',
  id: 'channels-satisfaction',
  name: 'Tilfredshedsmåling',
  roles: ['integration'],
  scopes: ['notify:remind'],
};

/** A contact that ended, with the person to ask (by internal id; never in the invitation row). */
export interface EndedContact {
  sourceKey: string;
  personId: string;
  service: { kind: 'purpose' | 'case-type'; code: string; name: { da: string; en: string } };
  channel: ChannelCode;
  departmentCode: string;
  at: Date;
}

export interface SurveyView {
  serviceName: { da: string; en: string };
  channel: string;
  answered: boolean;
}

export interface SatisfactionRow {
  serviceKind: 'purpose' | 'case-type';
  serviceCode: string;
  serviceName: { da: string; en: string };
  channel: string;
  invited: number;
  answers: number;
  average: number | null;
  /** the share of answers at or above the target's lowest satisfied score */
  share: number | null;
  lowest: number;
  targetPercent: number | null;
  status: Status;
}

export interface SatisfactionComment {
  serviceName: { da: string; en: string };
  channel: string;
  score: number;
  comment: string;
  answeredAt: Date;
}

/**
 * Satisfaction after a contact: one invitation per ended contact (desk, phone, web chat, case closed) by e-mail or
 * SMS through notify, only with a verified contact point and consent for the department; answered once without
 * login through a signed, expiring link; each answer measured against the satisfaction target in force, and
 * counted per service and channel for the managers (comments only to them, audited).
 */
export class SatisfactionService {
  constructor(
    private readonly db: Database,
    private readonly deps: {
      purposes: Pick<PurposeService, 'list'>;
      caseTypes: Pick<CasesContract, 'caseTypeSummary' | 'journalFacts'>;
      notify: Pick<NotifyContract, 'serviceLinkChannels' | 'sendServiceLink'>;
      identity: Pick<IdentityContract, 'departmentByCode'>;
      /** signs the links (the session secret) */
      secret: string;
    },
    private readonly measurement = new MeasurementService(),
  ) {}

  /**
   * Invites the person once per contact, in the caller's transaction: `sent`, `already` (a retried event), or
   * `unavailable` (no verified contact point with consent for the department: nothing is stored or sent).
   */
  async invite(
    executor: Executor,
    contact: EndedContact,
    now = new Date(),
  ): Promise<'sent' | 'already' | 'unavailable'> {
    if (await repository.invitationFor(executor, contact.sourceKey)) return 'already';
    const possible = await this.deps.notify.serviceLinkChannels(executor, surveyActor, {
      personId: contact.personId,
      authorityCode: contact.departmentCode,
    });
    const by = (['email', 'sms'] as const).find((channel) =>
      possible.some((option) => option.channel === channel && !option.unavailable),
    );
    if (!by) return 'unavailable';
    const expiresAt = new Date(now.getTime() + SURVEY_DAYS * 86_400_000);
    const id = await repository.insertInvitation(executor, {
      source_key: contact.sourceKey,
      service_kind: contact.service.kind,
      service_code: contact.service.code,
      channel: contact.channel,
      department_code: contact.departmentCode,
      sent_by: by,
      contact_at: contact.at,
      expires_at: expiresAt,
    });
    if (!id) return 'already';
    await this.deps.notify.sendServiceLink(executor, surveyActor, {
      personId: contact.personId,
      authorityCode: contact.departmentCode,
      purposeName: contact.service.name,
      url: satisfactionPaths.survey(signedToken(TOKEN_PURPOSE, this.deps.secret, id, expiresAt)),
      channel: by,
      sourceId: `survey:${id}`,
      template: 'satisfaction-survey',
    });
    return 'sent';
  }

  /** A staff registration at the desk or on the phone with a person. */
  async inviteAfterInquiry(executor: Executor, inquiryId: string): Promise<void> {
    const inquiry = await repository.findInquiry(executor, inquiryId);
    if (!inquiry || inquiry.party_kind !== 'person' || !inquiry.party_id || !inquiry.purpose_code) return;
    if (inquiry.channel !== 'attendance' && inquiry.channel !== 'phone') return;
    await this.inviteForPurpose(executor, {
      sourceKey: `inquiry:${inquiry.id}`,
      personId: inquiry.party_id,
      purposeCode: inquiry.purpose_code,
      channel: inquiry.channel,
      departmentCode: inquiry.department_code,
      at: inquiry.occurred_at,
    });
  }

  /** A contact about a purpose (desk, phone, web chat): the purpose's name and, unless given, its department. */
  async inviteForPurpose(
    executor: Executor,
    contact: {
      sourceKey: string;
      personId: string;
      purposeCode: string;
      channel: ChannelCode;
      departmentCode: string | null;
      at: Date;
    },
  ): Promise<void> {
    const purpose = (await this.deps.purposes.list(executor)).find((p) => p.code === contact.purposeCode);
    if (!purpose) return;
    await this.invite(executor, {
      sourceKey: contact.sourceKey,
      personId: contact.personId,
      service: { kind: 'purpose', code: purpose.code, name: purpose.name },
      channel: contact.channel,
      departmentCode: contact.departmentCode ?? purpose.departmentCode,
      at: contact.at,
    });
  }

  /** A case closed: its person and intake channel were learned when it was created. */
  async inviteAfterCase(
    executor: Executor,
    closed: { caseId: string; caseTypeCode: string; departmentCode?: string; closedAt: Date },
  ): Promise<void> {
    const remembered = await repository.takeCase(executor, closed.caseId);
    if (!remembered || !closed.departmentCode) return;
    // in the handler's transaction (the embedded database has one connection): the case type's public name
    const facts = await this.deps.caseTypes.journalFacts(closed.caseId, executor);
    const purposes = await this.deps.purposes.list(executor);
    const name = facts?.publicTitle ?? purposes.find((p) => p.caseTypeCode === closed.caseTypeCode)?.name;
    if (!name) return;
    await this.invite(executor, {
      sourceKey: `case:${closed.caseId}`,
      personId: remembered.person_id,
      service: { kind: 'case-type', code: closed.caseTypeCode, name },
      channel: remembered.channel as ChannelCode,
      departmentCode: closed.departmentCode,
      at: closed.closedAt,
    });
  }

  rememberCase(executor: Executor, created: { caseId: string; personId: string; channel: ChannelCode; at: Date }) {
    return repository.rememberCase(executor, {
      case_id: created.caseId,
      person_id: created.personId,
      channel: created.channel,
      created_at: created.at,
    });
  }

  /** The invitation behind a link: 400 for a changed link, 410 for an expired one, 404 for one that is gone. */
  private async invitation(executor: Executor, token: string, now: Date) {
    const check = checkSignedToken(TOKEN_PURPOSE, this.deps.secret, token, now);
    if (!check.ok)
      throw check.reason === 'expired'
        ? new HttpProblem(410, 'channels.survey.linkExpired')
        : new HttpProblem(400, 'channels.survey.linkInvalid');
    const row = await repository.findInvitation(executor, check.id);
    if (!row) throw new HttpProblem(404, 'channels.survey.linkUnknown');
    return row;
  }

  async survey(token: string, now = new Date()): Promise<SurveyView> {
    const row = await this.invitation(this.db, token, now);
    return { serviceName: await this.serviceName(row), channel: row.channel, answered: row.answered_at !== null };
  }

  /**
   * Stores the answer once and measures it against the satisfaction target in force on the contact's day (hit:
   * at or above the target's lowest satisfied score). 409 when answered already; 400 with the field's problem.
   */
  async answer(token: string, form: SurveyForm, now = new Date()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await this.invitation(trx, token, now);
      if (row.answered_at) throw new HttpProblem(409, 'channels.survey.answeredAlready');
      const checked = checkAnswer(form);
      if (!checked.ok)
        throw badRequest(
          checked.problems[0].key,
          checked.problems[0].values,
          checked.problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
        );
      const { score, comment } = checked.answer;
      if (!(await repository.answerInvitation(trx, row.id, { score, comment, at: now })))
        throw new HttpProblem(409, 'channels.survey.answeredAlready');
      const service = { kind: row.service_kind as ServiceKind, code: row.service_code };
      const item = { metric: 'satisfaction' as const, service, channel: row.channel, day: danishDay(row.contact_at) };
      const target = targetFor(await listTargets(trx), item);
      const start = {
        sourceKey: `survey:${row.id}`,
        metric: 'satisfaction' as const,
        service,
        channel: row.channel as ChannelCode,
        departmentCode: row.department_code,
        party: null,
        startedAt: row.contact_at,
      };
      await this.measurement.measureDone(start, now, trx, satisfied(score, target?.withinAmount));
    });
  }

  /** Per service and channel: invitations, answers, the average and the share satisfied against the target. */
  async figures(
    actor: Principal,
    query: { from: string; to: string; department?: string },
  ): Promise<{ rows: SatisfactionRow[]; department?: { code: string; name: { da: string; en: string } } }> {
    assertCan(actor, 'channels:service-levels');
    const department = await this.period(query);
    const [counts, targets] = await Promise.all([
      repository.countAnswers(this.db, { ...query, departmentCode: department?.code }),
      listTargets(this.db),
    ]);
    const rows: SatisfactionRow[] = [];
    for (const count of counts) {
      const service = { kind: count.serviceKind, code: count.serviceCode };
      const target = targetFor(targets, { metric: 'satisfaction', service, channel: count.channel, day: query.to });
      const lowest = target?.withinAmount ?? 4;
      const figures = figuresOf(count.byScore, lowest);
      rows.push({
        serviceKind: count.serviceKind,
        serviceCode: count.serviceCode,
        serviceName: await this.serviceName({ service_kind: count.serviceKind, service_code: count.serviceCode }),
        channel: count.channel,
        invited: count.invited,
        answers: figures.answers,
        average: figures.average,
        share: figures.share,
        lowest,
        targetPercent: target?.targetPercent ?? null,
        status: target ? statusOf(figures.share, target.targetPercent) : 'none',
      });
    }
    return { rows, department };
  }

  /** The comments of a period: personal data in the citizens' own words, for the managers only, each read audited. */
  async comments(
    actor: Principal,
    query: { from: string; to: string; department?: string },
  ): Promise<SatisfactionComment[]> {
    assertCan(actor, 'channels:service-levels');
    const department = await this.period(query);
    const rows = await this.db.transaction().execute(async (trx) => {
      const found = await repository.listComments(trx, { ...query, departmentCode: department?.code, limit: 200 });
      await recordAudit(trx, {
        actor,
        action: 'channels:survey-comments-read',
        objectType: 'satisfaction-survey',
        objectId: department?.code ?? 'all',
        purpose: `satisfaction comments ${query.from}–${query.to} (${found.length})`,
      });
      return found;
    });
    // names after the transaction: the embedded database has one connection
    const comments: SatisfactionComment[] = [];
    for (const row of rows)
      comments.push({
        serviceName: await this.serviceName(row),
        channel: row.channel,
        score: row.score ?? 0,
        comment: row.comment ?? '',
        answeredAt: row.answered_at ?? new Date(0),
      });
    return comments;
  }

  private async period(query: { from: string; to: string; department?: string }) {
    const problems = periodProblems(query.from, query.to);
    const department = query.department ? await this.deps.identity.departmentByCode(query.department) : undefined;
    if (query.department && !department)
      problems.push({ field: 'department', key: 'channels.serviceLevels.departmentUnknown' });
    if (problems.length)
      throw badRequest(
        problems[0].key,
        problems[0].values,
        problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
      );
    return department ? { code: department.code, name: department.name } : undefined;
  }

  private async serviceName(row: { service_kind: string; service_code: string }): Promise<{ da: string; en: string }> {
    if (row.service_kind === 'case-type')
      return (
        (await this.deps.caseTypes.caseTypeSummary(row.service_code))?.name ?? {
          da: row.service_code,
          en: row.service_code,
        }
      );
    const purpose = (await this.deps.purposes.list()).find((p) => p.code === row.service_code);
    return purpose?.name ?? { da: row.service_code, en: row.service_code };
  }
}
