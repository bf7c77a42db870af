import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Logger } from 'pino';
import type { Database, Executor } from '#platform/db/database.ts';
import type { JobQueue } from '#platform/queue/queue.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit, recordAuditMany } from '#platform/audit/audit.service.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { DeliveryError, type SmsProvider } from '#platform/sms/sms-provider.ts';
import type { MailTransport } from '#platform/mail/mail-transport.ts';
import { parseDeliveryReport } from '#platform/sms/gateway-api-provider.ts';
import * as repository from './delivery.repository.ts';
import type { NotificationRow, NotificationStatus, NotificationTable } from './notify.repository.ts';
import { isLastAttempt, nextRateWindow, rateWindowStart, retryDelaySeconds } from './delivery-policy.ts';
import { maskAddress } from './phone-number.ts';
import { DISPATCH_GROUP, dispatchJob } from './notify.jobs.ts';
import { NotifyDelivered, NotifyFailed } from './notify.events.ts';

export interface DeliverySettings {
  maxAttempts: number;
  retryDelaySeconds: number;
  ratePerMinute: number;
  smsSender: string;
  mailFrom: string;
  /** where the gateway posts delivery reports; includes the shared token */
  smsCallbackUrl: string;
  webhookToken: string;
  outboxActive: boolean;
  /** timeout of one request to the gateway or SMTP server: a claim older than a few of these is a dead worker's */
  sendTimeoutMs: number;
}

/**
 * How long a claimed notification ("sending") stays the claiming worker's: after that the worker is taken to
 * be dead and the next attempt takes it over. Long enough for a send and its bookkeeping; the gateway's
 * reference and the e-mail's Message-ID make a takeover of a send that did go out harmless.
 */
export const staleClaimSeconds = (settings: Pick<DeliverySettings, 'sendTimeoutMs'>) =>
  Math.ceil((2 * settings.sendTimeoutMs) / 1000) + 5;

export interface NotificationView {
  id: string;
  kind: string;
  channel: 'sms' | 'email';
  authorityCode: string;
  recipient: string;
  status: NotificationStatus;
  attempts: number;
  providerId: string | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
}

/** For administrators: who it went to is masked; the text is never shown (it may be a code). */
const toNotificationView = (
  row: Pick<
    NotificationRow,
    | 'id'
    | 'kind'
    | 'channel'
    | 'authority_code'
    | 'recipient'
    | 'status'
    | 'attempts'
    | 'provider_id'
    | 'last_error'
    | 'created_at'
    | 'sent_at'
    | 'delivered_at'
    | 'failed_at'
  >,
): NotificationView => ({
  id: row.id,
  kind: row.kind,
  channel: row.channel,
  authorityCode: row.authority_code,
  recipient: maskAddress(row.recipient),
  status: row.status,
  attempts: row.attempts,
  providerId: row.provider_id,
  lastError: row.last_error,
  createdAt: row.created_at,
  sentAt: row.sent_at,
  deliveredAt: row.delivered_at,
  failedAt: row.failed_at,
});

export const deriveWebhookToken = (sessionSecret: string) =>
  createHmac('sha256', sessionSecret).update('notify:sms-webhook').digest('base64url');

/**
 * Sends notifications: one attempt per dispatch job, with exponential backoff between attempts, a dead
 * state after the last one, a per-authority rate limit that delays (never drops), and delivery reports
 * from the SMS gateway.
 */
export class DeliveryService {
  constructor(
    private readonly deps: {
      db: Database;
      queue: JobQueue;
      logger: Logger;
      sms: SmsProvider;
      mail: MailTransport;
      settings: DeliverySettings;
      /** `notify.delivered` and `notify.failed` are published with the notification's change */
      events: EventBus;
      /**
       * The acceptance and its `notify.delivered` in one transaction (outbox): on the PostgreSQL server. On the
       * embedded database (one connection) a transaction here was seen to hang the dispatch job under load (see
       * docs/events.md, open questions), so there they are two statements, the event right after the change.
       */
      acceptanceWithEvent: boolean;
    },
  ) {}

