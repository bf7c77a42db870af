import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { caseReminders, caseRow, personId, staffPrincipal, tinyPdf } from './test-support/case-fixtures.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';

let app: TestApp;
let key: string;
let readOnlyKey: string;
before(async () => {
  app = await startTestApp();
  const identity = app.raadhus.services.identity;
  key = (
    await createTestApiClient(app.raadhus, {
      name: 'Fagsystem Ydelser',
      scopes: ['case:create', 'case:read', 'case:update', 'case:transition'],
    })
  ).key;
  readOnlyKey = (await createTestApiClient(app.raadhus, { name: 'Læser', scopes: ['case:read'] })).key;
});
after(async () => {
  await app?.close();
});

const api = (
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; key?: string } = {},
) =>
  fetch(`${app.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${init.key ?? key}`,
      ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });

const caseCount = async () =>
  (await sql<{ count: number }>`select count(*)::int as count from cases_cases`.execute(app.raadhus.database.db))
    .rows[0].count;

async function create(idempotencyKey = randomUUID(), fields: Record<string, unknown> = { monthlyRent: 7000 }) {
  return api('/api/v1/cases', {
    method: 'POST',
    headers: { 'idempotency-key': idempotencyKey },
    body: { caseTypeCode: 'housing-benefit', applicant: { personId: await personId(app.raadhus, 5) }, fields },
  });
}

