import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { DEMO_API_KEY } from './demo-data.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

let app: TestApp;
let admin: TestClient;
const system: Principal = { kind: 'staff', id: randomUUID(), name: 'Test', roles: ['administrator'] };

before(async () => {
  app = await startTestApp();
  admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
});
after(async () => {
  await app?.close();
});

const staffBySubject = async (subject: string) =>
  (await app.raadhus.services.identity.listStaff(system)).find((member) => member.subject === subject)!;
const auditActions = async (action: string) =>
  (
    await sql<{ count: number }>`select count(*)::int as count from audit_log where action = ${action}`.execute(
      app.raadhus.database.db,
    )
  ).rows[0].count;
const whoami = (key: string) => fetch(`${app.url}/api/v1/whoami`, { headers: { authorization: `Bearer ${key}` } });

test('staff who are not administrators, and citizens, are refused the admin pages and their forms', async () => {
  const kasper = await staffBySubject('staff-caseworker-2');
  const before = await snapshotTables(app.raadhus.database.db);
  for (const account of ['staff-caseworker-1', 'staff-system-owner-1', 'staff-manager-1', 'citizen-0101500100']) {
    const client = new TestClient(app.url);
    const landing = await client.login(account);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await landing.text())![1];
    for (const path of ['/admin/staff', `/admin/staff/${kasper.id}`, '/admin/api-clients']) {
      assert.equal((await client.request(path)).status, 403, `${account} GET ${path}`);
    }
    assert.equal(
      (await client.submit(`/admin/staff/${kasper.id}`, { _csrf: csrf, roles: 'administrator' }, { follow: false }))
        .status,
      403,
    );
    assert.equal(
      (
        await client.submit(
          '/admin/api-clients',
          { _csrf: csrf, name: 'Sneaky', scopes: 'person:lookup' },
          { follow: false },
        )
      ).status,
      403,
    );
  }
  assert.deepEqual(
    changedTables(before, await snapshotTables(app.raadhus.database.db)).filter(
      (change) => !change.startsWith('sessions') && !change.startsWith('login_attempts'),
    ),
    [],
  );
});

test('the administrator sees every staff member with roles and department', async () => {
  const response = await admin.request('/admin/staff');
  assert.equal(response.status, 200);
  const html = await response.text();
  for (const text of [
    'Sara Sagsbehandler',
    'Ydelser og Pension',
    'Sagsbehandler',
    'Freja Borgerservice',
    'Søren Systemejer',
    'Systemejer',
  ])
    assert.ok(html.includes(text), text);
  const staffPage = await (await admin.request('/staff')).text();
  assert.match(staffPage, /href="\/admin\/staff"/, 'the staff start page links to staff administration');
  assert.match(staffPage, /href="\/admin\/api-clients"/);
});

test('setting a staff member’s roles and department is audited, ends their sessions and wins over the identity provider', async () => {
  const kasper = await staffBySubject('staff-caseworker-2');
  const kasperBrowser = new TestClient(app.url);
  await kasperBrowser.login('staff-caseworker-2');
  assert.equal((await kasperBrowser.request('/staff')).status, 200);
  const teknik = (await app.raadhus.services.identity.departmentByCode('teknik'))!;

  const auditsBefore = await auditActions('staff:roles');
  const { csrf, html } = await admin.form(`/admin/staff/${kasper.id}`);
  assert.match(html, /Roller for Kasper Kollega/);
  const saved = await admin.submit(`/admin/staff/${kasper.id}`, {
    _csrf: csrf,
    roles: ['caseworker', 'manager'],
    departmentId: teknik.id,
  });
  assert.equal(saved.status, 200);
  assert.match(new URL(saved.url).search, /saved=1/);
  assert.match(await saved.text(), /Rollerne er gemt/);
  assert.equal(await auditActions('staff:roles'), auditsBefore + 1);

  const after = await staffBySubject('staff-caseworker-2');
  assert.deepEqual([...after.roles].sort(), ['caseworker', 'manager']);
  assert.equal(after.departmentId, teknik.id);
  assert.equal(after.rolesManagedLocally, true);

  const ended = await kasperBrowser.request('/staff');
  assert.equal(ended.status, 302, 'the old session ended');
  // The identity provider's session still lives, so logging in again goes straight through.
  const again = await kasperBrowser.follow('/auth/login');
  assert.equal(new URL(again.url).pathname, '/staff');
  assert.match(
    await again.text(),
    /Dine roller: Sagsbehandler, Leder/,
    'the new roles apply, not the identity provider’s claim',
  );
});