  get settings(): DeliverySettings {
    return this.deps.settings;
  }

  /** Stores notifications and enqueues their first attempt in the caller's transaction; returns how many were new. */
  async enqueue(executor: Executor, rows: Array<Insertable<NotificationTable>>): Promise<number> {
    const inserted =
      rows.length === 1 && rows[0].kind === 'verification'
        ? [await repository.insertNotification(executor, rows[0])]
        : await repository.insertNotifications(executor, rows);
    const groups: Array<{ notificationIds: string[] }> = [];
    for (let index = 0; index < inserted.length; index += DISPATCH_GROUP)
      groups.push({ notificationIds: inserted.slice(index, index + DISPATCH_GROUP).map((row) => row.id) });
    if (groups.length === 1) await this.deps.queue.enqueue(executor, dispatchJob, groups[0]);
    else if (groups.length > 1) await this.deps.queue.enqueueMany(executor, dispatchJob, groups);
    return inserted.length;
  }

  /**
   * The dispatch job: one attempt for each notification of the group, sent side by side, and the ones the
   * gateway or mail server accepted marked sent in one statement. Idempotent: a notification that is no
   * longer queued is left alone.
   */
  async dispatch(notificationIds: string[]): Promise<void> {
    const outcomes = await Promise.all(notificationIds.map((id) => this.attempt(id)));
    const accepted = outcomes.filter(
      (outcome): outcome is { claimed: NotificationRow; providerId: string } => outcome !== undefined,
    );
    if (accepted.length === 0) return;
    const deliveredAt = new Date().toISOString();
    const reported = this.deps.acceptanceWithEvent
      ? await this.deps.db.transaction().execute((trx) => this.recordAccepted(trx, accepted, deliveredAt))
      : await this.recordAccepted(this.deps.db, accepted, deliveredAt);
    for (const { claimed } of reported)
      this.deps.logger.info(
        { notificationId: claimed.id, channel: claimed.channel, kind: claimed.kind, attempt: claimed.attempts },
        'notification sent',
      );
  }

  /** Marks the accepted notifications sent and publishes `notify.delivered` for the ones this attempt recorded first. */
  private async recordAccepted(
    executor: Executor,
    accepted: Array<{ claimed: NotificationRow; providerId: string }>,
    deliveredAt: string,
  ): Promise<Array<{ claimed: NotificationRow; providerId: string }>> {
    const marked = new Set(
      await repository.markManySent(
        executor,
        accepted.map((outcome) => ({ id: outcome.claimed.id, providerId: outcome.providerId })),
      ),
    );
    // another attempt at the same notification (a takeover) may have recorded the acceptance first: reported once
    const reported = accepted.filter(({ claimed }) => marked.has(claimed.id));
    if (reported.length > 0)
      await this.deps.events.publishMany(
        executor,
        NotifyDelivered,
        reported.map(({ claimed }) => ({ ...eventFields(claimed), attempt: claimed.attempts, deliveredAt })),
      );
    return reported;
  }

