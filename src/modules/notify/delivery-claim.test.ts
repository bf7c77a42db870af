import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { queueSchemaOf } from '#platform/queue/pg-boss-connection.ts';
import { subscriptionQueue } from '#platform/events/subscription.ts';
import { DeliveryError, type SmsMessage, type SmsProvider } from '#platform/sms/sms-provider.ts';
import { GatewayApiSmsProvider } from '#platform/sms/gateway-api-provider.ts';
import { OutboxMailTransport } from '#platform/mail/mail-transport.ts';
import { DeliveryService } from './delivery.service.ts';
import * as repository from './delivery.repository.ts';
import { NotifyDelivered } from './notify.events.ts';
import { startFakeSmsGateway, type FakeSmsGateway } from './test-support/fake-sms-gateway.ts';
import { waitFor } from './test-support/notify-fixtures.ts';

/**
 * One notification, one send: a worker that stalled past its claim (or died after the gateway took the SMS)
 * is taken over, and the takeover decides. The stalled worker's late failure neither re-queues the
 * notification nor hides the takeover's acceptance; two acceptances report one delivery; a resend after a
 * crash gets the gateway's first answer for the reference. The app runs without queue workers: the test
 * calls `dispatch` itself, as two workers would.
 */
const API_KEY = 'gateway-claim-key';
let app: TestApp;
let gateway: FakeSmsGateway;
before(async () => {
  gateway = await startFakeSmsGateway(API_KEY);
  app = await startTestApp({ RUN_MODE: 'web', DEMO_DATA: 'false' });
});
after(async () => {
  await app?.close();
  await gateway?.close();
});

/** An SMS gateway whose answers the test gives, one call at a time. */
class HeldGateway implements SmsProvider {
  readonly name = 'held';
  readonly calls: Array<{ message: SmsMessage; accept(id: string): void; fail(error: Error): void }> = [];
  send(message: SmsMessage): Promise<{ providerId: string }> {
    return new Promise((resolve, reject) =>
      this.calls.push({ message, accept: (id) => resolve({ providerId: id }), fail: reject }),
    );
  }
}

const deliveryWith = (sms: SmsProvider) =>
  new DeliveryService({
    db: app.raadhus.database.db,
    acceptanceWithEvent: !app.raadhus.database.embedded,
    queue: app.raadhus.queue,
    logger: app.raadhus.logger,
    events: app.raadhus.events,
    sms,
    mail: new OutboxMailTransport({ add: async () => 'unused' }),
    settings: {
      maxAttempts: 5,
      retryDelaySeconds: 60,
      ratePerMinute: 1000,
      smsSender: 'Demoby',
      mailFrom: 'noreply@demoby.dk',
      smsCallbackUrl: 'http://127.0.0.1/unused',
      webhookToken: 'unused',
      outboxActive: false,
      sendTimeoutMs: 1000,
    },
  });

let serial = 0;
async function newNotification(): Promise<string> {
  serial += 1;
  const row = await repository.insertNotification(app.raadhus.database.db, {
    kind: 'new-post',
    source_id: crypto.randomUUID(),
    channel: 'sms',
    contact_point_id: null,
    owner_kind: null,
    owner_id: null,
    authority_code: 'ydelser',
    recipient: `+45231100${String(serial).padStart(2, '0')}`,
    subject: '',
    text: 'Du har fået post',
    provider_id: null,
    last_error: null,
    claimed_at: null,
    next_attempt_at: null,
    sent_at: null,
    delivered_at: null,
    failed_at: null,
  });
  return row.id;
}

const notification = async (id: string) => (await repository.findNotification(app.raadhus.database.db, id))!;
/** The claim looks like a dead worker's: taken an hour ago. */
const makeStale = (id: string) =>
  sql`update notify_notifications set claimed_at = now() - interval '1 hour' where id = ${id}`.execute(
    app.raadhus.database.db,
  );
const jobsFor = async (queue: string, id: string) => {
  const table = sql.table(`${queueSchemaOf(app.raadhus.database)}.job`);
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from ${table}
    where name = ${queue} and data::text like ${`%${id}%`}`.execute(app.raadhus.database.db);
  return rows[0].count;
};

test('a stalled worker whose claim was taken over: its late failure changes nothing, the takeover is sent once', async () => {
  const held = new HeldGateway();
  const delivery = deliveryWith(held);
  const id = await newNotification();
  const stalled = delivery.dispatch([id]);
  await waitFor(async () => held.calls.length === 1, 'the first attempt at the gateway');
  await makeStale(id);
  const takeover = delivery.dispatch([id]);
  await waitFor(async () => held.calls.length === 2, 'the takeover at the gateway');
  assert.equal((await notification(id)).attempts, 2);
  held.calls[0].fail(new DeliveryError('gateway timeout after 1000 ms', 'transient'));
  await stalled;
  assert.equal((await notification(id)).status, 'sending', 'the takeover still holds the claim');
  held.calls[1].accept('gw-2');
  await takeover;
  const row = await notification(id);
  assert.equal(row.status, 'sent');
  assert.equal(row.provider_id, 'gw-2');
  assert.equal(row.last_error, null);
  assert.equal(await jobsFor('notify.dispatch', id), 0, 'no further attempt queued');
  assert.deepEqual(
    held.calls.map((call) => call.message.reference),
    [id, id],
  );
});

test('two attempts both accepted (the same reference): one notify.delivered, the first acceptance kept', async () => {
  const held = new HeldGateway();
  const delivery = deliveryWith(held);
  const id = await newNotification();
  const stalled = delivery.dispatch([id]);
  await waitFor(async () => held.calls.length === 1, 'the first attempt at the gateway');
  await makeStale(id);
  const takeover = delivery.dispatch([id]);
  await waitFor(async () => held.calls.length === 2, 'the takeover at the gateway');
  held.calls[0].accept('gw-1');
  await stalled;
  held.calls[1].accept('gw-1');
  await takeover;
  const row = await notification(id);
  assert.equal(row.status, 'sent');
  assert.equal(row.provider_id, 'gw-1');
  assert.equal(await jobsFor(subscriptionQueue('post', NotifyDelivered.name), id), 1, 'delivered once');
});

test('a resend after a crash between the gateway call and the commit: the gateway answers with the first id and sends nothing', async () => {
  const sms = new GatewayApiSmsProvider({ baseUrl: gateway.url, apiKey: API_KEY, timeoutMs: 2000 });
  const delivery = deliveryWith(sms);
  const id = await newNotification();
  // the dead worker: claimed, handed to the gateway, killed before it recorded the answer
  const claimed = await repository.claimNotification(app.raadhus.database.db, id, new Date(), 1000, 60);
  assert.ok(claimed);
  const first = await sms.send({ to: claimed.recipient, sender: 'Demoby', text: claimed.text, reference: id });
  await makeStale(id);
  await delivery.dispatch([id]);
  const row = await notification(id);
  assert.equal(row.status, 'sent');
  assert.equal(row.provider_id, first.providerId, "the gateway's first answer is honoured");
  assert.equal(row.attempts, 2);
  const toGateway = gateway.requests.filter((request) => request.reference === id);
  assert.deepEqual(
    toGateway.map((request) => request.repeated),
    [false, true],
  );
  assert.equal(gateway.sent.filter((request) => request.reference === id).length, 1, 'sent once');
});
