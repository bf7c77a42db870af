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

test('the assurance level chosen at the identity provider reaches the session, and logging in again never duplicates a person or staff member', async () => {
  const { sql } = await import('kysely');
  const count = async (table: 'people' | 'staff') =>
    (
      await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(
        app.raadhus.database.db,
      )
    ).rows[0].count;
  const [people, staff] = [await count('people'), await count('staff')];
  for (const [level, label] of [
    ['high', 'Høj'],
    ['low', 'Lav'],
  ] as const) {
    const client = new TestClient(app.url);
    const page = await client.login('citizen-0101500100', level);
    assert.match(await page.text(), new RegExp(`sikringsniveau: ${label}`));
  }
  for (let attempt = 0; attempt < 2; attempt++) await new TestClient(app.url).login('staff-caseworker-1');
  assert.equal(await count('people'), people);
  assert.equal(await count('staff'), staff);
});