  /** Claims and sends one notification; a failed attempt is recorded (and retried later) here. */
  private async attempt(notificationId: string): Promise<{ claimed: NotificationRow; providerId: string } | undefined> {
    const { db, settings } = this.deps;
    const now = new Date();
    const staleAfter = staleClaimSeconds(settings);
    const claimed = await repository.claimNotification(
      db,
      notificationId,
      rateWindowStart(now),
      settings.ratePerMinute,
      staleAfter,
    );
    if (!claimed) {
      // Either not ours to send (sent, cancelled), over its authority's limit for this minute (tried again
      // in the next minute, its attempts untouched), or claimed by a worker that may have died with it (a
      // job retried after a crash): then it is looked at again once that claim is stale, so it is never lost.
      const current = await repository.findNotification(db, notificationId);
      if (current?.status === 'queued') await this.requeueAt(notificationId, nextRateWindow(now));
      if (current?.status === 'sending' && current.claimed_at)
        await this.deps.queue.enqueue(
          db,
          dispatchJob,
          { notificationIds: [notificationId] },
          { startAfter: new Date(current.claimed_at.getTime() + (staleAfter + 1) * 1000) },
        );
      return undefined;
    }
    try {
      const { providerId } =
        claimed.channel === 'sms'
          ? await this.deps.sms.send({
              to: claimed.recipient,
              sender: settings.smsSender,
              text: claimed.text,
              callbackUrl: this.deps.sms.name === 'outbox' ? undefined : settings.smsCallbackUrl,
              reference: claimed.id,
            })
          : await this.deps.mail.send({
              to: claimed.recipient,
              from: settings.mailFrom,
              subject: claimed.subject,
              text: claimed.text,
              reference: claimed.id,
            });
      return { claimed, providerId };
    } catch (error) {
      await this.attemptFailed(claimed, error);
      return undefined;
    }
  }

  private async attemptFailed(claimed: NotificationRow, error: unknown): Promise<void> {
    const { db, settings, queue, logger } = this.deps;
    const permanent = error instanceof DeliveryError && error.kind === 'permanent';
    // our own error text (status codes, error names): never the recipient or the text
    const reason = error instanceof DeliveryError ? error.message : `unexpected: ${(error as Error).name}`;
    const oneTime = claimed.kind === 'verification';
    if (permanent || isLastAttempt(claimed.attempts, settings.maxAttempts)) {
      const status = permanent ? 'failed' : 'dead';
      const recorded = await db.transaction().execute(async (trx) => {
        const ours = await repository.markAttemptFailed(trx, claimed.id, claimed.attempts, {
          status,
          error: reason,
          nextAttemptAt: null,
          wipeText: oneTime,
        });
        if (!ours) return false;
        await this.deps.events.publish(trx, NotifyFailed, {
          ...eventFields(claimed),
          outcome: permanent ? 'refused' : 'dead',
          attempt: claimed.attempts,
          failedAt: new Date().toISOString(),
        });
        return true;
      });
      if (!recorded) return this.superseded(claimed, reason);
      logger.warn(
        { notificationId: claimed.id, channel: claimed.channel, attempt: claimed.attempts, reason, status },
        permanent ? 'notification refused' : 'notification dead after its last attempt',
      );
      return;
    }
    const next = new Date(Date.now() + retryDelaySeconds(claimed.attempts, settings.retryDelaySeconds) * 1000);
    const recorded = await db.transaction().execute(async (trx) => {
      const ours = await repository.markAttemptFailed(trx, claimed.id, claimed.attempts, {
        status: 'queued',
        error: reason,
        nextAttemptAt: next,
      });
      if (ours) await queue.enqueue(trx, dispatchJob, { notificationIds: [claimed.id] }, { startAfter: next });
      return ours;
    });
    if (!recorded) return this.superseded(claimed, reason);
    logger.info(
      { notificationId: claimed.id, channel: claimed.channel, attempt: claimed.attempts, reason, retryAt: next },
      'notification attempt failed; retrying',
    );
  }

  /** The attempt failed after another worker took the notification over (its claim looked dead): that attempt decides. */
  private superseded(claimed: NotificationRow, reason: string): void {
    this.deps.logger.info(
      { notificationId: claimed.id, channel: claimed.channel, attempt: claimed.attempts, reason },
      'notification attempt failed after a takeover; the newer attempt decides',
    );
  }

