import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { latestOutboxEntryFor } from './delivery.repository.ts';
import { waitFor } from './test-support/notify-fixtures.ts';

/** The contact register through the pages, with the development outbox standing in for the gateway and SMTP server. */
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const db = () => app.raadhus.database.db;
async function pointOf(ownerId: string, channel: 'sms' | 'email') {
  return (
    await sql<{
      address: string | null;
      pending_address: string | null;
      code_hash: string | null;
      code_attempts: number;
      verified_at: Date | null;
    }>`select * from notify_contact_points where owner_id = ${ownerId} and channel = ${channel}`.execute(db())
  ).rows[0];
}
async function personId(index: number) {
  return (await app.raadhus.services.identity.findPersonByCpr(demoCitizens[index].cpr))!.id;
}
async function codeSentTo(address: string): Promise<string> {
  const entry = await waitFor(() => latestOutboxEntryFor(db(), address), `a code to ${address}`);
  return /\b(\d{6})\b/.exec(entry.text)![1];
}
async function citizen(index: number): Promise<TestClient> {
  const client = new TestClient(app.url);
  await client.login(`citizen-${demoCitizens[index].cpr}`);
  return client;
}

test('"my page" links to the contact register', async () => {
  const client = new TestClient(app.url);
  const page = await (await client.login(`citizen-${demoCitizens[12].cpr}`)).text();
  assert.match(page, /href="\/my\/contact"/);
});

test('a citizen registers a mobile number, gets a code by SMS (stored only hashed) and confirms it', async () => {
  const client = await citizen(12);
  const id = await personId(12);
  const { csrf } = await client.form('/my/contact');
  const sent = await client.submit('/my/contact/sms', { _csrf: csrf, 'sms-address': '20 99 88 12' });
  assert.equal(sent.status, 200);
  assert.match(sent.url, /\/my\/contact\/sms\/verify$/);
  assert.match(await sent.text(), /Vi har sendt en kode på SMS til \+45 20 99 88 12/);
  const code = await codeSentTo('+4520998812');
  const stored = await pointOf(id, 'sms');
  assert.equal(stored.pending_address, '+4520998812');
  assert.equal(stored.address, null);
  assert.ok(stored.code_hash && !stored.code_hash.includes(code), 'only a keyed hash of the code is stored');
  // the code is wiped from the notification once sent
  await waitFor(
    async () =>
      (
        await sql<{
          text: string;
        }>`select text from notify_notifications where kind = 'verification' and recipient = '+4520998812'`.execute(
          db(),
        )
      ).rows[0]?.text === '',
    'the code wiped from the notification',
  );

  const wrong = await client.submit('/my/contact/sms/verify', {
    _csrf: csrf,
    code: code === '000000' ? '111111' : '000000',
  });
  assert.equal(wrong.status, 400);
  const wrongHtml = await wrong.text();
  assert.match(wrongHtml, /href="#field-code"[^>]*>Koden er forkert\. Du har 4 forsøg tilbage\./);
  const right = await client.submit('/my/contact/sms/verify', { _csrf: csrf, code });
  assert.equal(right.status, 200);
  assert.match(right.url, /\/my\/contact\?notice=verified$/);
  const html = await right.text();
  assert.match(html, /\+45 20 99 88 12/);
  const verified = await pointOf(id, 'sms');
  assert.equal(verified.address, '+4520998812');
  assert.ok(verified.verified_at);
  assert.equal(verified.code_hash, null);
});

test('invalid numbers and addresses are refused beside the field, and nothing is stored', async () => {
  const client = await citizen(13);
  const id = await personId(13);
  const { csrf } = await client.form('/my/contact');
  const cases: Array<[string, string, string, RegExp]> = [
    ['sms', 'sms-address', '1234', /Skriv et dansk mobilnummer med 8 cifre/],
    ['sms', 'sms-address', '+46 70 123 45 67', /Kun danske mobilnumre/],
    ['sms', 'sms-address', '01234567', /begynder ikke med 0 eller 1/],
    ['email', 'email-address', 'not-an-address', /Skriv en gyldig e-mailadresse/],
  ];
  for (const [channel, field, value, message] of cases) {
    const response = await client.submit(`/my/contact/${channel}`, { _csrf: csrf, [field]: value });
    assert.equal(response.status, 400, value);
    const html = await response.text();
    assert.match(html, new RegExp(`href="#field-${field}"`), value);
    assert.match(html, message, value);
    assert.match(html, new RegExp(`value="${value.replace(/[+]/g, '\\+')}"`), 'the value is kept');
  }
  assert.equal(await pointOf(id, 'sms'), undefined);
  assert.equal(await pointOf(id, 'email'), undefined);
});

test('five wrong codes use up the attempts (the right code is then refused too); an expired code is refused', async () => {
  const client = await citizen(14);
  const id = await personId(14);
  const { csrf } = await client.form('/my/contact');
  await client.submit('/my/contact/email', { _csrf: csrf, 'email-address': 'Niels.Expire@Example.dk' });
  const code = await codeSentTo('niels.expire@example.dk');
  const wrongCode = code === '123456' ? '654321' : '123456';
  for (let attempt = 1; attempt <= 5; attempt++)
    assert.equal((await client.submit('/my/contact/email/verify', { _csrf: csrf, code: wrongCode })).status, 400);
  const blocked = await client.submit('/my/contact/email/verify', { _csrf: csrf, code });
  assert.equal(blocked.status, 400);
  assert.match(await blocked.text(), /Du har prøvet for mange gange/);
  assert.equal((await pointOf(id, 'email')).verified_at, null);

  // a new code resets the attempts; once past its expiry it is refused
  await client.submit('/my/contact/email', { _csrf: csrf, 'email-address': 'niels.expire@example.dk' });
  await waitFor(async () => (await codeSentTo('niels.expire@example.dk')) !== code && true, 'a second code').catch(
    () => undefined,
  );
  const fresh = await codeSentTo('niels.expire@example.dk');
  await sql`update notify_contact_points set code_expires_at = now() - interval '1 minute' where owner_id = ${id} and channel = 'email'`.execute(
    db(),
  );
  const expired = await client.submit('/my/contact/email/verify', { _csrf: csrf, code: fresh });
  assert.equal(expired.status, 400);
  assert.match(await expired.text(), /Koden er udløbet/);
  assert.equal((await pointOf(id, 'email')).verified_at, null);
});

