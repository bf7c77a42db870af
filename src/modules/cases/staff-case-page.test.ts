import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { citizenCpr, integrationClient, personId } from './test-support/case-fixtures.ts';

/** What the caseworker reads on a case and in the queue: the applicant's answers, documents that follow them, CPR. */
let app: TestApp;
let sara: TestClient;
before(async () => {
  app = await startTestApp();
  sara = new TestClient(app.url);
  await sara.login('staff-caseworker-1');
});
after(async () => {
  await app?.close();
});

const text = (da: string, en: string) => ({ da, en });

async function selfServiceCase(citizenIndex: number) {
  return app.raadhus.services.cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'housing-benefit',
    applicant: { personId: await personId(app.raadhus, citizenIndex) },
    channel: 'api',
    fields: { otherAdults: 'no', monthlyRent: 6500 },
    submittedForm: {
      formVersion: 3,
      pages: [
        {
          title: text('Husstanden', 'Household'),
          answers: [
            {
              label: text('Bor der andre voksne i boligen?', 'Do other adults live in the home?'),
              value: text('Nej', 'No'),
            },
          ],
        },
        {
          title: text('Boligen og huslejen', 'The home and the rent'),
          answers: [
            {
              label: text('Husleje om måneden uden forbrug', 'Monthly rent without utilities'),
              value: text('6.500 kr.', '6,500 DKK'),
            },
            { label: text('Boligens areal', 'Floor area'), value: text('72 m²', '72 m²') },
          ],
        },
      ],
    },
  });
}

const main = (html: string) =>
  /<main[\s\S]*<\/main>/
    .exec(html)![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test("the case page shows the applicant's answers with the form version, in the reader's language", async () => {
  const created = await selfServiceCase(3);
  const danish = main(await (await sara.follow(`/staff/cases/${created.caseId}?lang=da`)).text());
  assert.match(danish, /Ansøgerens svar Svarene er givet i version 3 af selvbetjeningsformularen\./);
  assert.match(danish, /Bor der andre voksne i boligen\? Nej/);
  assert.match(danish, /Husleje om måneden uden forbrug 6\.500 kr\./);
  assert.match(danish, /Boligens areal 72 m²/);
  const english = main(await (await sara.follow(`/staff/cases/${created.caseId}?lang=en`)).text());
  assert.match(english, /The applicant's answers/);
  assert.match(english, /Monthly rent without utilities 6,500 DKK/);
  // a case from the desk or an API without a form has no answers section
  const plain = await app.raadhus.services.cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'housing-benefit',
    applicant: { personId: await personId(app.raadhus, 4) },
    channel: 'api',
    fields: {},
  });
  assert.doesNotMatch(
    main(await (await sara.follow(`/staff/cases/${plain.caseId}?lang=da`)).text()),
    /Ansøgerens svar/,
  );
});

test('document requirements follow the answers and end with the decision; the full CPR is shown where the case type needs it, audited', async () => {
  const created = await selfServiceCase(5);
  const page = main(await (await sara.follow(`/staff/cases/${created.caseId}?lang=da`)).text());
  assert.match(page, /Lejekontrakt: mangler/);
  assert.match(page, /Dokumentation for øvrige voksnes indkomst: ikke nødvendig efter ansøgerens svar/);
  const cpr = citizenCpr(5);
  assert.match(page, new RegExp(`${cpr.slice(0, 6)}-${cpr.slice(6)}`));
  const { rows } = await sql<{
    purpose: string;
  }>`select purpose from audit_log where object_id = ${created.caseId} and action = 'case:read'`.execute(
    app.raadhus.database.db,
  );
  assert.match(rows[0]!.purpose, /full CPR shown/);
  // decided: nothing is missing any more, and the state is not repeated as its result
  await sql`update cases_cases set state = 'granted', result = 'granted', closed_at = now() where id = ${created.caseId}`.execute(
    app.raadhus.database.db,
  );
  const closed = main(await (await sara.follow(`/staff/cases/${created.caseId}?lang=da`)).text());
  assert.doesNotMatch(closed, /mangler/);
  assert.match(closed, /Lejekontrakt: ikke modtaget \(sagen er afsluttet\)/);
  assert.match(closed, /Tilstand Bevilget /);
  assert.doesNotMatch(closed, /Bevilget – bevilget/i);
});

test('the work queue names the applicant (audited) and marks a case due today', async () => {
  const created = await selfServiceCase(6);
  const later = new Date(Date.now() + 60_000);
  await sql`update cases_cases set deadline = ${later} where id = ${created.caseId}`.execute(app.raadhus.database.db);
  const html = await (await sara.follow('/staff/cases?caseType=housing-benefit&sort=deadline&lang=da')).text();
  const row = new RegExp(`<tr>(?:(?!</tr>).)*${created.reference}(?:(?!</tr>).)*</tr>`, 's').exec(html)?.[0] ?? '';
  const name = (await app.raadhus.services.identity.findPersonByCpr(citizenCpr(6)))!.name;
  assert.match(row, new RegExp(name));
  assert.match(row, /Frist i dag/);
  assert.match(html, /<th[^>]*>\s*Ansøger\s*<\/th>/);
  const { rows } = await sql<{
    count: number;
  }>`select count(*)::int as count from audit_log where object_id = ${created.caseId} and action = 'case:queue'`.execute(
    app.raadhus.database.db,
  );
  assert.ok(rows[0]!.count >= 1);
});