  private async requeueAt(notificationId: string, at: Date): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      await repository.setNextAttempt(trx, notificationId, at);
      await this.deps.queue.enqueue(trx, dispatchJob, { notificationIds: [notificationId] }, { startAfter: at });
    });
  }

  /** The gateway's delivery report; refused (401) without the shared token. */
  async handleDeliveryReport(
    token: string | undefined,
    report: { id: string | number; status: string },
  ): Promise<{ updated: number }> {
    const expected = Buffer.from(this.deps.settings.webhookToken);
    const given = Buffer.from(token ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new HttpProblem(401, 'notify.webhook.unauthorized');
    const parsed = parseDeliveryReport(report);
    if (parsed.state === 'pending') return { updated: 0 };
    const updated = await repository.applyDeliveryReport(
      this.deps.db,
      'sms',
      parsed.providerId,
      parsed.state,
      parsed.detail,
    );
    this.deps.logger.info(
      { providerId: parsed.providerId, state: parsed.state, updated: updated.length },
      'SMS delivery report',
    );
    return { updated: updated.length };
  }

  async list(
    actor: Principal,
    filter: { statuses?: NotificationStatus[]; page: number },
  ): Promise<{ items: NotificationView[]; hasNext: boolean; counts: Record<string, number> }> {
    assertCan(actor, 'notify:admin');
    const pageSize = 50;
    const rows = await repository.listNotifications(this.deps.db, {
      statuses: filter.statuses,
      limit: pageSize + 1,
      offset: (filter.page - 1) * pageSize,
    });
    const counts = Object.fromEntries(
      (await repository.countByStatus(this.deps.db)).map((row) => [row.status, row.count]),
    );
    return { items: rows.slice(0, pageSize).map(toNotificationView), hasNext: rows.length > pageSize, counts };
  }

  /** An administrator sends a dead or failed notification again (audited: it goes to a person). */
  async retry(actor: Principal, notificationId: string): Promise<void> {
    assertCan(actor, 'notify:admin');
    await this.deps.db.transaction().execute(async (trx) => {
      const row = await repository.findNotification(trx, notificationId);
      if (!row) throw new HttpProblem(404, 'error.404.text');
      const requeued = await repository.requeueNotification(trx, notificationId);
      if (!requeued) throw new HttpProblem(409, 'notify.admin.notRetryable');
      await recordAudit(trx, {
        actor,
        action: 'notification:retry',
        personId: row.owner_kind === 'citizen' ? row.owner_id : null,
        businessId: row.owner_kind === 'business' ? row.owner_id : null,
        objectType: 'notification',
        objectId: row.id,
        purpose: 'dead-letter retry',
      });
      await this.deps.queue.enqueue(trx, dispatchJob, { notificationIds: [notificationId] });
    });
  }

  /** The development outbox (only when no gateway or SMTP server is configured). */
  async outbox(actor: Principal) {
    assertCan(actor, 'notify:admin');
    if (!this.deps.settings.outboxActive) return { active: false, entries: [] };
    const rows = await this.deps.db.transaction().execute(async (trx) => {
      const listed = await repository.listOutbox(trx);
      // Reading the outbox shows people's addresses and texts: audited, one row per person or business shown.
      const owners = await repository.ownersOfRecipients(trx, [...new Set(listed.map((row) => row.recipient))]);
      const entry = {
        actor,
        action: 'notify:outbox-read',
        objectType: 'notify-outbox',
        purpose: 'development outbox viewed',
      };
      await recordAuditMany(
        trx,
        owners.length
          ? owners.map((owner) =>
              owner.owner_kind === 'business'
                ? { ...entry, businessId: owner.owner_id }
                : { ...entry, personId: owner.owner_id },
            )
          : [entry],
      );
      return listed;
    });
    return {
      active: true,
      entries: rows.map((row) => ({
        id: String(row.id),
        channel: row.channel,
        recipient: row.recipient,
        subject: row.subject,
        text: row.text,
        createdAt: row.created_at,
      })),
    };
  }

  async purgeRateWindows(): Promise<void> {
    await repository.purgeRateWindows(this.deps.db, new Date(Date.now() - 10 * 60_000));
  }
}

/** What `notify.delivered` and `notify.failed` say about a notification: ids and codes, never its address or wording. */
const eventFields = (notification: NotificationRow) => ({
  notificationId: notification.id,
  kind: notification.kind,
  sourceId: notification.source_id,
  channel: notification.channel,
  authorityCode: notification.authority_code,
});