test('changing a verified number keeps the old one until the new one is confirmed; deleting withdraws the consents', async () => {
  const client = await citizen(15);
  const id = await personId(15);
  const { csrf } = await client.form('/my/contact');
  await client.submit('/my/contact/sms', { _csrf: csrf, 'sms-address': '+45 31 31 31 15' });
  await client.submit('/my/contact/sms/verify', { _csrf: csrf, code: await codeSentTo('+4531313115') });
  await client.submit('/my/contact/sms', { _csrf: csrf, 'sms-address': '41 41 41 15' });
  const changing = await pointOf(id, 'sms');
  assert.equal(changing.address, '+4531313115', 'the verified number still works');
  assert.equal(changing.pending_address, '+4541414115');
  await client.submit('/my/contact/sms/verify', { _csrf: csrf, code: await codeSentTo('+4541414115') });
  assert.equal((await pointOf(id, 'sms')).address, '+4541414115');
  const again = await client.submit('/my/contact/sms', { _csrf: csrf, 'sms-address': '41414115' });
  assert.equal(again.status, 409);
  assert.match(await again.text(), /allerede registreret og bekræftet/);

  // choices: SMS from two departments; e-mail is refused without a verified address
  const refused = await client.submit('/my/contact/preferences', {
    _csrf: csrf,
    'ydelser:sms': 'on',
    'ydelser:email': 'on',
  });
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /Bekræft en e-mailadresse, før du vælger e-mail/);
  assert.equal((await sql`select * from notify_preferences where owner_id = ${id}`.execute(db())).rows.length, 0);
  const saved = await client.submit('/my/contact/preferences', {
    _csrf: csrf,
    'ydelser:sms': 'on',
    'teknik:sms': 'on',
  });
  assert.match(saved.url, /notice=saved/);
  const page = await saved.text();
  assert.match(page, /id="pref-ydelser-sms"[^>]*checked/);
  assert.doesNotMatch(page, /id="pref-byg-sms"[^>]*checked/);
  assert.equal(
    (await app.raadhus.services.notify.contacts.recipientsFor({ kind: 'citizen', id }, 'ydelser')).length,
    1,
  );
  assert.equal((await app.raadhus.services.notify.contacts.recipientsFor({ kind: 'citizen', id }, 'byg')).length, 0);

  const deleted = await client.submit('/my/contact/sms/delete', { _csrf: csrf });
  assert.match(deleted.url, /notice=deleted/);
  assert.equal(await pointOf(id, 'sms'), undefined);
  assert.equal(
    (await app.raadhus.services.notify.contacts.recipientsFor({ kind: 'citizen', id }, 'ydelser')).length,
    0,
  );
  const history = (
    await sql<{
      event: string;
      authority_code: string | null;
      occurred_at: Date;
    }>`select event, authority_code, occurred_at from notify_consent_events where owner_id = ${id} order by id`.execute(
      db(),
    )
  ).rows;
  const events = history.map((row) => `${row.event}${row.authority_code ? `:${row.authority_code}` : ''}`);
  assert.deepEqual(events.slice(0, 4), [
    'contact-registered',
    'contact-verified',
    'contact-registered',
    'contact-verified',
  ]);
  assert.deepEqual(events.slice(4, 6).sort(), ['consent-given:teknik', 'consent-given:ydelser']);
  assert.equal(events[6], 'contact-deleted');
  assert.deepEqual(events.slice(7).sort(), ['consent-withdrawn:teknik', 'consent-withdrawn:ydelser']);
  assert.ok(
    history.every((row) => row.occurred_at instanceof Date),
    'every event has its time',
  );
  assert.match(await deleted.text(), /Samtykke trukket tilbage/);
});

test('a business registers an e-mail address too', async () => {
  const client = new TestClient(app.url);
  await client.login('business-10000009');
  const { csrf } = await client.form('/my/contact');
  await client.submit('/my/contact/email', { _csrf: csrf, 'email-address': 'bageri@example.dk' });
  const verified = await client.submit('/my/contact/email/verify', {
    _csrf: csrf,
    code: await codeSentTo('bageri@example.dk'),
  });
  assert.match(verified.url, /notice=verified/);
  assert.match(await verified.text(), /bageri@example\.dk/);
});

test('one citizen cannot see or change another’s contact points; staff have no contact page', async () => {
  const other = await citizen(16);
  const page = await (await other.follow('/my/contact')).text();
  assert.doesNotMatch(page, /20 99 88 12/);
  const staff = new TestClient(app.url);
  await staff.login('staff-caseworker-1');
  assert.equal((await staff.request('/my/contact')).status, 403);
});

test('demo citizens have verified contact points and choices', async () => {
  const client = await citizen(0);
  const page = await (await client.follow('/my/contact')).text();
  assert.match(page, /\+45 20 00 10 00/);
  assert.match(page, /anne\.0@example\.dk/);
  assert.match(page, /id="pref-ydelser-sms"[^>]*checked/);
});
