import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { snapshotTables } from '#test-support/db-snapshot.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';

/** The dashboard, a figure's page, the exports and the push API over HTTP, on one shared app. */
let app: TestApp;
let manager: TestClient;
let frontDesk: TestClient;
before(async () => {
  app = await startTestApp();
  [manager, frontDesk] = [new TestClient(app.url), new TestClient(app.url)];
  await manager.login('staff-manager-1');
  await frontDesk.login('staff-front-desk-1');
  await snapshotTables(app.raadhus.database.db); // waits until the demo month's events are all handled
});
after(() => app?.close());

const today = danishDay();
const from = addDays(today, -29);

/** Cases received in the last 30 days, counted straight from the signals the events left. */
async function casesReceived(): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from insight_signals
    where signal = 'case-received' and day between ${from}::date and ${today}::date`.execute(app.raadhus.database.db);
  return rows[0].count;
}

test('the executive dashboard says each figure, its target and status, in Danish and English', async () => {
  const response = await manager.follow('/staff/insight');
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<h1>Nøgletal for kommunen<\/h1>/);
  // the demo telephony system pushed 30 days averaging 123.5 seconds: above the 120 s target, below red at 300 s
  assert.match(
    html,
    /Ventetid i telefonen<\/a><\/h2>\s*<p class="font-lead mb-2"><strong class="insight-value">123,5 sek\.<\/strong> <span class="badge badge-small badge-warning">Gul: tæt på målet<\/span>/,
  );
  assert.match(html, /Mål: højst 120 sek\. \(rød over 300 sek\.\)/);
  const received = await casesReceived();
  assert.ok(received >= 5, `the demo month has cases (${received})`);
  assert.match(
    html,
    new RegExp(
      `Modtagne sager</a></h2>\\s*<p class="font-lead mb-2"><strong class="insight-value">${received}</strong>`,
    ),
  );
  assert.match(html, /Intet mål fastsat/);
  assert.match(html, /<figcaption class="form-hint">Modtagne sager pr. sagstype<\/figcaption>/);
  assert.match(html, /<svg class="sparkline"/);
  // the chart's categories and its table name case types as the reader reads them, not by their codes
  assert.match(html, /<th scope="row">Boligstøtte<\/th>/);
  assert.doesNotMatch(html, />housing-benefit</);
  const english = await (await manager.follow('/staff/insight?lang=en')).text();
  assert.match(english, /<th scope="row">Housing benefit<\/th>/);
  assert.doesNotMatch(english, />housing-benefit</);
  assert.match(english, /<h1>The municipality&#39;s key figures<\/h1>|<h1>The municipality's key figures<\/h1>/);
  assert.match(
    english,
    /<strong class="insight-value">123.5 s<\/strong> <span class="badge badge-small badge-warning">Amber: close to target<\/span>/,
  );
  assert.match(english, /Target: at most 120 s \(red above 300 s\)/);
  const bad = await manager.follow(`/staff/insight?from=${today}&to=${addDays(today, -3)}&lang=da`);
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Til-datoen ligger før fra-datoen\./);
});

test('a figure page gives its definition, breakdown and lineage; other departments’ figures are not shown', async () => {
  const html = await (await manager.follow('/staff/insight/figures/phone-waiting-time?lang=da')).text();
  assert.match(html, /Gennemsnitlig ventetid i sekunder, før et opkald til Borgerservice blev besvaret/);
  assert.match(html, /<th scope="row">Retning<\/th>\s*<td>Jo lavere, jo bedre<\/td>/);
  assert.match(html, /Indberettet via API i batch [0-9a-f-]{36}/);
  assert.match(html, /<h2 class="h3">Alarmer<\/h2><p>Ingen alarmer er udløst\.<\/p>/);
  const letters = await (await manager.follow('/staff/insight/figures/cases-received?lang=en')).text();
  assert.match(letters, /By Case type/);
  // each breakdown names its values: the case type's and the department's names from their owners, in English
  assert.match(letters, /<th scope="row">Housing benefit<\/th>/);
  assert.match(letters, /<th scope="row">Benefits and Pensions<\/th>/);
  assert.doesNotMatch(letters, /<th scope="row">(housing-benefit|ydelser)<\/th>/);
  const danishLetters = await (await manager.follow('/staff/insight/figures/cases-received?lang=da')).text();
  assert.match(danishLetters, /<th scope="row">Boligstøtte<\/th>/);
  assert.match(danishLetters, /<th scope="row">Ydelser og Pension<\/th>/);
  assert.match(letters, /Computed by Raadhus from the events case-received \(rule 1\)/);
  // the front desk (Borgerservice) sees Borgerservice's figures, not the IT department's
  const desk = await (await frontDesk.follow('/staff/insight')).text();
  assert.match(desk, /Ventetid i telefonen/);
  assert.doesNotMatch(desk, /Leverede notifikationer/);
  assert.equal((await frontDesk.follow('/staff/insight/figures/notifications-delivered')).status, 404);
  assert.equal((await manager.follow('/staff/insight/figures/no-such-figure')).status, 404);
});

test('the dashboard and a figure export as CSV, numbers as numbers and small cells as "< 5"', async () => {
  const dashboard = await (await manager.follow('/staff/insight/dashboard.csv')).text();
  assert.match(dashboard, /^figure_id,name_da,name_en,unit,from,to,value,target_green,target_red,status\n/);
  assert.match(
    dashboard,
    new RegExp(
      `"phone-waiting-time","Ventetid i telefonen","Phone waiting time","seconds","${from}","${today}",123.5,120,300,"amber"`,
    ),
  );
  const figure = await (
    await manager.follow(`/staff/insight/figures/cases-received/export?from=${from}&to=${today}`)
  ).text();
  assert.match(figure, /^figure_id,day,cell,numerator,denominator,value,source,lineage\n/);
  assert.match(figure, /"cases-received","\d{4}-\d{2}-\d{2}","","< 5","< 5","< 5","cases","events:case-received"/);
});

test('the open-data page publishes the chosen figures to anyone, with CSV', async () => {
  const anyone = new TestClient(app.url);
  const response = await anyone.follow('/open-data/key-figures?lang=da');
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<h1>Kommunens nøgletal<\/h1>/);
  assert.match(
    html,
    /Ventetid i telefonen<\/h2>\s*<p class="font-lead mb-2"><strong class="insight-value">123,5 sek\.<\/strong>/,
  );
  assert.match(
    html,
    new RegExp(
      `Modtagne sager</h2>\\s*<p class="font-lead mb-2"><strong class="insight-value">${await casesReceived()}</strong>`,
    ),
  );
  assert.doesNotMatch(html, /Leverede notifikationer|Åbne sager/, 'only the published figures');
  assert.doesNotMatch(html, /\/staff\/insight/, 'no link into the staff pages');
  const csv = await (await anyone.follow('/open-data/key-figures.csv')).text();
  assert.match(
    csv,
    new RegExp(
      `"phone-waiting-time","Ventetid i telefonen","Phone waiting time","seconds","${from}","${today}",123.5,120,300,"amber"`,
    ),
  );
  const english = await (await anyone.follow('/open-data/key-figures?lang=en')).text();
  assert.match(english, /<strong class="insight-value">123.5 s<\/strong>/);
});

test('POST /api/v1/key-figures/{id}/observations: all or nothing, named problems, once per Idempotency-Key', async () => {
  const { key } = await createTestApiClient(app.raadhus, { name: 'Telefoni', scopes: ['insight:observe'] });
  const post = (id: string, body: unknown, idempotencyKey?: string) =>
    fetch(`${app.url}/api/v1/key-figures/${id}/observations`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${key}`,
        'content-type': 'application/json',
        'accept-language': 'da',
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    });
  const db = app.raadhus.database.db;
  const before = await snapshotTables(db);
  const yesterday = addDays(today, -1);
  const bad = await post('phone-waiting-time', {
    observations: [
      { day: yesterday, value: 80 },
      { day: '2026-02-30', value: 80 },
      { day: yesterday, dimensions: { building: 'rådhuset' }, value: 80 },
      { day: addDays(today, 1), value: 80 },
    ],
  });
  assert.equal(bad.status, 400);
  assert.match(bad.headers.get('content-type') ?? '', /application\/problem\+json/);
  const problem = await bad.json();
  assert.equal(problem.detail, 'Indberetningen har 3 fejl; intet er gemt.');
  assert.deepEqual(
    problem.errors.map((error: { field: string; message: string }) => `${error.field}: ${error.message}`),
    [
      'observations[1].day: Dagen skal være en dato som ÅÅÅÅ-MM-DD.',
      'observations[2].dimensions: Nøgletallet kan ikke opdeles på building.',
      'observations[3].day: Dagen ligger i fremtiden.',
    ],
  );
  const computed = await post('cases-received', { observations: [{ day: yesterday, value: 3 }] });
  assert.equal(computed.status, 409);
  assert.match((await computed.json()).detail, /beregnes af Raadhus selv/);
  assert.equal((await post('no-such', { observations: [{ day: yesterday, value: 3 }] })).status, 404);
  assert.equal((await post('phone-waiting-time', { observations: [] })).status, 400);
  assert.deepEqual(await snapshotTables(db), before, 'nothing refused was stored');

  const batch = {
    observations: [
      { day: yesterday, value: 61 },
      { day: yesterday, dimensions: { location: 'rådhuset' }, value: 75 },
    ],
  };
  const first = await post('phone-waiting-time', batch, 'telefoni-1');
  assert.equal(first.status, 201);
  const body = await first.json();
  assert.deepEqual([body.accepted, body.changed], [2, 2]);
  const again = await post('phone-waiting-time', batch, 'telefoni-1');
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await again.json(), body);
  const page = await (
    await manager.follow(`/staff/insight/figures/phone-waiting-time?from=${yesterday}&to=${yesterday}&lang=da`)
  ).text();
  assert.match(
    page,
    /<strong>61 sek\.<\/strong> <span class="badge badge-small badge-success">Grøn: målet er nået<\/span>/,
  );
  assert.match(page, new RegExp(`Indberettet via API i batch ${body.batchId}`));
  assert.match(page, /<th scope="row">rådhuset<\/th>\s*<td class="align-text-right">75 sek\.<\/td>/);
  const docs = await (await fetch(`${app.url}/api/docs`)).json();
  assert.equal(docs.paths['/api/v1/key-figures/{id}/observations'].post.operationId, 'pushKeyFigureObservations');
});

