import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { startSmtpSink, type SmtpSink } from '#modules/notify/test-support/smtp-sink.ts';
import { addDays, danishDay, previousMonth } from '#platform/time/danish-day.ts';
import { demoStaff, systemId } from './test-support/governance-fixtures.ts';

/** The system owner's page (duties, access review, deadlines, SLA, usage) and the deadline e-mail over real SMTP. */
let app: TestApp;
let smtp: SmtpSink;
let owner: TestClient;
before(async () => {
  smtp = await startSmtpSink();
  app = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Raadhus <it@demo.invalid>' });
  owner = new TestClient(app.url);
  await owner.login('staff-system-owner-1');
});
after(async () => {
  await app?.close();
  await smtp?.stop().catch(() => undefined);
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const today = danishDay();
const day = (value: string) =>
  new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(
    new Date(`${value}T12:00:00Z`),
  );
const casesLastMonth = async () =>
  Number(
    (
      await sql<{ count: number }>`select coalesce(sum(count), 0) as count from governance_usage_counts
        where source = 'cases' and month = ${previousMonth(today)}`.execute(app.raadhus.database.db)
    ).rows[0].count,
  );

test('the owner’s page lists every duty with its evidence and reviews, and how much each system is used', async () => {
  const cases = await casesLastMonth();
  assert.ok(cases >= 312, 'the demo counted 312 closed cases last month');
  const danish = text(await (await owner.follow('/staff/governance/my-systems?lang=da')).text());
  const count = new Intl.NumberFormat('da-DK').format(cases);
  assert.match(danish, new RegExp(`Sagsbehandlingssystemet I drift Gul 99,30 % ${count} \\(Afsluttede sager\\)`));
  assert.match(
    danish,
    new RegExp(
      `Sagsbehandlingssystemet Uddannelse, support og brugeradgange \\(Gennemgang af brugeradgange\\) Kræver opmærksomhed – ${day(addDays(today, -366))} ${day(addDays(today, -1))} \\(Forfalden\\)`,
    ),
  );
  assert.match(
    danish,
    new RegExp(
      `Sagsbehandlingssystemet Overholder lovgivningen Opfyldt Gennemgået på systemejermødet ${day(addDays(today, -30))}`,
    ),
  );
  assert.match(danish, /Gammelt dokumentarkiv Under udfasning Der er ingen SLA for systemet\. –/);
  const english = text(await (await owner.follow('/staff/governance/my-systems?lang=en')).text());
  assert.match(english, /Duties per system/);
  assert.match(
    english,
    new RegExp(`Amber 99\\.30 % ${new Intl.NumberFormat('en-GB').format(cases)} \\(Cases closed\\)`),
  );
});

test('a closed case is counted once into the case system’s usage, however often its event is delivered', async () => {
  const before = await casesLastMonth();
  const usage = app.raadhus.services.governance.usage;
  const db = app.raadhus.database.db;
  const eventId = randomUUID();
  const closedAt = `${previousMonth(today)}-15T10:00:00+01:00`;
  assert.equal(await usage.count(eventId, 'cases', closedAt, db), true);
  assert.equal(await usage.count(eventId, 'cases', closedAt, db), false, 'a retried delivery');
  assert.equal(await casesLastMonth(), before + 1);
  const caseSystem = await systemId(app.raadhus, 'Sagsbehandlingssystemet');
  const page = text(await (await owner.follow(`/staff/governance/systems/${caseSystem}?lang=da`)).text());
  assert.match(
    page,
    new RegExp(
      `Brug \\(målt af Raadhus\\) .*Måling Afsluttede sager Sidste måned ${new Intl.NumberFormat('da-DK').format(before + 1)}`,
    ),
  );
});

test('the contract owner gets one e-mail over SMTP when the termination deadline comes within the alert window', async () => {
  const soren = await app.raadhus.services.identity.getStaff((await demoStaff(app.raadhus, 'staff-system-owner-1')).id);
  assert.ok(soren?.email, 'the demo owner has an e-mail address');
  const deadline = addDays(today, 45);
  assert.equal(await app.raadhus.services.governance.alerts.send(), 1);
  const mail = await waitForMail(smtp, soren.email);
  assert.deepEqual(mail.to, [soren.email]);
  assert.equal(
    mail.subject,
    `Opsigelsesfrist ${deadline}: kontrakt K-2022-017 (Sagsbehandlingssystemet) / Termination deadline ${deadline}: contract K-2022-017 (Sagsbehandlingssystemet)`,
  );
  assert.match(
    mail.text,
    new RegExp(
      `Kontrakt K-2022-017 med Demo Software A/S om Sagsbehandlingssystemet skal være opsagt senest ${deadline}`,
    ),
  );
  assert.match(mail.text, /You receive this because you own the contract in Raadhus\./);
  assert.equal(await app.raadhus.services.governance.alerts.send(), 0, 'once per contract and deadline');
  assert.equal(await app.raadhus.services.governance.alerts.send(new Date(Date.now() + 86_400_000)), 0);
  assert.equal(smtp.mailsTo(soren.email).length, 1);
});

async function waitForMail(sink: SmtpSink, address: string) {
  for (let attempt = 0; attempt < 100 && sink.mailsTo(address).length === 0; attempt++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(sink.mailsTo(address).length, 1);
  return sink.mailsTo(address)[0];
}

test('the service desk’s CSV imports whole or not at all, each problem named by line; last month’s measure follows', async () => {
  const caseSystem = await systemId(app.raadhus, 'Sagsbehandlingssystemet');
  const month = previousMonth(today);
  const upload = async (csv: string) => {
    const { csrf } = await owner.form(`/staff/governance/systems/${caseSystem}?lang=da`);
    const form = new FormData();
    form.set('_csrf', csrf);
    form.set('file', new Blob([Buffer.from(csv)], { type: 'text/csv' }), 'servicedesk.csv');
    return owner.request(`/staff/governance/systems/${caseSystem}/incidents/import?lang=da`, {
      method: 'POST',
      body: form,
    });
  };
  const count = async () =>
    Number(
      (await sql<{ n: string }>`select count(*) as n from governance_incidents`.execute(app.raadhus.database.db))
        .rows[0].n,
    );
  const before = await count();
  const bad = await upload(
    `Sag;Alvorlighed;Start;Besvaret;Løst\nSD-1;Kritisk;${month}-20 08:00;${month}-20 08:10;${month}-20 09:00\nSD-2;Ukendt;${month}-21 25:00;;\n`,
  );
  assert.equal(bad.status, 400);
  const html = text(await bad.text());
  assert.match(html, /Linje 3, Alvor: Vælg en af mulighederne\./);
  assert.match(html, /Linje 3, Startede: /);
  assert.equal(await count(), before, 'nothing is stored while one row is wrong');
  const csv = `Sag;Alvorlighed;Start;Besvaret;Løst\nSD-1;Kritisk;${month}-20 08:00;${month}-20 08:10;${month}-20 09:00\nSD-2;normal;${month}-21 10:00;${month}-21 12:30;\n`;
  const good = await upload(csv);
  assert.equal(good.status, 303);
  assert.equal(await count(), before + 2);
  assert.equal((await upload(csv)).status, 303);
  assert.equal(await count(), before + 2, 'the same export twice registers nothing twice');
  const page = text(await (await owner.follow(`/staff/governance/systems/${caseSystem}?lang=da`)).text());
  // 5 hours and now one more hour down: 360 minutes; the normal incident answered after 150 minutes (60 allowed)
  assert.match(page, /Nedetid 360 minutter/);
  assert.match(page, /Besvaret inden for responstiden 3 af 4 hændelser/);
});
