// The integration journey of a line-of-business system, written against the client generated from /api/docs
// (openapi-typescript types + openapi-fetch): every path, parameter, body and answer below is checked by the compiler
// against the document (`tsc -p test/api-client`), so a route that drifts from its document breaks this file.
// Not in the main tsconfig: its types exist only once integration-journey.test.ts has generated them.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { components, paths } from '../../build/openapi/raadhus-api.ts';

type Problem = components['schemas']['Problem'];

export interface JourneyInput {
  /** the `servers` URL the document names */
  baseUrl: string;
  apiKey: string;
  /** a demo citizen's CPR number (the letter's recipient and the case's applicant) */
  cpr: string;
  /** the citizen answers the letter (in the browser, as a citizen would) */
  citizenReplies(messageId: string, text: string): Promise<void>;
  pdf: Buffer;
}

export async function runIntegrationJourney(input: JourneyInput): Promise<void> {
  const client = createClient<paths>({ baseUrl: input.baseUrl, headers: { authorization: `Bearer ${input.apiKey}` } });

  // 1. send a letter that may be answered (a retry with the same Idempotency-Key sends nothing twice)
  const letter = {
    recipient: { cpr: input.cpr },
    subject: 'Vi har modtaget din ansøgning',
    body: 'Vi behandler din ansøgning om boligstøtte og skriver til dig, når vi har truffet en afgørelse.',
    replyAllowed: true,
    attachments: [],
  };
  const idempotencyKey = randomUUID();
  const send = () =>
    client.POST('/api/v1/messages', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body: letter });
  const sent = await send();
  assert.equal(sent.response.status, 201, JSON.stringify(sent.error));
  assert.ok(sent.data);
  assert.equal(sent.data.delivery, 'digital');
  const retried = await send();
  assert.equal(retried.response.headers.get('idempotent-replayed'), 'true');
  assert.equal(retried.data?.id, sent.data.id);
  const messageId = sent.data.id;

  // 2. read its status, then (once the citizen has answered) the reply
  const status = await client.GET('/api/v1/messages/{id}', { params: { path: { id: messageId } } });
  assert.equal(status.data?.status, 'delivered');
  assert.equal(status.data?.readAt, null);
  await input.citizenReplies(messageId, 'Tak. Jeg sender lejekontrakten i morgen.');
  const replies = await client.GET('/api/v1/messages/{id}/replies', { params: { path: { id: messageId } } });
  assert.deepEqual(
    replies.data?.replies.map((reply) => [reply.subject, reply.body]),
    [['Sv: Vi har modtaget din ansøgning', 'Tak. Jeg sender lejekontrakten i morgen.']],
  );
  const read = await client.GET('/api/v1/messages/{id}', { params: { path: { id: messageId } } });
  assert.equal(read.data?.status, 'read');
  assert.ok(read.data?.readAt && !Number.isNaN(Date.parse(read.data.readAt)));

  // 3. find the applicant and create a case for them
  const person = await client.POST('/api/v1/people/lookup', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: { cpr: input.cpr, purpose: 'Oprettelse af sag om boligstøtte fra fagsystemet' },
  });
  assert.ok(person.data, JSON.stringify(person.error));
  const created = await client.POST('/api/v1/cases', {
    params: { header: { 'Idempotency-Key': randomUUID() } },
    body: {
      caseTypeCode: 'housing-benefit',
      applicant: { personId: person.data.id },
      title: 'Boligstøtte, Fagsystemvej 1',
      fields: { monthlyRent: 6500 },
    },
  });
  assert.equal(created.response.status, 201, JSON.stringify(created.error));
  assert.ok(created.data);
  assert.match(created.data.reference, /^\d{4}-\d{6}$/);
  const caseId = created.data.id;

  // 4. upload a document to the case and read it back on the case
  const uploaded = await client.POST('/api/v1/cases/{id}/documents', {
    params: { path: { id: caseId }, header: { 'Idempotency-Key': randomUUID() } },
    body: {
      filename: 'lejekontrakt.pdf',
      documentType: 'lease',
      title: 'Lejekontrakt',
      sharedWithParties: false,
      contentBase64: input.pdf.toString('base64'),
    },
  });
  assert.equal(uploaded.response.status, 201, JSON.stringify(uploaded.error));
  assert.equal(uploaded.data?.version, 1);
  const found = await client.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } } });
  assert.equal(found.data?.reference, created.data.reference);
  assert.equal(found.data?.caseType.code, 'housing-benefit');
  assert.deepEqual(
    found.data?.documents.map((document) => [document.id, document.title, document.versions]),
    [[uploaded.data?.documentId, 'Lejekontrakt', 1]],
  );

  // 5. a refusal is a typed RFC 9457 problem document
  const missing = await client.GET('/api/v1/cases/{id}', { params: { path: { id: randomUUID() } } });
  assert.equal(missing.response.status, 404);
  assert.match(missing.response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem: Problem | undefined = missing.error;
  assert.equal(problem?.status, 404);
  assert.ok(problem?.title);
}
