import { sql, type Insertable } from 'kysely';
import type { Executor } from '#platform/db/database.ts';
import type {
  NotificationRow,
  NotificationStatus,
  NotificationTable,
  NotifyTables,
  Owner,
  ReminderTable,
} from './notify.repository.ts';
import type { Channel } from './template-render.ts';

const tables = (executor: Executor) => executor.withTables<NotifyTables>();

// ── notifications ───────────────────────────────────────────────────────────────────────────────
/** Inserts the notifications not yet there; returns only the new ones (a retried event inserts nothing). */
export const insertNotifications = async (executor: Executor, rows: Array<Insertable<NotificationTable>>) => {
  if (rows.length === 0) return [];
  return tables(executor)
    .insertInto('notify_notifications')
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(['kind', 'source_id', 'channel', 'contact_point_id'])
        .where('kind', '<>', 'verification')
        .doNothing(),
    )
    .returning(['id'])
    .execute();
};

export const insertNotification = (executor: Executor, row: Insertable<NotificationTable>) =>
  tables(executor).insertInto('notify_notifications').values(row).returning(['id']).executeTakeFirstOrThrow();

export const findNotification = (executor: Executor, id: string) =>
  tables(executor).selectFrom('notify_notifications').selectAll().where('id', '=', id).executeTakeFirst();

/**
 * Takes a queued notification (or one whose worker died: claimed more than `staleClaimSeconds` ago) for one
 * attempt, in one statement together with a slot in its authority's rate window for this minute. Nothing is
 * claimed when the window is full.
 */
export async function claimNotification(
  executor: Executor,
  id: string,
  windowStart: Date,
  ratePerMinute: number,
  staleClaimSeconds: number,
): Promise<NotificationRow | undefined> {
  const claimable = sql`(n.status = 'queued' or (n.status = 'sending' and n.claimed_at < now() - make_interval(secs => ${staleClaimSeconds})))`;
  const { rows } = await sql<NotificationRow>`
    with target as (select n.id, n.authority_code from notify_notifications n where n.id = ${id} and ${claimable}),
    slot as (
      insert into notify_rate_windows (authority_code, window_start, count) select authority_code, ${windowStart}, 1 from target
      on conflict (authority_code, window_start) do update set count = notify_rate_windows.count + 1 where notify_rate_windows.count < ${ratePerMinute}
      returning 1)
    update notify_notifications n set status = 'sending', claimed_at = now(), attempts = n.attempts + 1
    from target where n.id = target.id and ${claimable} and exists (select 1 from slot)
    returning n.*`.execute(executor);
  return rows[0];
}

/**
 * Accepted by the gateway or mail server: one statement for a whole group. A one-time code's text is wiped.
 * Any attempt's acceptance is a fact about the message, so it counts even when a takeover holds the claim
 * (sending) or the takeover's failure queued a retry (queued); the first acceptance is kept. Returns the
 * ids this call marked: only those are reported delivered.
 */
export async function markManySent(
  executor: Executor,
  sent: Array<{ id: string; providerId: string }>,
): Promise<string[]> {
  if (sent.length === 0) return [];
  const values = sql.join(sent.map((entry) => sql`(${entry.id}::uuid, ${entry.providerId}::text)`));
  const { rows } = await sql<{ id: string }>`
    update notify_notifications n
    set status = 'sent', provider_id = v.provider_id, sent_at = now(), last_error = null, claimed_at = null, next_attempt_at = null,
        text = case when n.kind = 'verification' then '' else n.text end
    from (values ${values}) as v(id, provider_id)
    where n.id = v.id and n.status in ('sending', 'queued')
    returning n.id`.execute(executor);
  return rows.map((row) => row.id);
}

/**
 * One attempt failed: recorded only while that attempt still holds the claim (`attempt` is its number). A
 * worker that stalled past its claim and was taken over learns of its failure too late to undo the takeover.
 */
export const markAttemptFailed = (
  executor: Executor,
  id: string,
  attempt: number,
  outcome: { status: 'queued' | 'failed' | 'dead'; error: string; nextAttemptAt: Date | null; wipeText?: boolean },
) =>
  tables(executor)
    .updateTable('notify_notifications')
    .set({
      status: outcome.status,
      last_error: outcome.error.slice(0, 300),
      next_attempt_at: outcome.nextAttemptAt,
      claimed_at: null,
      ...(outcome.status === 'queued' ? {} : { failed_at: new Date() }),
      ...(outcome.wipeText ? { text: '' } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempt)
    .executeTakeFirst()
    .then((result) => result.numUpdatedRows > 0n);

/** Over the rate limit before any attempt: when it is tried next (for the overview; the delayed job carries the time). */
export const setNextAttempt = (executor: Executor, id: string, at: Date) =>
  tables(executor)
    .updateTable('notify_notifications')
    .set({ next_attempt_at: at })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .execute();

/** A delivery report from the gateway: only moves forward (a late "sent" never undoes "delivered"). */
export const applyDeliveryReport = (
  executor: Executor,
  channel: Channel,
  providerId: string,
  state: 'delivered' | 'failed',
  detail: string,
) =>
  tables(executor)
    .updateTable('notify_notifications')
    .set(
      state === 'delivered'
        ? { status: 'delivered', delivered_at: new Date() }
        : { status: 'failed', failed_at: new Date(), last_error: `delivery report ${detail}`.slice(0, 300) },
    )
    .where('channel', '=', channel)
    .where('provider_id', '=', providerId)
    .where('status', 'in', ['sent', 'sending'])
    .returning(['id'])
    .execute();

/** An administrator sends a dead (or failed) notification again: a fresh set of attempts. */
export const requeueNotification = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('notify_notifications')
    .set({ status: 'queued', attempts: 0, last_error: null, failed_at: null, next_attempt_at: null })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'failed'])
    .where('text', '<>', '')
    .returning(['id'])
    .executeTakeFirst();

