import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { parse } from 'csv-parse/sync';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { setDraftActivity } from './selfservice.repository.ts';
import { ABANDON_AFTER_DAYS } from './selfservice.service.ts';
import { danishDay } from './usage.service.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { answer, usageOf } from './test-support/selfservice-test-helpers.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

async function startDraft(client: TestClient, code: string): Promise<string> {
  const { csrf } = await client.form(`/selfservice/solutions/${code}`);
  const response = await client.submit(`/selfservice/solutions/${code}/start`, { _csrf: csrf });
  return /drafts\/([0-9a-f-]{36})/.exec(response.url)![1];
}

test('demo figures are seeded for the last 60 days, up to yesterday', async () => {
  const { rows } = await sql<{
    days: number;
    latest: string;
  }>`select count(distinct day)::int as days, to_char(max(day), 'YYYY-MM-DD') as latest from selfservice_usage_counts where event = 'started'`.execute(
    app.raadhus.database.db,
  );
  assert.ok(rows[0].days >= 50);
  assert.ok(rows[0].latest < danishDay(new Date()));
});

test('the counts table holds no personal data: only solution, day, event and a number', async () => {
  const { rows } = await sql<{
    column_name: string;
  }>`select column_name from information_schema.columns where table_name = 'selfservice_usage_counts' and table_schema = current_schema() order by ordinal_position`.execute(
    app.raadhus.database.db,
  );
  assert.deepEqual(
    rows.map((row) => row.column_name),
    ['solution_code', 'day', 'event', 'count'],
  );
});

test('starts, completed steps and abandonment are counted per solution and day; abandonment once, by the daily job', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  const before = await usageOf(app.raadhus, 'dog-registration');
  const kept = await startDraft(client, 'dog-registration');
  const left = await startDraft(client, 'dog-registration');
  await answer(client, `/selfservice/drafts/${left}/pages/dog`, {
    dogName: 'Fido',
    breed: 'Puddel',
    born: '2020-01-01',
    chip: '123456789012345',
    insured: 'no',
  });
  // completing the same step again does not count twice
  await answer(client, `/selfservice/drafts/${left}/pages/dog`, {
    dogName: 'Fido',
    breed: 'Puddel',
    born: '2020-01-01',
    chip: '123456789012345',
    insured: 'no',
  });
  let counts = await usageOf(app.raadhus, 'dog-registration');
  assert.equal((counts.started ?? 0) - (before.started ?? 0), 2);
  assert.equal((counts.step_completed ?? 0) - (before.step_completed ?? 0), 1);

  const service = app.raadhus.services.selfservice;
  const lastActivity = new Date(Date.now() - (ABANDON_AFTER_DAYS + 2) * 86_400_000);
  const abandonedOn = danishDay(new Date(lastActivity.getTime() + ABANDON_AFTER_DAYS * 86_400_000));
  const onDay = async () =>
    (
      await sql<{
        count: number;
      }>`select count from selfservice_usage_counts where solution_code = 'dog-registration' and event = 'abandoned' and day = ${abandonedOn}`.execute(
        app.raadhus.database.db,
      )
    ).rows[0]?.count ?? 0;
  const beforeOnDay = await onDay();
  await setDraftActivity(app.raadhus.database.db, left, lastActivity);
  assert.equal(await service.countAbandoned(), 1);
  assert.equal(await service.countAbandoned(), 0, 'a draft is counted as abandoned only once');
  counts = await usageOf(app.raadhus, 'dog-registration');
  assert.equal((counts.abandoned ?? 0) - (before.abandoned ?? 0), 1);
  // counted on the day the draft became abandoned
  assert.equal(await onDay(), beforeOnDay + 1);
  // the applicant can still continue an abandoned draft; the other draft was not touched
  assert.equal((await client.follow(`/selfservice/drafts/${left}`)).status, 200);
  const { rows: drafts } = await sql<{
    id: string;
    abandoned: boolean;
  }>`select id, abandoned_at is not null as abandoned from selfservice_drafts where id in (${kept}, ${left})`.execute(
    app.raadhus.database.db,
  );
  assert.deepEqual(Object.fromEntries(drafts.map((row) => [row.id, row.abandoned])), { [kept]: false, [left]: true });
  // retention: after 180 days untouched the draft and its files are deleted; recent drafts stay
  await setDraftActivity(app.raadhus.database.db, left, new Date(Date.now() - 181 * 86_400_000));
  assert.deepEqual(await service.dailyDraftMaintenance(), { abandoned: 0, deleted: 1 });
  assert.equal((await client.follow(`/selfservice/drafts/${left}`)).status, 404);
  assert.equal((await client.follow(`/selfservice/drafts/${kept}`)).status, 200);
  // the job that runs it daily is registered with the queue
  assert.ok(await app.raadhus.queue.boss.getQueue('selfservice.count-abandoned'));
});

