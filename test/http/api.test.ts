import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

let app: TestApp;
let lookupKey: string;
let plainKey: string;
before(async () => {
  app = await startTestApp();
  lookupKey = (await createTestApiClient(app.raadhus, { name: 'Fagsystem Ydelser', scopes: ['person:lookup'] })).key;
  plainKey = (await createTestApiClient(app.raadhus, { name: 'Fagsystem uden opslag', scopes: [] })).key;
});
after(async () => {
  await app?.close();
});

const api = (path: string, init: RequestInit & { key?: string } = {}) => {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  if (init.key) headers.set('authorization', `Bearer ${init.key}`);
  return fetch(`${app.url}${path}`, { ...init, headers });
};

const lookup = (body: unknown, options: { key?: string; idempotencyKey?: string } = {}) =>
  api('/api/v1/people/lookup', {
    method: 'POST',
    key: options.key ?? lookupKey,
    headers: {
      'content-type': 'application/json',
      ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
    },
    body: JSON.stringify(body),
  });

const auditCount = async () =>
  (
    await sql<{ count: number }>`select count(*)::int as count from audit_log where action = 'person:lookup'`.execute(
      app.raadhus.database.db,
    )
  ).rows[0].count;

test('/api/docs is an OpenAPI 3.1 document of the /api/v1 routes with their schemas', async () => {
  const response = await fetch(`${app.url}/api/docs`);
  assert.equal(response.status, 200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, any>> };
  assert.match(document.openapi, /^3\.1\./);
  const paths = Object.keys(document.paths);
  assert.ok(paths.includes('/api/v1/whoami'), paths.join(', '));
  assert.ok(paths.includes('/api/v1/people/lookup'), paths.join(', '));
  assert.deepEqual(
    paths.filter((path) => !path.startsWith('/api/v1/')),
    [],
    'only integration API paths are documented',
  );
  const lookupOperation = document.paths['/api/v1/people/lookup'].post;
  const requestSchema = lookupOperation.requestBody.content['application/json'].schema;
  assert.deepEqual(Object.keys(requestSchema.properties).sort(), ['cpr', 'purpose']);
  assert.deepEqual([...requestSchema.required].sort(), ['cpr', 'purpose']);
  const responseSchema = lookupOperation.responses['200'].content['application/json'].schema;
  assert.deepEqual(Object.keys(responseSchema.properties).sort(), ['id', 'name']);
  const whoami = document.paths['/api/v1/whoami'].get.responses['200'].content['application/json'].schema;
  assert.deepEqual(Object.keys(whoami.properties).sort(), ['name', 'scopes']);
});

test('/api/docs declares the Idempotency-Key header on exactly the routes that honour it', async () => {
  const document = (await (await fetch(`${app.url}/api/docs`)).json()) as {
    paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string; schema: any }> }>>;
  };
  const routes = app.raadhus.http!.routeRegistry.all().filter((route) => route.url.startsWith('/api/v1/'));
  const idempotent = routes.filter((route) => route.idempotent);
  assert.ok(idempotent.length >= 3, 'several routes honour the header');
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const operation = document.paths[path]?.[route.method.toLowerCase()];
    assert.ok(operation, `${route.method} ${path} is documented`);
    const header = operation.parameters?.find(
      (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key',
    );
    if (!route.idempotent) {
      assert.equal(header, undefined, `${route.method} ${path} does not honour the header`);
      continue;
    }
    assert.ok(header, `${route.method} ${path} declares Idempotency-Key`);
    assert.equal(header.schema.type, 'string');
    assert.equal(header.schema.maxLength, 255);
  }
});

test('whoami names the client and its scopes', async () => {
  const response = await api('/api/v1/whoami', { key: lookupKey });
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), { name: 'Fagsystem Ydelser', scopes: ['person:lookup'] });
});

