import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fastifyCookie from '@fastify/cookie';
import { SessionStore } from '#platform/auth/session.store.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { SESSION_COOKIE } from '#platform/http/server.tsx';
import { createTestApiClient, demoAdministrator } from '#test-support/api-clients.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';

/**
 * Requests that arrive together share their session, API-key and rate-limit statements (platform/db/statement-batch.ts)
 * and the security headers are worked out once: each request must still get its own answer, read when it came.
 */
let app: TestApp;
let sessions: SessionStore;
before(async () => {
  app = await startTestApp();
  const { config, database } = app.raadhus;
  sessions = new SessionStore(database.db, config.SESSION_IDLE_MINUTES, config.SESSION_ABSOLUTE_HOURS);
});
after(async () => {
  await app?.close();
});

const citizen = (index: number): Principal => ({
  kind: 'citizen',
  id: `00000000-0000-4000-8000-00000000000${index}`,
  name: `Samtidig Borger ${index}`,
  cpr: `010190000${index}`,
  roles: ['citizen'],
  assurance: 'substantial',
});
const cookieFor = (token: string) =>
  `${SESSION_COOKIE}=${encodeURIComponent(fastifyCookie.sign(token, app.raadhus.config.sessionSecret))}`;
const myPage = (cookie: string) =>
  fetch(`${app.url}/my`, { headers: { cookie, accept: 'text/html' }, redirect: 'manual' });

test('citizens asking at the same moment each see their own page, and an ended session none', async () => {
  const tokens = await Promise.all([1, 2, 3, 4, 5, 6].map((index) => sessions.create(citizen(index), null)));
  // every citizen twice, all at once: one batch holds the same session twice
  const pages = await Promise.all([...tokens, ...tokens].map((token) => myPage(cookieFor(token))));
  for (const [position, page] of pages.entries()) {
    assert.equal(page.status, 200);
    assert.match(await page.text(), new RegExp(`Velkommen, Samtidig Borger ${(position % tokens.length) + 1}<`));
  }
  await sessions.destroy(tokens[2]);
  const again = await Promise.all(tokens.map((token) => myPage(cookieFor(token))));
  assert.deepEqual(
    again.map((page) => page.status),
    [200, 200, 302, 200, 200, 200],
  );
  assert.match(again[2].headers.get('location') ?? '', /^\/auth\/login/);
});

test('API keys presented at the same moment: each client is itself, a revoked key is refused at once', async () => {
  const first = await createTestApiClient(app.raadhus, { name: 'Første system', scopes: ['person:lookup'] });
  const second = await createTestApiClient(app.raadhus, { name: 'Andet system', scopes: ['person:lookup'] });
  await app.raadhus.services.identity.revokeApiClient(await demoAdministrator(app.raadhus), second.id);
  const keys = [first.key, second.key, first.key, 'rh_unknown'];
  const answers = await Promise.all(
    keys.map((key) => fetch(`${app.url}/api/v1/whoami`, { headers: { authorization: `Bearer ${key}` } })),
  );
  assert.deepEqual(
    answers.map((answer) => answer.status),
    [200, 401, 200, 401],
  );
  assert.deepEqual(await answers[0].json(), { name: 'Første system', scopes: ['person:lookup'] });
  assert.deepEqual(await answers[2].json(), { name: 'Første system', scopes: ['person:lookup'] });
});

test('every response carries the same security headers: a page, an API problem, a missing page', async () => {
  const responses = await Promise.all([
    fetch(`${app.url}/`),
    fetch(`${app.url}/api/v1/whoami`),
    fetch(`${app.url}/no-such-page`),
  ]);
  assert.deepEqual(
    responses.map((response) => response.status),
    [200, 401, 404],
  );
  for (const response of responses) {
    assert.equal(
      response.headers.get('content-security-policy'),
      "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';" +
        "img-src 'self' data:;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline'",
    );
    assert.equal(response.headers.get('x-frame-options'), 'SAMEORIGIN');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
    await response.arrayBuffer();
  }
});
