import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';
import { LogCapture } from '#test-support/log-capture.ts';
import { CITIZEN_WITHOUT_CPR } from '#modules/identity/identity.module.ts';
import { claimNames } from '#modules/identity/claims.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

/** What a careless or hostile client sends: each gets a clear refusal in the right format, and nothing stored changes. */

let app: TestApp;
let apiKey: string;
const log = new LogCapture();
before(async () => {
  app = await startTestApp({}, { logStream: log });
  apiKey = (await createTestApiClient(app.raadhus, { name: 'Fagsystem', scopes: ['person:lookup'] })).key;
});
after(async () => {
  await app?.close();
});

const snapshot = () => snapshotTables(app.raadhus.database.db);

async function assertUnchanged<T>(work: () => Promise<T>): Promise<T> {
  const before = await snapshot();
  const result = await work();
  assert.deepEqual(changedTables(before, await snapshot()), [], 'stored data changed');
  return result;
}

const postLookup = (body: BodyInit, contentType: string) =>
  fetch(`${app.url}/api/v1/people/lookup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': contentType, accept: 'application/json' },
    body,
  });

async function assertProblem(response: Response, status: number): Promise<Record<string, unknown>> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = (await response.json()) as Record<string, unknown>;
  assert.equal(problem.status, status);
  assert.equal(typeof problem.title, 'string');
  return problem;
}

test('an unknown page is a 404 page in the design system, in the chosen language', async () => {
  await assertUnchanged(async () => {
    const client = new TestClient(app.url);
    const response = await client.request('/no/such/page');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const html = await response.text();
    assert.match(html, /<h1>Siden findes ikke<\/h1>/);
    assert.match(html, /\/static\/dkfds\/css\/dkfds-borgerdk\.min\.css/);
    assert.match(html, /<html lang="da">/);
    const english = await (await client.request('/no/such/page?lang=en')).text();
    assert.match(english, /<h1>Page not found<\/h1>/);
  });
});

test('an unknown API path, or a request asking for JSON, gets a 404 problem document', async () => {
  await assertUnchanged(async () => {
    await assertProblem(
      await fetch(`${app.url}/api/v1/no-such-thing`, { headers: { authorization: `Bearer ${apiKey}` } }),
      404,
    );
    await assertProblem(await fetch(`${app.url}/no/such/page`, { headers: { accept: 'application/json' } }), 404);
  });
});

test('malformed JSON to the API is a 400 problem', async () => {
  await assertUnchanged(async () => {
    await assertProblem(await postLookup('{"cpr": "0101500100", "purpose": ', 'application/json'), 400);
    await assertProblem(await postLookup('[1, 2', 'application/json'), 400);
  });
});

test('a body in a content type the route does not take is 415', async () => {
  await assertUnchanged(async () => {
    await assertProblem(await postLookup('<person cpr="0101500100"/>', 'application/xml'), 415);
    await assertProblem(await postLookup('cpr=0101500100', 'text/plain'), 415);
  });
});

test('a body over 1 MB is 413, as a problem on the API and as a page in the browser', async () => {
  await assertUnchanged(async () => {
    const big = JSON.stringify({ cpr: '0101500100', purpose: 'x'.repeat(1_100_000) });
    await assertProblem(await postLookup(big, 'application/json'), 413);
    const client = new TestClient(app.url);
    const page = await client.request('/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=x&filler=${'y'.repeat(1_100_000)}`,
    });
    assert.equal(page.status, 413);
    assert.match(await page.text(), /<h1>Filen eller forespørgslen er for stor<\/h1>/);
  });
});

test('a tampered session cookie is treated as logged out, logged, and the server keeps working', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  const genuine = client.getCookie('raadhus_session')!;
  assert.equal((await client.request('/my')).status, 200);
  await assertUnchanged(async () => {
    log.clear();
    // Change one character of the token: the signature no longer matches.
    const flipped = `${genuine[0] === 'A' ? 'B' : 'A'}${genuine.slice(1)}`;
    client.setCookie('raadhus_session', flipped);
    const response = await client.request('/my');
    assert.equal(response.status, 302);
    assert.match(response.headers.get('location') ?? '', /^\/auth\/login\?returnTo=%2Fmy/);
    assert.ok(
      log.entries().some((entry) => entry.msg === 'tampered or stale session cookie ignored'),
      'the tampering is logged',
    );
    assert.ok(!log.text().includes(flipped.split('.')[0]), 'the cookie itself is not logged');
    client.setCookie('raadhus_session', 'garbage-without-signature');
    assert.equal((await client.request('/my')).status, 302);
  });
  client.setCookie('raadhus_session', genuine);
  assert.equal((await client.request('/my')).status, 200, 'the genuine session still works');
});