export const cancelQueuedNotifications = (executor: Executor, kind: 'reminder', sourceId: string) =>
  tables(executor)
    .updateTable('notify_notifications')
    .set({ status: 'cancelled' })
    .where('kind', '=', kind)
    .where('source_id', '=', sourceId)
    .where('status', '=', 'queued')
    .execute();

export const listNotifications = (
  executor: Executor,
  filter: { statuses?: NotificationStatus[]; limit: number; offset: number },
) => {
  let query = tables(executor)
    .selectFrom('notify_notifications')
    .select([
      'id',
      'kind',
      'channel',
      'authority_code',
      'recipient',
      'status',
      'attempts',
      'provider_id',
      'last_error',
      'created_at',
      'sent_at',
      'delivered_at',
      'failed_at',
    ])
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset);
  if (filter.statuses?.length) query = query.where('status', 'in', filter.statuses);
  return query.execute();
};

export const countByStatus = (executor: Executor) =>
  tables(executor)
    .selectFrom('notify_notifications')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .groupBy('status')
    .execute();

export const notificationsForSource = (executor: Executor, kind: string, sourceId: string) =>
  tables(executor)
    .selectFrom('notify_notifications')
    .selectAll()
    .where('kind', '=', kind as never)
    .where('source_id', '=', sourceId)
    .orderBy('channel')
    .execute();

// ── the per-authority rate limit ────────────────────────────────────────────────────────────────
export const purgeRateWindows = (executor: Executor, before: Date) =>
  tables(executor).deleteFrom('notify_rate_windows').where('window_start', '<', before).execute();

// ── reminders ───────────────────────────────────────────────────────────────────────────────────
export const insertReminder = (executor: Executor, row: Insertable<ReminderTable>) =>
  tables(executor).insertInto('notify_reminders').values(row).returningAll().executeTakeFirstOrThrow();

export const findReminder = (executor: Executor, id: string, { lock = false } = {}) => {
  const query = tables(executor).selectFrom('notify_reminders').selectAll().where('id', '=', id);
  return (lock ? query.forUpdate() : query).executeTakeFirst();
};

export const cancelReminder = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('notify_reminders')
    .set({ status: 'cancelled', cancelled_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .returningAll()
    .executeTakeFirst();

export const markReminderSent = (executor: Executor, id: string) =>
  tables(executor)
    .updateTable('notify_reminders')
    .set({ status: 'sent', sent_at: new Date() })
    .where('id', '=', id)
    .where('status', '=', 'scheduled')
    .returning(['id'])
    .executeTakeFirst();

export const listUpcomingReminders = (executor: Executor, limit = 100) =>
  tables(executor)
    .selectFrom('notify_reminders')
    .selectAll()
    .where('starts_at', '>', sql<Date>`now() - interval '1 day'`)
    .orderBy('starts_at')
    .limit(limit)
    .execute();

// ── the development outbox ──────────────────────────────────────────────────────────────────────
/** One entry per notification: a second send of the same notification returns the first entry's id. */
export const insertOutboxEntry = async (
  executor: Executor,
  entry: { channel: Channel; recipient: string; subject?: string; text: string; reference: string },
) =>
  String(
    (
      await tables(executor)
        .insertInto('notify_dev_outbox')
        .values({
          channel: entry.channel,
          recipient: entry.recipient,
          subject: entry.subject ?? '',
          text: entry.text,
          notification_id: entry.reference,
        })
        .onConflict((conflict) =>
          conflict.column('notification_id').doUpdateSet((update) => ({
            notification_id: update.ref('excluded.notification_id'),
          })),
        )
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );

export const listOutbox = (executor: Executor, limit = 100) =>
  tables(executor).selectFrom('notify_dev_outbox').selectAll().orderBy('id', 'desc').limit(limit).execute();

/** Whose addresses these are: the owners the notifications to them were sent for. */
export const ownersOfRecipients = async (executor: Executor, recipients: string[]) =>
  recipients.length
    ? tables(executor)
        .selectFrom('notify_notifications')
        .select(['owner_kind', 'owner_id'])
        .distinct()
        .where('recipient', 'in', recipients)
        .where('owner_id', 'is not', null)
        .execute()
    : [];

export const latestOutboxEntryFor = (executor: Executor, recipient: string) =>
  tables(executor)
    .selectFrom('notify_dev_outbox')
    .selectAll()
    .where('recipient', '=', recipient)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

export type { Owner };