test('a caseworker whose department owns no figure gets a page saying so', async () => {
  const caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  const response = await caseworker.follow('/staff/insight?lang=da');
  assert.equal(response.status, 200);
  assert.match(await response.text(), /Din afdeling ejer ingen nøgletal endnu\./);
});

test('a CSV is uploaded, mapped, refused row by row in the wrong number format, imported with lineage, and rolled back', async () => {
  const [d1, d2] = [addDays(today, -3), addDays(today, -2)];
  const cell = (day: string, key: string) =>
    sql<{ value: number; lineage: string }>`select value, lineage from insight_facts
      where figure_id = 'phone-waiting-time' and day = ${day}::date and dimension_key = ${key}`
      .execute(app.raadhus.database.db)
      .then((result) => result.rows[0]);
  const demoTotal = await cell(d1, '');
  const upload = async (content: string) => {
    const { csrf } = await manager.form('/staff/insight/imports?lang=da');
    const form = new FormData();
    form.append('_csrf', csrf);
    form.append('figure', 'phone-waiting-time');
    form.append('file', new Blob([content], { type: 'text/csv' }), 'telefoni.csv');
    return manager.request('/staff/insight/imports', { method: 'POST', body: form });
  };
  const refused = await upload('dag\n');
  assert.equal(refused.status, 400);
  assert.match(await refused.text(), /Filen skal have en linje med kolonnenavne og mindst én linje med tal\./);

  const uploaded = await upload(`dag;sted;ventetid\n${d1};rådhuset;1.234,5\n${d2};rådhuset;95,5\n${d1};;200\n`);
  assert.equal(uploaded.status, 303);
  const path = uploaded.headers.get('location')!;
  const { html, csrf } = await manager.form(`${path}?lang=da`);
  assert.match(html, /<h1>Vælg kolonner: telefoni\.csv<\/h1>/);
  assert.match(html, /<td>rådhuset<\/td><td>1\.234,5<\/td>/);
  const mapping = { _csrf: csrf, day: 'dag', value: 'ventetid', dimension: 'sted' };
  const wrongFormat = await manager.submit(path, { ...mapping, decimal: 'point' });
  assert.equal(wrongFormat.status, 400);
  const refusedPage = await wrongFormat.text();
  assert.match(refusedPage, /Linje 2: &#34;1\.234,5&#34; er ikke et tal skrevet med punktum som decimaltegn\./);
  assert.match(refusedPage, /Linje 3: .*95,5/);
  assert.equal(await cell(d1, 'location=rådhuset'), undefined, 'nothing imported');

  const imported = await (await manager.submit(path, { ...mapping, decimal: 'comma' })).text();
  assert.match(imported, /Importen er gennemført: 3 linjer er gemt, hver med importen som kilde\./);
  const id = path.split('/').at(-1);
  assert.deepEqual(await cell(d1, 'location=rådhuset'), { value: 1234.5, lineage: `import:${id}` });
  assert.deepEqual(await cell(d1, ''), { value: 200, lineage: `import:${id}` });
  const figure = await (
    await manager.follow(`/staff/insight/figures/phone-waiting-time?from=${d1}&to=${d2}&lang=da`)
  ).text();
  assert.match(figure, new RegExp(`Importeret fra CSV-fil \\(import ${id}\\)`));
  assert.match(figure, /<th scope="row">rådhuset<\/th>\s*<td class="align-text-right">665 sek\.<\/td>/);

  const { csrf: rollbackCsrf } = await manager.form(path);
  const rolledBack = await (await manager.submit(`${path}/rollback`, { _csrf: rollbackCsrf })).text();
  assert.match(rolledBack, /Importen er rullet tilbage\. Tallene er som før importen\./);
  assert.equal(await cell(d1, 'location=rådhuset'), undefined);
  assert.deepEqual(await cell(d1, ''), demoTotal, "the demo system's value is back");
  assert.equal((await manager.submit(`${path}/rollback`, { _csrf: rollbackCsrf })).status, 409, 'only once');
});