test('a replayed login callback is refused with a page saying the attempt was used', async () => {
  const client = new TestClient(app.url);
  const callback = await client.callbackUrlFor('citizen-0101500100');
  const first = await client.request(callback);
  assert.equal(first.status, 303);
  assert.equal(first.headers.get('location'), '/my');
  const sessionsBefore = await snapshot();
  const attacker = new TestClient(app.url);
  for (const replayer of [attacker, client]) {
    const replay = await replayer.request(callback);
    assert.equal(replay.status, 400);
    const html = await replay.text();
    assert.match(html, /Log på-forsøget er allerede brugt eller udløbet/);
    if (replayer === attacker)
      assert.equal(attacker.getCookie('raadhus_session'), undefined, 'no session for the replayer');
  }
  assert.deepEqual(
    changedTables(sessionsBefore, await snapshot()),
    [],
    'the replay created no session and changed nothing',
  );
});

test('a login whose identity provider leaves out the CPR claim is refused with a page naming the claim', async () => {
  const people = async () =>
    (await sql<{ count: number }>`select count(*)::int as count from people`.execute(app.raadhus.database.db)).rows[0]
      .count;
  const peopleBefore = await people();
  const client = new TestClient(app.url);
  const callback = await client.callbackUrlFor(CITIZEN_WITHOUT_CPR);
  const response = await client.request(callback);
  assert.equal(response.status, 400);
  const html = await response.text();
  assert.match(html, new RegExp(claimNames.cpr));
  assert.match(html, /Identitetsudbyderen sendte ikke de oplysninger/);
  assert.equal(client.getCookie('raadhus_session'), undefined, 'no session');
  assert.equal(await people(), peopleBefore, 'no person was created');
});

test('principalFromLogin names the missing or invalid claim', async () => {
  const identity = app.raadhus.services.identity;
  const refusal = async (claims: Record<string, unknown>) => {
    try {
      await identity.principalFromLogin(claims);
    } catch (error) {
      return error as { messageKey: string; values: Record<string, string> };
    }
    assert.fail('the login was not refused');
  };
  const missingName = await refusal({ sub: 'x', [claimNames.cpr]: '0101500100' });
  assert.equal(missingName.messageKey, 'login.missingClaim');
  assert.deepEqual(missingName.values, { claim: 'name' });
  assert.deepEqual((await refusal({ sub: 'x', name: 'No CPR' })).values, { claim: claimNames.cpr });
  assert.deepEqual((await refusal({ sub: 'x', name: 'Bad CPR', [claimNames.cpr]: '3213501234' })).values, {
    claim: claimNames.cpr,
  });
  assert.deepEqual((await refusal({ sub: 'x', name: 'Bad CVR', [claimNames.cvr]: '12345678' })).values, {
    claim: claimNames.cvr,
  });
});

test('a form POST without its CSRF token is a 403 page and does nothing', async () => {
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  await assertUnchanged(async () => {
    for (const body of ['', '_csrf=forged-token']) {
      const response = await client.request('/auth/logout', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      assert.equal(response.status, 403);
      const html = await response.text();
      assert.match(html, /Formularen er udløbet/);
    }
  });
  assert.equal((await client.request('/my')).status, 200, 'the logout did not happen: the session is still valid');
});

const DEMO_KEY = 'rh_demo_key_for_tests_and_demo_only';

test('malformed multipart bodies are 400, as a problem on the API and as a page in the browser', async () => {
  await assertUnchanged(async () => {
    const truncated = '--xyz\r\nContent-Disposition: form-data; name="cpr"\r\n\r\n0101500100\r\n--xyz\r\nContent-Disp';
    await assertProblem(await postLookup('cpr=0101500100', 'multipart/form-data'), 400);
    await assertProblem(await postLookup(truncated, 'multipart/form-data; boundary=xyz'), 400);
    const whole = '--xyz\r\nContent-Disposition: form-data; name="cpr"\r\n\r\n0101500100\r\n--xyz--\r\n';
    await assertProblem(await postLookup(whole, 'multipart/form-data; boundary=xyz'), 400);
    const client = new TestClient(app.url);
    for (const [body, contentType] of [
      ['_csrf=x', 'multipart/form-data'],
      [truncated, 'multipart/form-data; boundary=xyz'],
    ]) {
      const page = await client.request('/auth/logout', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body,
      });
      assert.equal(page.status, 400, `${contentType}: ${page.status}`);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    }
  });
});