test('the cases API is in the OpenAPI document', async () => {
  const document = (await (await fetch(`${app.url}/api/docs`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  for (const path of [
    '/api/v1/cases',
    '/api/v1/cases/{id}',
    '/api/v1/cases/{id}/documents',
    '/api/v1/cases/{id}/transitions',
  ])
    assert.ok(document.paths[path], path);
  assert.ok(document.paths['/api/v1/cases/{id}'].patch);
});

test('create is idempotent: the same key replays the first answer and makes one case; another body with the key is a conflict', async () => {
  const before = await caseCount();
  const idempotencyKey = randomUUID();
  const first = await create(idempotencyKey);
  assert.equal(first.status, 201);
  const body = (await first.json()) as { id: string; reference: string; deadline: string };
  assert.match(body.reference, /^\d{4}-\d{6}$/);
  assert.ok(body.deadline);
  const again = await create(idempotencyKey);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await again.json(), body);
  assert.equal(await caseCount(), before + 1);
  const mismatch = await create(idempotencyKey, { monthlyRent: 1 });
  assert.equal(mismatch.status, 409);
  assert.match(mismatch.headers.get('content-type') ?? '', /application\/problem\+json/);
  // bad input: unknown case type, unknown applicant
  const unknownType = await api('/api/v1/cases', {
    method: 'POST',
    body: { caseTypeCode: 'nope', applicant: { personId: await personId(app.raadhus, 5) } },
  });
  assert.equal(unknownType.status, 400);
  const unknownApplicant = await api('/api/v1/cases', {
    method: 'POST',
    body: { caseTypeCode: 'housing-benefit', applicant: { personId: randomUUID() } },
  });
  assert.equal(unknownApplicant.status, 422);
  assert.equal(await caseCount(), before + 1);
});

test('read gives the case with its version as ETag; update fields with If-Match, and a stale If-Match is 409 with nothing changed', async () => {
  const { id } = (await (await create()).json()) as { id: string };
  const read = await api(`/api/v1/cases/${id}`);
  assert.equal(read.status, 200);
  assert.equal(read.headers.get('etag'), '"1"');
  const body = (await read.json()) as {
    state: { id: string };
    version: number;
    transitions: Array<{ id: string; allowed: boolean }>;
    fields: Record<string, unknown>;
  };
  assert.equal(body.state.id, 'received');
  assert.ok(body.transitions.some((transition) => transition.id === 'start_review'));
  const updated = await api(`/api/v1/cases/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': '"1"' },
    body: { fields: { area: 72, monthlyRent: 7100 } },
  });
  assert.equal(updated.status, 200);
  assert.equal(updated.headers.get('etag'), '"2"');
  assert.deepEqual(((await updated.json()) as { fields: unknown }).fields, { area: 72, monthlyRent: 7100 });
  const stale = await api(`/api/v1/cases/${id}`, {
    method: 'PATCH',
    headers: { 'if-match': '"1"' },
    body: { fields: { area: 1 } },
  });
  assert.equal(stale.status, 409);
  assert.match(stale.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.deepEqual((await caseRow(app.raadhus, id)).fields, { area: 72, monthlyRent: 7100 });
  assert.equal((await api(`/api/v1/cases/${randomUUID()}`)).status, 404);
  // reading is audited per party
  const { rows } = await sql<{
    count: number;
  }>`select count(*)::int as count from audit_log where object_id = ${id} and action = 'case:read'`.execute(
    app.raadhus.database.db,
  );
  assert.ok(rows[0].count >= 1);
});

test('add a document (checked by content) and transition; a refused transition is a 422 problem with the reasons', async () => {
  const { id } = (await (await create()).json()) as { id: string };
  const wrongType = await api(`/api/v1/cases/${id}/documents`, {
    method: 'POST',
    body: { filename: 'lease.pdf', documentType: 'lease', contentBase64: Buffer.from('not a pdf').toString('base64') },
  });
  assert.equal(wrongType.status, 415);
  // the workflow gives "request documentation" to caseworkers only: a 422 problem naming the reason
  const notMine = await api(`/api/v1/cases/${id}/transitions`, {
    method: 'POST',
    headers: { 'if-match': '1' },
    body: { transition: 'request_documentation', note: 'Lejekontrakt mangler' },
  });
  assert.equal(notMine.status, 422);
  const roleProblem = (await notMine.json()) as {
    status: number;
    detail: string;
    errors: Array<{ field: string; message: string }>;
  };
  assert.equal(roleProblem.status, 422);
  assert.match(roleProblem.detail, /Bed om dokumentation/);
  assert.match(roleProblem.errors[0].message, /Kun Sagsbehandler, Leder kan|Kun caseworker|Kun /);
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  await app.raadhus.services.cases.transition(caseworker, id, {
    transitionId: 'request_documentation',
    version: 1,
    note: 'Lejekontrakt',
  });
  const added = await api(`/api/v1/cases/${id}/documents`, {
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: { filename: 'lease.pdf', documentType: 'lease', contentBase64: (await tinyPdf()).toString('base64') },
  });
  assert.equal(added.status, 201);
  assert.deepEqual(Object.keys((await added.json()) as object).sort(), ['documentId', 'version']);
  // the document arriving while the case waited for the applicant moved it back to review
  assert.equal((await caseRow(app.raadhus, id)).state, 'in_review');
  const before = await caseRow(app.raadhus, id);
  const impossible = await api(`/api/v1/cases/${id}/transitions`, {
    method: 'POST',
    body: { transition: 'no_such_transition' },
  });
  assert.equal(impossible.status, 422);
  assert.match(((await impossible.json()) as { detail: string }).detail, /tillader ikke/);
  assert.deepEqual(await caseRow(app.raadhus, id), before);
});

test('a line-of-business system reports a pick-up (bulky waste collected) through the API; the scheduling reminder goes through notify', async () => {
  const response = await api('/api/v1/cases', {
    method: 'POST',
    body: {
      caseTypeCode: 'bulky-waste',
      applicant: { personId: await personId(app.raadhus, 6) },
      fields: { pickupDate: '2026-12-10' },
    },
  });
  const { id } = (await response.json()) as { id: string };
  const tina = await staffPrincipal(app.raadhus, 'staff-caseworker-3');
  const early = await api(`/api/v1/cases/${id}/transitions`, {
    method: 'POST',
    body: { transition: 'mark_collected' },
  });
  assert.equal(early.status, 422, 'not from "received"');
  await assert.rejects(
    app.raadhus.services.cases.transition(tina, id, { transitionId: 'schedule', version: 1, note: 'Afhentes torsdag' }),
    (error: { statusCode: number }) => error.statusCode === 400,
    'a reminder needs the appointment',
  );
  await app.raadhus.services.cases.transition(tina, id, {
    transitionId: 'schedule',
    version: 1,
    note: 'Afhentes torsdag',
    appointment: { startsAt: new Date('2026-12-10T07:00:00Z'), place: 'Ved fortovet' },
  });
  const reminders = await caseReminders(app.raadhus, id);
  assert.equal(reminders.length, 1);
  assert.equal(reminders[0].place, 'Ved fortovet');
  assert.equal((await caseRow(app.raadhus, id)).state, 'scheduled');
  const reported = await api(`/api/v1/cases/${id}/transitions`, {
    method: 'POST',
    body: { transition: 'mark_collected' },
  });
  assert.equal(reported.status, 200, await reported.clone().text());
  const body = (await reported.json()) as { state: { id: string; end: boolean }; result: string | null };
  assert.equal(body.state.id, 'collected');
  assert.equal(body.state.end, true);
});

test('a client with only case:read cannot create, update or transition', async () => {
  const { id } = (await (await create()).json()) as { id: string };
  assert.equal((await api(`/api/v1/cases/${id}`, { key: readOnlyKey })).status, 200);
  assert.equal(
    (await api(`/api/v1/cases/${id}`, { key: readOnlyKey, method: 'PATCH', body: { fields: { x: 1 } } })).status,
    403,
  );
  assert.equal(
    (
      await api(`/api/v1/cases/${id}/transitions`, {
        key: readOnlyKey,
        method: 'POST',
        body: { transition: 'start_review' },
      })
    ).status,
    403,
  );
  assert.equal((await caseRow(app.raadhus, id)).version, 1);
});

test('a client limited to a department reads and changes only its department’s cases: another’s is 404 like an unknown id, nothing changes', async () => {
  const { identity } = app.raadhus.services;
  const scopes = ['case:create', 'case:read', 'case:update', 'case:transition'];
  const department = async (code: string) => (await identity.departmentByCode(code))!.id;
  const ydelserKey = (
    await createTestApiClient(app.raadhus, { name: 'Ydelsessystem', scopes, departmentId: await department('ydelser') })
  ).key;
  const teknikKey = (
    await createTestApiClient(app.raadhus, {
      name: 'Byggesagssystem',
      scopes,
      departmentId: await department('teknik'),
    })
  ).key;
  const created = (await (await create()).json()) as { id: string; reference: string };

  const unknown = await api(`/api/v1/cases/${randomUUID()}`, { key: teknikKey });
  assert.equal(unknown.status, 404);
  const unknownProblem = (await unknown.json()) as { title: string; detail: string };
  const pdf = (await tinyPdf()).toString('base64');
  const before = await snapshotTables(app.raadhus.database.db);
  const attempts: Array<[string, string, unknown?]> = [
    ['GET', `/api/v1/cases/${created.id}`],
    ['GET', `/api/v1/cases/${created.reference}`],
    ['PATCH', `/api/v1/cases/${created.id}`, { fields: { monthlyRent: 1 } }],
    [
      'POST',
      `/api/v1/cases/${created.id}/documents`,
      { filename: 'a.pdf', documentType: 'attachment', contentBase64: pdf },
    ],
    ['POST', `/api/v1/cases/${created.id}/transitions`, { transition: 'start_review' }],
  ];
  for (const [method, path, body] of attempts) {
    const refused = await api(path, { key: teknikKey, method, body, headers: { 'idempotency-key': randomUUID() } });
    assert.equal(refused.status, 404, `${method} ${path}`);
    assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await refused.json()) as { title: string; detail: string };
    assert.deepEqual(
      [problem.title, problem.detail],
      [unknownProblem.title, unknownProblem.detail],
      'as for an unknown id',
    );
  }
  const changed = changedTables(before, await snapshotTables(app.raadhus.database.db));
  assert.deepEqual(
    changed.filter((table) => !table.startsWith('idempotency_keys:')),
    [],
    'nothing stored changed',
  );

  const own = await api(`/api/v1/cases/${created.id}`, { key: ydelserKey });
  assert.equal(own.status, 200, 'the client of the case’s department reads it');
  assert.equal(((await own.json()) as { reference: string }).reference, created.reference);
  const documented = await api(`/api/v1/cases/${created.id}/documents`, {
    key: ydelserKey,
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: { filename: 'a.pdf', documentType: 'attachment', contentBase64: pdf },
  });
  assert.equal(documented.status, 201);
});

test('a client limited to a department creates cases only of its department’s case types', async () => {
  const { identity } = app.raadhus.services;
  const teknikKey = (
    await createTestApiClient(app.raadhus, {
      name: 'Byggesagssystem 2',
      scopes: ['case:create', 'case:read'],
      departmentId: (await identity.departmentByCode('teknik'))!.id,
    })
  ).key;
  const before = await caseCount();
  const refused = await api('/api/v1/cases', {
    key: teknikKey,
    method: 'POST',
    headers: { 'idempotency-key': randomUUID() },
    body: { caseTypeCode: 'housing-benefit', applicant: { personId: await personId(app.raadhus, 5) }, fields: {} },
  });
  assert.equal(refused.status, 403);
  assert.match(((await refused.json()) as { detail: string }).detail, /egen afdeling/);
  assert.equal(await caseCount(), before, 'no case was made');
});