test('a missing or wrong Bearer key gets a 401 problem document', async () => {
  for (const key of [undefined, 'rh_not_a_real_key']) {
    const response = await api('/api/v1/whoami', { key });
    assert.equal(response.status, 401);
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    const problem = (await response.json()) as { status: number; title: string; type: string };
    assert.equal(problem.status, 401);
    assert.ok(problem.title && problem.type);
  }
});

test('a revoked key is refused', async () => {
  const identity = app.raadhus.services.identity;
  const created = await createTestApiClient(app.raadhus, { name: 'Revoked', scopes: ['person:lookup'] });
  assert.equal((await api('/api/v1/whoami', { key: created.key })).status, 200);
  const administrator = { kind: 'staff' as const, id: created.id, name: 'Admin', roles: ['administrator' as const] };
  await identity.revokeApiClient(administrator, created.id);
  assert.equal((await api('/api/v1/whoami', { key: created.key })).status, 401);
});

test('people lookup returns the person and writes one audit row', async () => {
  const before = await auditCount();
  const response = await lookup({ cpr: '010150-0100', purpose: 'benefit case 2026-17' });
  assert.equal(response.status, 200);
  const person = (await response.json()) as { id: string; name: string };
  assert.equal(person.name, 'Anne Testesen');
  assert.match(person.id, /^[0-9a-f-]{36}$/);
  assert.equal(await auditCount(), before + 1);
});

test('people lookup refuses a client without the person:lookup scope (403) and audits nothing', async () => {
  const before = await auditCount();
  const response = await lookup({ cpr: '0101500100', purpose: 'curiosity' }, { key: plainKey });
  assert.equal(response.status, 403);
  assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(await auditCount(), before);
});

test('people lookup: invalid body, bad CPR and unknown person are problem documents', async () => {
  const missing = await lookup({ cpr: '0101500100' });
  assert.equal(missing.status, 400);
  const problem = (await missing.json()) as { errors: Array<{ field: string }> };
  assert.ok(
    problem.errors.some((error) => error.field === 'purpose'),
    JSON.stringify(problem),
  );
  const badDate = await lookup({ cpr: '3213500100', purpose: 'case 1' });
  assert.equal(badDate.status, 400);
  const unknown = await lookup({ cpr: '0101509999', purpose: 'case 1' });
  assert.equal(unknown.status, 404);
  assert.match(unknown.headers.get('content-type') ?? '', /application\/problem\+json/);
});

test('idempotency: the same key and body replays the stored response without a second audit row', async () => {
  const body = { cpr: '0202521107', purpose: 'case 2026-18' };
  const first = await lookup(body, { idempotencyKey: 'lookup-18' });
  assert.equal(first.status, 200);
  const firstBody = await first.text();
  const afterFirst = await auditCount();
  const replay = await lookup(body, { idempotencyKey: 'lookup-18' });
  assert.equal(replay.status, 200);
  assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  assert.equal(await replay.text(), firstBody);
  assert.equal(await auditCount(), afterFirst, 'the replay did not look the person up again');
});

test('idempotency: the same key with another body is a 409 problem', async () => {
  const first = await lookup({ cpr: '0101500100', purpose: 'case 19' }, { idempotencyKey: 'lookup-19' });
  assert.equal(first.status, 200);
  const before = await auditCount();
  const other = await lookup({ cpr: '0202521107', purpose: 'case 19' }, { idempotencyKey: 'lookup-19' });
  assert.equal(other.status, 409);
  assert.match(other.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal(await auditCount(), before);
});

test('idempotency keys belong to one client: another client reusing the key does its own work', async () => {
  const otherKey = (await createTestApiClient(app.raadhus, { name: 'Another system', scopes: ['person:lookup'] })).key;
  const body = { cpr: '0101500100', purpose: 'case 20' };
  assert.equal((await lookup(body, { idempotencyKey: 'shared-20' })).status, 200);
  const other = await lookup(body, { key: otherKey, idempotencyKey: 'shared-20' });
  assert.equal(other.status, 200);
  assert.equal(other.headers.get('idempotent-replayed'), null);
});
