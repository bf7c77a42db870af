import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { postgresRateLimitStore } from '#platform/http/rate-limit-store.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';

/**
 * Refused requests count too, before authentication does any work, per client address and per presented API key;
 * the counts live in PostgreSQL, so every web process sees the same ones.
 */

const LIMIT = 20;
let app: TestApp;
before(async () => {
  app = await startTestApp({
    RATE_LIMIT_PER_MINUTE: String(LIMIT),
    LOGIN_RATE_LIMIT_PER_MINUTE: '5',
    TRUST_PROXY: 'true',
  });
});
after(async () => {
  await app?.close();
});

/** Each test comes from its own client address (the app trusts X-Forwarded-For), so counts do not mix. */
const newAddress = () => `10.${randomBytes(3).join('.')}`;

async function statuses(count: number, send: (index: number) => Promise<Response>): Promise<number[]> {
  const result: number[] = [];
  for (let index = 0; index < count; index++) {
    const response = await send(index);
    await response.arrayBuffer();
    result.push(response.status);
  }
  return result;
}

test('a burst of wrong API keys from one address gets 429 problems after the limit', async () => {
  const address = newAddress();
  const answers = await statuses(LIMIT + 5, () =>
    fetch(`${app.url}/api/v1/whoami`, {
      headers: { authorization: `Bearer wrong-${randomBytes(8).toString('hex')}`, 'x-forwarded-for': address },
    }),
  );
  assert.deepEqual(answers.slice(0, LIMIT), Array(LIMIT).fill(401), 'refused while under the limit');
  assert.deepEqual(answers.slice(LIMIT), Array(5).fill(429), 'then rate-limited');
  const response = await fetch(`${app.url}/api/v1/whoami`, {
    headers: { authorization: 'Bearer another-wrong-key', 'x-forwarded-for': address },
  });
  assert.equal(response.status, 429);
  assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.ok(Number(response.headers.get('retry-after')) > 0, 'says when to come back');
  const problem = (await response.json()) as { status: number; detail: string };
  assert.equal(problem.status, 429);
  assert.equal(typeof problem.detail, 'string');
});

test('a burst sent all at once from one address is counted exactly: the limit passes, the rest is refused', async () => {
  const address = newAddress();
  const answers = await Promise.all(
    Array.from({ length: LIMIT + 5 }, () =>
      fetch(`${app.url}/`, {
        headers: { 'x-forwarded-for': address },
      }),
    ),
  );
  const remaining = answers.map((answer) => Number(answer.headers.get('x-ratelimit-remaining')));
  await Promise.all(answers.map((answer) => answer.arrayBuffer()));
  assert.equal(answers.filter((answer) => answer.status === 200).length, LIMIT);
  assert.equal(answers.filter((answer) => answer.status === 429).length, 5);
  const counted = remaining.filter((_, index) => answers[index].status === 200).sort((a, b) => a - b);
  assert.deepEqual(
    counted,
    Array.from({ length: LIMIT }, (_, index) => index),
    'each request counted once',
  );
});

test('counts asked for in the same moment go out together and each gets the count serial upserts give', async () => {
  const Store = postgresRateLimitStore(app.raadhus.database.db, pino({ level: 'silent' }));
  const store = new Store({} as never);
  const [key, other] = [`client:${newAddress()}`, `client:${newAddress()}`];
  const ask = (name: string) =>
    new Promise<number>((resolve, reject) =>
      store.incr(name, (error, result) => (error ? reject(error) : resolve(result!.current)), 60_000, 100),
    );
  // all asked before the event loop turns: one batch, the same key several times
  const first = await Promise.all([ask(key), ask(other), ask(key), ask(key), ask(other)]);
  assert.deepEqual(first, [1, 1, 2, 3, 2]);
  assert.deepEqual(await Promise.all([ask(key), ask(key)]), [4, 5], 'the next batch counts on');
});

test('one wrong API key presented from many addresses is limited by the key', async () => {
  const key = `wrong-${randomBytes(8).toString('hex')}`;
  const answers = await statuses(LIMIT + 3, () =>
    fetch(`${app.url}/api/v1/whoami`, { headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': newAddress() } }),
  );
  assert.deepEqual(answers.slice(LIMIT), Array(3).fill(429));
});

test('anonymous page calls that are sent to log in are counted too', async () => {
  const address = newAddress();
  const answers = await statuses(LIMIT + 2, () =>
    fetch(`${app.url}/my`, { redirect: 'manual', headers: { accept: 'text/html', 'x-forwarded-for': address } }),
  );
  assert.deepEqual(answers.slice(0, LIMIT), Array(LIMIT).fill(302));
  assert.deepEqual(answers.slice(LIMIT), [429, 429]);
});

test('the login routes keep their own stricter limit per address', async () => {
  const address = newAddress();
  const answers = await statuses(7, () =>
    fetch(`${app.url}/auth/login`, {
      redirect: 'manual',
      headers: { accept: 'text/html', 'x-forwarded-for': address },
    }),
  );
  assert.deepEqual(answers, [302, 302, 302, 302, 302, 429, 429]);
});

test('two app processes on one database share the count', {
  skip: !process.env.DATABASE_URL && 'two processes share a database only on the PostgreSQL server',
}, async () => {
  const second = await startTestApp({ RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' }, { databaseOf: app });
  try {
    const address = newAddress();
    const answers = await statuses(LIMIT + 2, (index) =>
      fetch(`${index % 2 ? second.url : app.url}/api/v1/whoami`, {
        headers: { authorization: 'Bearer wrong', 'x-forwarded-for': address },
      }),
    );
    assert.deepEqual(answers.slice(0, LIMIT), Array(LIMIT).fill(401));
    assert.deepEqual(answers.slice(LIMIT), [429, 429], 'the limit holds across both processes');
  } finally {
    await second.close();
  }
});
