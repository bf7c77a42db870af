import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { DEMO_API_KEY } from '#modules/identity/demo-data.ts';
import {
  countRows,
  demoCpr,
  exeBytes,
  messagesOf,
  personId,
  postMultipart,
  tinyPdf,
  withoutDemoCaseLetters,
} from './test-support/post-test-helpers.ts';
import { ATTACHMENT_MAX_BYTES } from './post-limits.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';

let app: TestApp;
let sendOnlyKey: string;
before(async () => {
  app = await startTestApp();
  await withoutDemoCaseLetters(app.raadhus);
  sendOnlyKey = (await createTestApiClient(app.raadhus, { name: 'Kun afsendelse', scopes: ['post:send'] })).key;
});
after(async () => {
  await app?.close();
});

const api = (path: string, init: RequestInit & { key?: string; idempotencyKey?: string } = {}) => {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  headers.set('authorization', `Bearer ${init.key ?? DEMO_API_KEY}`);
  if (init.idempotencyKey) headers.set('idempotency-key', init.idempotencyKey);
  return fetch(`${app.url}${path}`, { ...init, headers });
};
const sendJson = (body: unknown, options: { key?: string; idempotencyKey?: string } = {}) =>
  api('/api/v1/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...options,
  });

test('send with an attachment and an idempotency key: a retry never delivers twice; the same key with another body is 409', async () => {
  const cpr = demoCpr(16);
  const citizen = await personId(app.raadhus, cpr);
  const letter = {
    recipient: { cpr },
    subject: 'Afgørelse fra fagsystemet',
    body: 'Tekst',
    replyAllowed: true,
    caseId: 'FAG-1',
    departmentCode: 'ydelser',
    attachments: [
      { filename: 'afgørelse.pdf', contentType: 'application/pdf', content: (await tinyPdf()).toString('base64') },
    ],
  };
  const key = randomUUID();
  const first = await sendJson(letter, { idempotencyKey: key });
  assert.equal(first.status, 201);
  const sent = (await first.json()) as { id: string; status: string; delivery: string; href: string };
  assert.equal(sent.status, 'delivered');
  assert.equal(sent.delivery, 'digital');
  const retry = await sendJson(letter, { idempotencyKey: key });
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.deepEqual(await retry.json(), sent);
  assert.equal((await messagesOf(app.raadhus, citizen)).length, 1);
  const other = await sendJson({ ...letter, subject: 'Noget andet' }, { idempotencyKey: key });
  assert.equal(other.status, 409);
  assert.match(other.headers.get('content-type') ?? '', /application\/problem\+json/);
  assert.equal((await messagesOf(app.raadhus, citizen)).length, 1);

  const status = await api(sent.href);
  assert.equal(status.status, 200);
  assert.equal(((await status.json()) as { status: string }).status, 'delivered');

  // the citizen replies; the API lists the reply
  const person = new TestClient(app.url);
  await person.login(`citizen-${cpr}`);
  const { csrf } = await person.form(`/post/messages/${sent.id}`);
  assert.equal(
    (await postMultipart(person, `/post/messages/${sent.id}/reply`, csrf, { body: 'Tak for brevet' })).status,
    303,
  );
  const replies = (await (await api(`${sent.href}/replies`)).json()) as {
    replies: Array<{ body: string; subject: string }>;
  };
  assert.deepEqual(
    replies.replies.map((reply) => [reply.subject, reply.body]),
    [['Sv: Afgørelse fra fagsystemet', 'Tak for brevet']],
  );
  assert.equal(((await (await api(sent.href)).json()) as { status: string }).status, 'read');
});

test('bad input on the API: malformed CPR and CVR, empty subject, forbidden or oversized attachments, bad base64 — 400 problems, nothing stored', async () => {
  const before = await countRows(app.raadhus, 'post_messages');
  const base = { recipient: { cpr: demoCpr(17) }, subject: 'Emne', body: 'Tekst' };
  const cases: Array<[unknown, RegExp]> = [
    [{ ...base, recipient: { cpr: '1234' } }, /10 cifre/],
    [{ ...base, recipient: { cpr: '3113501234' } }, /gyldig fødselsdato/],
    [{ ...base, recipient: { cvr: '12345679' } }, /CVR-nummeret/],
    [{ ...base, recipient: {} }, /præcis én af cpr og cvr/],
    [{ ...base, recipient: { cpr: '0101901234' } }, /findes ikke i kommunens register/],
    [{ ...base, subject: '' }, /Skriv et emne/],
    [
      {
        ...base,
        attachments: [{ filename: 'brev.pdf', contentType: 'application/pdf', content: exeBytes.toString('base64') }],
      },
      /hverken PDF eller et billede/,
    ],
    [
      {
        ...base,
        attachments: [
          {
            filename: 'stor.pdf',
            contentType: 'application/pdf',
            content: Buffer.concat([await tinyPdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]).toString('base64'),
          },
        ],
      },
      /stor\.pdf er for stor/,
    ],
    [
      { ...base, attachments: [{ filename: 'x.pdf', contentType: 'application/pdf', content: 'not base64!' }] },
      /ikke gyldig base64/,
    ],
    [{ ...base, departmentCode: 'nope' }, /Vælg en modtager/],
  ];
  for (const [body, pattern] of cases) {
    const response = await sendJson(body, { idempotencyKey: randomUUID() });
    assert.equal(response.status, 400, JSON.stringify(body).slice(0, 100));
    assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.match(JSON.stringify(await response.json()), pattern, JSON.stringify(body).slice(0, 100));
  }
  assert.equal(await countRows(app.raadhus, 'post_messages'), before);
});

