import { z } from 'zod';
import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, notFound } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { MailTransport } from '#platform/mail/mail-transport.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import { type AlertRule, alertStep } from './alert.ts';
import { isSuppressed, periodValue } from './figure-values.ts';
import { alertMailJob } from './insight.jobs.ts';
import type { KeyFigure } from './key-figure.ts';
import { alertForMail, clear, insertRule, listRules, markMailed, raise } from './repository/alert.repository.ts';
import { factsOf } from './repository/fact.repository.ts';

export interface AlertDependencies {
  db: Database;
  queue: JobQueue;
  logger: Logger;
  figures: readonly KeyFigure[];
  /** absent when no SMTP server is configured: alerts are then listed on the figure's page only */
  mail?: MailTransport;
  mailFrom: string;
  publicUrl: string;
}

const Recipient = z.email().max(200);

/** Alert rules: evaluated after each recomputation and each pushed batch; a raised alert is e-mailed once. */
export class AlertService {
  constructor(private readonly deps: AlertDependencies) {}

  async addRule(actor: Principal, rule: Omit<AlertRule, 'id' | 'raised'>): Promise<string> {
    assertCan(actor, 'insight:targets');
    const figure = this.deps.figures.find((candidate) => candidate.id === rule.figureId);
    if (!figure) throw notFound();
    const dimension = rule.dimensionKey.split('=')[0];
    if (rule.dimensionKey && !(figure.dimensions as readonly string[]).includes(dimension))
      throw badRequest('insight.api.dimensionUnknown', { name: dimension });
    if (!Recipient.safeParse(rule.recipient).success) throw badRequest('insight.alert.recipientInvalid');
    return insertRule(this.deps.db, rule, actor.id);
  }

  /** Evaluates every rule on a day's value: raises (and mails) those newly past their threshold, clears those back. */
  async evaluate(day: string): Promise<{ raised: number; cleared: number }> {
    const counts = { raised: 0, cleared: 0 };
    for (const rule of await listRules(this.deps.db)) {
      const figure = this.deps.figures.find((candidate) => candidate.id === rule.figureId);
      if (!figure) continue;
      const facts = await factsOf(this.deps.db, [figure.id], day, day, rule.dimensionKey);
      const value = periodValue(figure, facts);
      const step = alertStep(rule, isSuppressed(figure, value) ? null : value.value);
      if (step === 'raise') {
        await this.deps.db.transaction().execute(async (trx) => {
          const alertId = await raise(trx, rule.id, day, value.value!);
          if (alertId) await this.deps.queue.enqueue(trx, alertMailJob, { alertId });
        });
        counts.raised++;
      } else if (step === 'clear') {
        await clear(this.deps.db, rule.id);
        counts.cleared++;
      }
    }
    return counts;
  }

  /** The alert's e-mail to the rule's recipient, once (a retried job after a sent mail sends nothing). */
  async mail(alertId: string): Promise<void> {
    const alert = await alertForMail(this.deps.db, alertId);
    if (!alert || alert.mailedAt) return;
    const figure = this.deps.figures.find((candidate) => candidate.id === alert.figureId);
    if (!figure) return;
    if (!this.deps.mail) {
      this.deps.logger.warn({ alertId }, 'no SMTP server configured: the alert is shown on the figure page only');
      return;
    }
    const values = {
      name: figure.name.da,
      day: alert.day,
      value: alert.value,
      threshold: alert.threshold,
      cell: alert.dimensionKey || t('insight.figure.whole', {}, 'da'),
      link: `${this.deps.publicUrl}/staff/insight/figures/${figure.id}`,
    };
    await this.deps.mail.send({
      to: alert.recipient,
      from: this.deps.mailFrom,
      subject: t('insight.alert.subject', values, 'da'),
      text: t(`insight.alert.text.${alert.comparison}`, values, 'da'),
      reference: `insight-alert-${alert.id}`,
    });
    await markMailed(this.deps.db, alertId);
  }
}