test('staff with the right roles see the usage page with a chart, tables and a CSV without personal data; others are refused', async () => {
  const citizen = new TestClient(app.url);
  await citizen.login('citizen-0202521107');
  const draft = await startDraft(citizen, 'bulky-waste');
  await answer(citizen, `/selfservice/drafts/${draft}/pages/address`, {
    street: 'Skolevej 2',
    postcode: '9999',
    city: 'Demoby',
  });

  const manager = new TestClient(app.url);
  await manager.login('staff-manager-1');
  const staffHome = await (await manager.follow('/staff')).text();
  assert.match(staffHome, /href="\/staff\/selfservice\/usage"/);
  const today = danishDay(new Date());
  const page = await manager.follow(`/staff/selfservice/usage?from=${today}&to=${today}`);
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<svg/);
  assert.match(html, /role="img" aria-label="Diagram/);
  assert.match(
    html,
    /<th scope="row">Bestil afhentning af storskrald<\/th><td class="align-text-right">1<\/td><td class="align-text-right">1<\/td><td class="align-text-right">0<\/td><td class="align-text-right">0<\/td><td class="align-text-right">0\u00a0%<\/td>/,
  );
  // days and months as the reader writes them, never ISO dates
  assert.match(html, new RegExp(`<td>${formatDay(today, 'da')}</td><td>Bestil afhentning af storskrald</td>`));
  assert.doesNotMatch(html, new RegExp(`<td>${today}</td>`));
  assert.match(formatDay(today, 'da'), /^\d{1,2}\. [a-zæøå]+\.? \d{4}$/);
  // the default range (the last 30 days) includes the demo figures
  assert.equal((await manager.follow('/staff/selfservice/usage')).status, 200);
  const monthly = await (
    await manager.follow(`/staff/selfservice/usage?from=${today.slice(0, 8)}01&to=${today}&granularity=month`)
  ).text();
  assert.match(
    monthly,
    new RegExp(`<td>${formatDay(today.slice(0, 7), 'da')}</td><td>Bestil afhentning af storskrald</td>`),
  );
  const english = await (await manager.follow(`/staff/selfservice/usage?from=${today}&to=${today}&lang=en`)).text();
  assert.match(english, new RegExp(`<td>${formatDay(today, 'en')}</td>`));

  const csv = await manager.follow(`/staff/selfservice/usage.csv?from=${today}&to=${today}&lang=da`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type')!, /text\/csv/);
  const text = await csv.text();
  const records = parse(text, { columns: true }) as Array<Record<string, string>>;
  const bulky = records.find((record) => record.solution_code === 'bulky-waste')!;
  assert.deepEqual(bulky, {
    period: today,
    channel: 'selfservice',
    solution_code: 'bulky-waste',
    solution_name: 'Bestil afhentning af storskrald',
    started: '1',
    step_completed: '1',
    submitted: '0',
    abandoned: '0',
  });
  const person = await app.raadhus.services.identity.findPersonByCpr('0202521107');
  for (const secret of ['0202521107', '020252', person!.id, 'Bo Prøvesen', 'Skolevej', draft])
    assert.ok(!text.includes(secret), `CSV must not contain ${secret}`);

  // bad filter input: errors beside the fields, no crash
  const bad = await manager.follow('/staff/selfservice/usage?from=yesterday&to=2026-01-01');
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /Skriv en dato som ÅÅÅÅ-MM-DD/);
  const reversed = await manager.follow('/staff/selfservice/usage?from=2026-02-01&to=2026-01-01');
  assert.equal(reversed.status, 400);
  assert.match(await reversed.text(), /Fra-datoen skal ligge før til-datoen/);

  for (const account of ['staff-system-owner-1', 'staff-admin-1']) {
    const allowed = new TestClient(app.url);
    await allowed.login(account);
    assert.equal((await allowed.follow('/staff/selfservice/usage')).status, 200, account);
  }
  const caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  assert.equal((await caseworker.follow('/staff/selfservice/usage')).status, 403);
  assert.equal((await caseworker.follow('/staff/selfservice/usage.csv')).status, 403);
  assert.equal((await citizen.follow('/staff/selfservice/usage')).status, 403);
});