// Another client's messages are refused by the ownership sweep (test/authorization).
test('a key without the scope is refused; /api/docs lists the post API', async () => {
  const cpr = demoCpr(0);
  const mine = (await (
    await sendJson({ recipient: { cpr }, subject: 'Fra den ene', body: 'x' }, { key: sendOnlyKey })
  ).json()) as { id: string };
  assert.equal(
    (await api(`/api/v1/messages/${mine.id}`, { key: sendOnlyKey })).status,
    403,
    'post:send alone does not read status',
  );
  const docs = (await (await fetch(`${app.url}/api/docs`)).json()) as { paths: Record<string, unknown> };
  for (const path of [
    '/api/v1/messages',
    '/api/v1/messages/{id}',
    '/api/v1/messages/{id}/replies',
    '/api/v1/messages/memo',
    '/api/v1/messages/{id}/memo',
  ])
    assert.ok(path in docs.paths, path);
});

test('a client limited to a department reads only its department’s letters and bulk letters: another’s is 404 like an unknown id, nothing changes', async () => {
  const { identity } = app.raadhus.services;
  const department = async (code: string) => (await identity.departmentByCode(code))!.id;
  const scopes = ['post:send', 'post:read-department', 'post:bulk'];
  const client = async (name: string, code: string) =>
    createTestApiClient(app.raadhus, { name, scopes, departmentId: await department(code) });
  const ydelser = await client('Ydelsessystem', 'ydelser');
  const ydelserReader = await client('Ydelsernes arkiv', 'ydelser');
  const teknik = await client('Byggesagssystem', 'teknik');

  const letter = { recipient: { cpr: demoCpr(17) }, subject: 'Afgørelse om boligstøtte', body: 'Tekst' };
  const sent = await sendJson(letter, { key: ydelser.key, idempotencyKey: randomUUID() });
  assert.equal(sent.status, 201, await sent.clone().text());
  const { id } = (await sent.json()) as { id: string };
  const bulk = await api('/api/v1/bulk-letters', {
    key: ydelser.key,
    idempotencyKey: randomUUID(),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      subject: 'Nyt om boligstøtte',
      body: 'Kære {{navn}}',
      csv: `cpr;navn\n${demoCpr(18)};Bo\n`,
    }),
  });
  assert.equal(bulk.status, 202, await bulk.clone().text());
  const bulkId = ((await bulk.json()) as { id: string }).id;

  const unknown = await api(`/api/v1/messages/${randomUUID()}`, { key: teknik.key });
  assert.equal(unknown.status, 404);
  const unknownProblem = (await unknown.json()) as { title: string; detail: string };
  const auditedBy = async (actorId: string) =>
    (
      await sql<{ count: number }>`select count(*)::int as count from audit_log where actor_id = ${actorId}`.execute(
        app.raadhus.database.db,
      )
    ).rows[0].count;
  const auditBefore = await auditedBy(teknik.id);
  for (const path of [`/api/v1/messages/${id}`, `/api/v1/messages/${id}/replies`, `/api/v1/messages/${id}/memo`]) {
    const refused = await api(path, { key: teknik.key });
    assert.equal(refused.status, 404, path);
    const problem = (await refused.json()) as { title: string; detail: string };
    assert.deepEqual([problem.title, problem.detail], [unknownProblem.title, unknownProblem.detail], path);
  }
  const refusedBulk = await api(`/api/v1/bulk-letters/${bulkId}`, { key: teknik.key });
  assert.equal(refusedBulk.status, 404);
  assert.doesNotMatch(await refusedBulk.text(), /Nyt om boligstøtte/);
  assert.equal(await auditedBy(teknik.id), auditBefore, 'a refused read is not audited as a read');

  for (const [key, who] of [
    [ydelser.key, 'the sender'],
    [ydelserReader.key, 'another client of the department'],
  ]) {
    assert.equal((await api(`/api/v1/messages/${id}`, { key })).status, 200, who);
    assert.equal((await api(`/api/v1/messages/${id}/replies`, { key })).status, 200, who);
    assert.equal((await api(`/api/v1/bulk-letters/${bulkId}`, { key })).status, 200, who);
  }
});

test('a client limited to a department sends letters and bulk letters only as its own department', async () => {
  const { identity } = app.raadhus.services;
  const teknik = await createTestApiClient(app.raadhus, {
    name: 'Byggesagssystem 2',
    scopes: ['post:send', 'post:bulk'],
    departmentId: (await identity.departmentByCode('teknik'))!.id,
  });
  const messagesBefore = await countRows(app.raadhus, 'post_messages');
  const bulksBefore = await countRows(app.raadhus, 'post_bulk_letters');
  const letter = { recipient: { cpr: demoCpr(17) }, subject: 'Brev', body: 'Tekst', departmentCode: 'ydelser' };
  const refused = await sendJson(letter, { key: teknik.key, idempotencyKey: randomUUID() });
  assert.equal(refused.status, 403);
  assert.match(((await refused.json()) as { detail: string }).detail, /egen afdeling/);
  const refusedBulk = await api('/api/v1/bulk-letters', {
    key: teknik.key,
    idempotencyKey: randomUUID(),
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: 'Brev', body: 'Tekst', departmentCode: 'ydelser', csv: `cpr\n${demoCpr(18)}\n` }),
  });
  assert.equal(refusedBulk.status, 403);
  assert.equal(await countRows(app.raadhus, 'post_messages'), messagesBefore);
  assert.equal(await countRows(app.raadhus, 'post_bulk_letters'), bulksBefore);
  const own = await sendJson(
    { ...letter, departmentCode: 'teknik' },
    { key: teknik.key, idempotencyKey: randomUUID() },
  );
  assert.equal(own.status, 201, 'its own department is fine');
});
