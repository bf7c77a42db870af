import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './support/test-app.ts';
import { TestClient } from './support/http-client.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

test('a test citizen logs in through the OIDC code flow and lands on "my page"', async () => {
  const client = new TestClient(app.url);
  const response = await client.login('citizen-0101500100');
  assert.equal(response.status, 200);
  assert.match(response.url, /\/my$/);
  const html = await response.text();
  assert.match(html, /Anne Testesen/);
});
