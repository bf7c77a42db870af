import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { LogCapture } from '#test-support/log-capture.ts';
import { maskCpr } from '#platform/http/logging.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

/** The JSON log as production writes it (same pino options), captured from a running app: CPR numbers never appear. */

let app: TestApp;
const log = new LogCapture();
before(async () => {
  app = await startTestApp({ LOG_LEVEL: 'trace' }, { logStream: log });
});
after(async () => {
  await app?.close();
});

const cprForms = ['0101500100', '010150-0100'];

test('maskCpr hides CPR numbers with or without the dash, and leaves other numbers', () => {
  assert.equal(maskCpr('/people/0101500100/post'), '/people/******-****/post');
  assert.equal(maskCpr('cpr=010150-0100&x=1'), 'cpr=******-****&x=1');
  assert.equal(maskCpr('order 12345678901'), 'order 12345678901');
  assert.equal(maskCpr('id 123'), 'id 123');
});

test('CPR numbers in URLs, queries and API bodies never reach the log', async () => {
  log.clear();
  const anonymous = new TestClient(app.url);
  await (await anonymous.request('/people/0101500100')).arrayBuffer();
  await (await anonymous.request('/search?cpr=010150-0100')).arrayBuffer();
  await (await anonymous.request('/my?cpr=0101500100')).arrayBuffer();

  const administrator = new TestClient(app.url);
  await administrator.login('staff-admin-1');
  assert.equal((await administrator.request('/admin/audit?cpr=0101500100')).status, 200);
  assert.equal((await administrator.request('/admin/audit?cpr=010150-0100&page=2')).status, 200);

  const citizen = new TestClient(app.url);
  await citizen.login('citizen-0101500100');

  const { key } = await createTestApiClient(app.raadhus, {
    name: 'Fagsystem',
    scopes: ['person:lookup'],
  });
  const api = await fetch(`${app.url}/api/v1/people/lookup?cpr=0101500100`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ cpr: '010150-0100', purpose: 'case 21' }),
  });
  assert.equal(api.status, 200);

  const text = log.text();
  assert.ok(log.entries().length > 20, 'requests were logged');
  assert.match(text, /\/people\/\*{6}-\*{4}/, 'the URL is logged, masked');
  for (const cpr of cprForms) assert.ok(!text.includes(cpr), `the log contains ${cpr}`);
  assert.ok(!text.includes(key), 'the API key is not logged');
});