test('invalid roles, an unknown department or removing one’s own administrator role re-render the form with an error; nothing changes', async () => {
  const kasper = await staffBySubject('staff-caseworker-2');
  const ali = await staffBySubject('staff-admin-1');
  const before = await snapshotTables(app.raadhus.database.db);
  const { csrf } = await admin.form(`/admin/staff/${kasper.id}`);
  const cases: Array<[string, Record<string, string | string[]>, RegExp]> = [
    [kasper.id, { roles: ['caseworker', 'superuser'] }, /Ukendt rolle/],
    [kasper.id, { roles: 'caseworker', departmentId: randomUUID() }, /Ukendt afdeling/],
    [ali.id, { roles: 'caseworker' }, /Du kan ikke fjerne din egen administratorrolle/],
  ];
  for (const [id, fields, message] of cases) {
    const response = await admin.submit(`/admin/staff/${id}`, { _csrf: csrf, ...fields }, { follow: false });
    assert.equal(response.status, 400);
    const html = await response.text();
    assert.match(html, message);
    assert.match(html, /Der er fejl i formularen/);
  }
  assert.equal((await admin.request(`/admin/staff/${randomUUID()}`)).status, 404);
  assert.equal((await admin.request('/admin/staff/not-a-uuid')).status, 404);
  assert.equal(
    (await admin.submit(`/admin/staff/${randomUUID()}`, { _csrf: csrf, roles: 'caseworker' }, { follow: false }))
      .status,
    404,
  );
  assert.deepEqual(changedTables(before, await snapshotTables(app.raadhus.database.db)), []);
});

test('an API client is created with chosen scopes, its key shown once, and revoked', async () => {
  const { csrf, html } = await admin.form('/admin/api-clients');
  assert.match(html, /value="person:lookup"/, 'integration scopes are offered');
  assert.doesNotMatch(html, /value="identity:manage"/, 'staff-only permissions are not');
  const created = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'ESDH <Leverandør>', scopes: 'person:lookup', departmentId: 'all' },
    { follow: false },
  );
  assert.equal(created.status, 201);
  const createdHtml = await created.text();
  assert.match(createdHtml, /ESDH &lt;Leverandør>/, 'the name is escaped');
  assert.doesNotMatch(createdHtml, /<Leverandør>/);
  const key = /<code id="api-key">(rh_[A-Za-z0-9_-]+)<\/code>/.exec(createdHtml)?.[1];
  assert.ok(key, 'the key is shown');
  assert.equal(await auditActions('api-client:create'), 1);

  const me = await whoami(key);
  assert.equal(me.status, 200);
  assert.deepEqual(await me.json(), { name: 'ESDH <Leverandør>', scopes: ['person:lookup'] });

  const list = await (await admin.request('/admin/api-clients')).text();
  assert.ok(!list.includes(key), 'the list never shows the key again');
  const clientId = (await app.raadhus.services.identity.listApiClients(system)).find(
    (client) => client.name === 'ESDH <Leverandør>',
  )!.id;
  const revoked = await admin.submit(`/admin/api-clients/${clientId}/revoke`, { _csrf: csrfIn(list) });
  assert.equal(revoked.status, 200);
  assert.match(await revoked.text(), /Nøglen er spærret/);
  assert.equal((await whoami(key)).status, 401);
  assert.equal(await auditActions('api-client:revoke'), 1);
  const twice = await admin.submit(`/admin/api-clients/${clientId}/revoke`, { _csrf: csrfIn(list) }, { follow: false });
  assert.equal(twice.status, 404, 'a revoked key cannot be revoked again');
});

test('creating an API client without a name, without scopes or with a staff-only scope is refused with the form kept', async () => {
  const before = await snapshotTables(app.raadhus.database.db);
  const { csrf } = await admin.form('/admin/api-clients');
  const noName = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: ' ', scopes: 'person:lookup', departmentId: 'all' },
    { follow: false },
  );
  assert.equal(noName.status, 400);
  const noNameHtml = await noName.text();
  assert.match(noNameHtml, /Skriv et navn/);
  assert.match(noNameHtml, /value="person:lookup" checked/, 'the chosen scope is kept');
  const noScopes = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'System', departmentId: 'all' },
    { follow: false },
  );
  assert.equal(noScopes.status, 400);
  assert.match(await noScopes.text(), /Vælg mindst én rettighed/);
  const staffOnly = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'System', scopes: ['person:lookup', 'identity:manage'], departmentId: 'all' },
    { follow: false },
  );
  assert.equal(staffOnly.status, 400);
  assert.match(await staffOnly.text(), /identity:manage/);
  assert.deepEqual(changedTables(before, await snapshotTables(app.raadhus.database.db)), []);
  await assert.rejects(createTestApiClient(app.raadhus, { name: 'x', scopes: ['audit:read'] }), /unknownScope/);
});