test('the integration API gives the catalogue and the usage counts to clients with the scope, as problem documents otherwise', async () => {
  const catalogue = await fetch(`${app.url}/api/v1/selfservice/solutions`);
  assert.equal(catalogue.status, 200);
  const { solutions } = (await catalogue.json()) as { solutions: Array<{ code: string; caseTypeCode: string }> };
  assert.equal(solutions.length, 9);
  assert.ok(
    solutions.some(
      (solution) => solution.code === 'building-permit-business' && solution.caseTypeCode === 'building-permit',
    ),
  );

  const { key } = await createTestApiClient(app.raadhus, { name: 'Key figures', scopes: ['selfservice:usage'] });
  const { key: otherKey } = await createTestApiClient(app.raadhus, { name: 'Other', scopes: ['person:lookup'] });
  const today = danishDay(new Date());
  const get = (query: string, bearer?: string) =>
    fetch(`${app.url}/api/v1/selfservice/usage?${query}`, {
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });

  const ok = await get(`from=${today.slice(0, 8)}01&to=${today}&granularity=month`, key);
  assert.equal(ok.status, 200);
  const body = (await ok.json()) as {
    rows: Array<{ period: string; solutionCode: string; caseTypeCode: string; channel: string; started: number }>;
  };
  const bulky = body.rows.find((row) => row.solutionCode === 'bulky-waste')!;
  assert.equal(bulky.period, today.slice(0, 7));
  assert.equal(bulky.caseTypeCode, 'bulky-waste');
  assert.equal(bulky.channel, 'selfservice');
  assert.ok(bulky.started >= 1);
  assert.deepEqual(Object.keys(bulky).sort(), [
    'abandoned',
    'caseTypeCode',
    'channel',
    'period',
    'solutionCode',
    'started',
    'stepCompleted',
    'submitted',
  ]);

  assert.equal((await get(`from=${today}&to=${today}`)).status, 401);
  const refused = await get(`from=${today}&to=${today}`, otherKey);
  assert.equal(refused.status, 403);
  assert.match(refused.headers.get('content-type')!, /application\/problem\+json/);
  const invalid = await get('from=2026-02-30&to=2026-03-01', key);
  assert.equal(invalid.status, 400);
  assert.equal(((await invalid.json()) as { status: number }).status, 400);
  assert.equal((await get('from=yesterday&to=2026-03-01', key)).status, 400);
  const openApi = app.raadhus.http!.swagger() as { paths: Record<string, unknown> };
  assert.ok(openApi.paths['/api/v1/selfservice/usage']);
  assert.ok(openApi.paths['/api/v1/selfservice/solutions']);
});