test('a NUL byte or another control character is refused with 400 wherever it comes in', async () => {
  await assertUnchanged(async () => {
    const body = (purpose: string) => JSON.stringify({ cpr: '0101500100', purpose });
    const problem = await assertProblem(await postLookup(body('case\u00002026-17'), 'application/json'), 400);
    assert.deepEqual(
      (problem.errors as Array<{ field: string }>).map((error) => error.field),
      ['purpose'],
      'names the field',
    );
    assert.match(String(problem.detail), /kontroltegn/);
    await assertProblem(await postLookup(body('case\u001b[31m'), 'application/json'), 400);
    for (const path of ['/api/v1/cases/%00', '/api/v1/cases/abc%01', '/api/v1/cases?status=%00']) {
      const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${DEMO_KEY}` } });
      await assertProblem(response, 400);
    }
  });
  // A form field: the logout is refused at the root, before the handler runs.
  const client = new TestClient(app.url);
  await client.login('citizen-0101500100');
  const { csrf } = await client.form('/my');
  await assertUnchanged(async () => {
    const response = await client.request('/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${encodeURIComponent(csrf)}&note=a%00b`,
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /kontroltegn/);
  });
  assert.equal((await client.request('/my')).status, 200, 'still logged in');
});

test('tabs and line breaks in multi-line text are accepted', async () => {
  const response = await postLookup(
    JSON.stringify({ cpr: '0101500100', purpose: 'Sag 2026-17:\r\n\tpartshøring' }),
    'application/json',
  );
  assert.equal(response.status, 200, await response.text());
});

// Found by the fuzz test (test/http/fuzz.test.ts): each was a 500, or an answer outside the user's language.

test("a form field sent twice where the route's own zod schema wants one value is a 400 page, not a 500", async () => {
  const client = new TestClient(app.url);
  await client.login('staff-admin-1');
  const { csrf } = await client.form('/admin/api-clients');
  await assertUnchanged(async () => {
    for (const [language, expected] of [
      ['da', /<html lang="da">[\s\S]*Forespørgslen kunne ikke behandles/],
      ['en', /<html lang="en">[\s\S]*The request could not be processed/],
    ] as const) {
      const response = await client.request('/admin/api-clients', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': language },
        body: `_csrf=${encodeURIComponent(csrf)}&name=Fagsystem&name=Andet&scopes=case:read`,
      });
      assert.equal(response.status, 400, language);
      assert.match(await response.text(), expected);
    }
  });
});

test('a ZodError from a route handler on the API is a 400 problem naming the field, in the caller language', async () => {
  const response = await fetch(`${app.url}/api/v1/people/lookup`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${apiKey}`,
      'content-type': 'application/json',
      accept: 'application/json',
      'accept-language': 'en',
    },
    body: JSON.stringify({ cpr: '0101500100', purpose: 'x\u0000' }),
  });
  const problem = await assertProblem(response, 400);
  assert.equal(problem.title, 'The request could not be processed', 'the problem is in English');
  assert.match(String(problem.detail), /control characters/, 'the detail is in English too');
});

test('a URL the router cannot decode, or a path parameter over 100 characters, is refused in the caller language', async () => {
  await assertUnchanged(async () => {
    const client = new TestClient(app.url);
    for (const path of ['/my/cases/%ZZ', '/my/cases/%C3%28', `/my/cases/${'x'.repeat(150)}`]) {
      const page = await client.request(path, { headers: { 'accept-language': 'en' } });
      assert.ok([400, 414].includes(page.status), `${path}: ${page.status}`);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await page.text(), /<html lang="en">/);
      const danish = await client.request(path);
      assert.match(await danish.text(), /<html lang="da">/);
    }
    for (const path of ['/api/v1/cases/%FF', `/api/v1/cases/${'x'.repeat(150)}`]) {
      const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${DEMO_KEY}` } });
      assert.ok([400, 414].includes(response.status), `${path}: ${response.status}`);
      assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
      assert.equal(((await response.json()) as { title: string }).title, 'Forespørgslen kunne ikke behandles');
    }
  });
});