test('an API client is limited to a department, or to all departments only when that is chosen; the list shows which', async () => {
  const { identity } = app.raadhus.services;
  const teknik = (await identity.departmentByCode('teknik'))!;
  const { csrf, html } = await admin.form('/admin/api-clients');
  assert.match(html, /<label class="form-label" for="field-departmentId">Afdeling/);
  assert.match(html, /<option value="" selected>Vælg afdeling<\/option>/, 'nothing is chosen for the administrator');
  assert.match(html, /<option value="all">Alle afdelinger \(ikke begrænset til én afdeling\)<\/option>/);
  assert.match(html, new RegExp(`<option value="${teknik.id}">Teknik og Miljø</option>`));

  const before = await snapshotTables(app.raadhus.database.db);
  const unchosen = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'Byggesagssystem', scopes: 'case:read' },
    { follow: false },
  );
  assert.equal(unchosen.status, 400);
  const unchosenHtml = await unchosen.text();
  assert.match(unchosenHtml, /Vælg en afdeling, eller vælg Alle afdelinger/);
  assert.match(unchosenHtml, /value="case:read" checked/, 'the chosen scope is kept');
  const unknown = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'Byggesagssystem', scopes: 'case:read', departmentId: randomUUID() },
    { follow: false },
  );
  assert.equal(unknown.status, 400);
  assert.match(await unknown.text(), /Ukendt afdeling/);
  assert.deepEqual(changedTables(before, await snapshotTables(app.raadhus.database.db)), []);

  const limited = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'Byggesagssystem', scopes: 'case:read', departmentId: teknik.id },
    { follow: false },
  );
  assert.equal(limited.status, 201);
  const everywhere = await admin.submit(
    '/admin/api-clients',
    { _csrf: csrf, name: 'Kommunens ESDH', scopes: 'case:read', departmentId: 'all' },
    { follow: false },
  );
  assert.equal(everywhere.status, 201);
  const { rows } = await sql<{ name: string; department_id: string | null }>`
    select name, department_id from api_clients where name in ('Byggesagssystem', 'Kommunens ESDH') order by name`.execute(
    app.raadhus.database.db,
  );
  assert.deepEqual(rows, [
    { name: 'Byggesagssystem', department_id: teknik.id },
    { name: 'Kommunens ESDH', department_id: null },
  ]);

  const list = await (await admin.request('/admin/api-clients')).text();
  assert.match(list, /<th scope="col">Afdeling<\/th>/);
  assert.match(list, /Byggesagssystem<\/th>\s*<td>Teknik og Miljø<\/td>/);
  assert.match(list, /Kommunens ESDH<\/th>\s*<td>Alle afdelinger<\/td>/);

  const english = await (await admin.follow('/admin/api-clients?lang=en')).text();
  assert.match(english, /<th scope="col">Department<\/th>/);
  assert.match(english, /Byggesagssystem<\/th>\s*<td>Technical and Environmental Services<\/td>/);
  assert.match(english, /Kommunens ESDH<\/th>\s*<td>All departments<\/td>/);
  assert.match(english, /<option value="" selected>Choose a department<\/option>/);
  assert.match(english, /<option value="all">All departments \(not limited to one department\)<\/option>/);
  const { csrf: englishCsrf } = await admin.form('/admin/api-clients');
  const unchosenEnglish = await admin.submit(
    '/admin/api-clients',
    { _csrf: englishCsrf, name: 'System', scopes: 'case:read' },
    { follow: false },
  );
  assert.equal(unchosenEnglish.status, 400);
  assert.match(await unchosenEnglish.text(), /Choose a department, or choose All departments/);
  await admin.follow('/admin/api-clients?lang=da');
});

test('demo data includes an API client with the documented key and every integration scope', async () => {
  const response = await whoami(DEMO_API_KEY);
  assert.equal(response.status, 200);
  const body = (await response.json()) as { name: string; scopes: string[] };
  assert.match(body.name, /demodata/);
  assert.ok(body.scopes.includes('person:lookup'));
});

function csrfIn(html: string): string {
  return /name="_csrf" value="([^"]+)"/.exec(html)![1];
}
