import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';

/** The login belongs to the browser that started it, and it only ever sends that browser back into Raadhus. */

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const sessions = async () =>
  (await sql<{ count: number }>`select count(*)::int as count from sessions`.execute(app.raadhus.database.db)).rows[0]
    .count;

test('a callback URL opened in another browser is refused and does not log that browser in', async () => {
  const attacker = new TestClient(app.url);
  const callback = await attacker.callbackUrlFor('citizen-0101500100');
  const before = await sessions();
  // The victim: a browser with no login of its own, and one that started a login of its own.
  const fresh = new TestClient(app.url);
  const started = new TestClient(app.url);
  assert.equal((await started.request('/auth/login')).status, 302);
  for (const victim of [fresh, started]) {
    const response = await victim.request(callback);
    assert.equal(response.status, 400);
    assert.match(await response.text(), /Log på blev startet i en anden browser/);
    assert.equal(victim.getCookie('raadhus_session'), undefined, 'no session cookie');
  }
  assert.equal(await sessions(), before, 'no session was created');
  // The attempt was not burnt by the refused browsers: it still finishes where it started.
  const own = await attacker.request(callback);
  assert.equal(own.status, 303);
  assert.ok(attacker.getCookie('raadhus_session'));
});

test('logging in renews the CSRF secret: a form token from before the login no longer works', async () => {
  const client = new TestClient(app.url);
  const before = await client.form('/auth/login');
  const oldSecret = client.getCookie('_csrf');
  assert.ok(oldSecret, 'a CSRF secret before the login');
  await client.login('citizen-0101500100');
  assert.notEqual(client.getCookie('_csrf'), oldSecret, 'a new secret after the login');
  const stale = await client.request('/auth/logout', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: before.csrf }),
  });
  assert.equal(stale.status, 403, 'the token planted before the login is refused');
  assert.equal((await client.request('/my')).status, 200, 'still logged in');
});

test('returnTo never leads off-site and never breaks the login', async () => {
  const origin = new URL(app.url).origin;
  for (const returnTo of [
    '/%09/other-host.example/',
    '/%5Cother-host.example/',
    '//other-host.example/',
    'https://other-host.example/',
    '/%0D%0ALocation:%20https://other-host.example/',
    '/sag/%E2%9C%93-%E2%82%AC',
    '/%00',
    '/my?tab=post#top',
  ]) {
    const client = new TestClient(app.url);
    const login = await client.request(`/auth/login?returnTo=${returnTo}`);
    assert.ok(login.status < 500, `${returnTo}: /auth/login answers ${login.status}`);
    if (login.status !== 302) continue;
    const callback = await client.callbackUrlFor('citizen-0101500100', `/auth/login?returnTo=${returnTo}`);
    const response = await client.request(callback);
    assert.equal(response.status, 303, `${returnTo}: the login succeeds`);
    const location = new URL(response.headers.get('location')!, app.url);
    assert.equal(location.origin, origin, `${returnTo}: stays on ${origin}, went to ${location.href}`);
    assert.doesNotMatch(location.pathname, /^\/\/|other-host/, `${returnTo}: no protocol-relative path`);
  }
  const client = new TestClient(app.url);
  const callback = await client.callbackUrlFor('citizen-0101500100', '/auth/login?returnTo=/my%3Ftab%3Dpost');
  assert.equal((await client.request(callback)).headers.get('location'), '/my?tab=post', 'a local path is kept');
});
