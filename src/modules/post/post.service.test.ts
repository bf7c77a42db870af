import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { receiptSender } from '#modules/selfservice/receipt.service.ts';
import { PostInputError } from './post-input.ts';
import {
  caseworkerPrincipal,
  countRows,
  demoCpr,
  exeBytes,
  messagesOf,
  newPostEvents,
  personId,
  pngBytes,
  tinyPdf,
  businessId,
  withoutDemoCaseLetters,
} from './test-support/post-test-helpers.ts';
import { demoCitizensWithoutDigitalPost } from './demo-data.ts';
import { ATTACHMENT_MAX_BYTES } from './post-limits.ts';
import { HttpProblem } from '#platform/http/problem.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
  await withoutDemoCaseLetters(app.raadhus);
});
after(async () => {
  await app?.close();
});

const post = () => app.raadhus.services.post;
const db = () => app.raadhus.database.db;

test('sendLetter delivers to a signed-up citizen: mailbox created on first use, post.message-sent in the same transaction with the department code', async () => {
  const citizen = await personId(app.raadhus, demoCpr(1));
  const mailboxesBefore = await countRows(app.raadhus, 'post_mailboxes');
  const actor = await caseworkerPrincipal(app.raadhus);
  const { messageId } = await post().sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Afgørelse om boligstøtte',
    body: 'Du får boligstøtte.',
    caseId: 'S-2026-1',
    replyAllowed: true,
    attachments: [{ filename: 'afgørelse.pdf', contentType: 'application/pdf', content: await tinyPdf() }],
  });
  const [message] = await messagesOf(app.raadhus, citizen);
  assert.equal(message.id, messageId);
  assert.equal(message.status, 'delivered');
  assert.equal(message.delivery, 'digital');
  assert.equal(message.case_id, 'S-2026-1');
  assert.equal(await countRows(app.raadhus, 'post_mailboxes'), mailboxesBefore + 1, 'created on first use');
  const event = (await newPostEvents(app.raadhus)).find((data) => data.messageId === messageId);
  assert.deepEqual(
    { ...event, sentAt: typeof event?.sentAt },
    {
      messageId,
      personId: citizen,
      departmentCode: 'ydelser',
      channel: 'digital',
      caseId: 'S-2026-1',
      sentAt: 'string',
    },
  );
  // a second letter uses the same mailbox
  await post().sendLetter(db(), actor, { recipient: { personId: citizen }, subject: 'Nummer to', body: 'Tekst' });
  assert.equal(await countRows(app.raadhus, 'post_mailboxes'), mailboxesBefore + 1);
  assert.deepEqual(
    await post()
      .lettersForCase('S-2026-1', { personId: citizen })
      .then((letters) => letters.map((letter) => letter.messageId)),
    [messageId],
  );
});

test("a letter rolls back with the caller's transaction: no message, no event", async () => {
  const citizen = await personId(app.raadhus, demoCpr(2));
  const eventsBefore = (await newPostEvents(app.raadhus)).length;
  await assert.rejects(
    db()
      .transaction()
      .execute(async (trx) => {
        await post().sendLetter(trx, receiptSender, {
          recipient: { personId: citizen },
          subject: 'Kvittering',
          body: 'Tak',
        });
        throw new Error('the caller fails after sending');
      }),
    /the caller fails/,
  );
  assert.deepEqual(await messagesOf(app.raadhus, citizen), []);
  assert.equal((await newPostEvents(app.raadhus)).length, eventsBefore);
});

test('a receipt sender without a department signs with the default department', async () => {
  const citizen = await personId(app.raadhus, demoCpr(3));
  const { messageId } = await post().sendLetter(db(), receiptSender, {
    recipient: { personId: citizen },
    subject: 'Kvittering',
    body: 'Tak',
  });
  assert.equal(
    (await newPostEvents(app.raadhus)).find((data) => data.messageId === messageId)?.departmentCode,
    'borgerservice',
  );
});

test('bad letters are refused with 400 and field errors, and nothing is stored', async () => {
  const actor = await caseworkerPrincipal(app.raadhus);
  const citizen = await personId(app.raadhus, demoCpr(4));
  const before = await countRows(app.raadhus, 'post_messages');
  const refused = async (
    letter: Partial<Parameters<ReturnType<typeof post>['sendLetter']>[2]>,
    field: string,
    pattern: RegExp,
  ) => {
    const error = await post()
      .sendLetter(db(), actor, { recipient: { personId: citizen }, subject: 'Emne', body: 'Tekst', ...letter })
      .then(
        () => assert.fail('expected a refusal'),
        (caught: unknown) => caught,
      );
    assert.ok(error instanceof PostInputError, String(error));
    assert.equal(error.statusCode, 400);
    const problem = error.errors!.find((entry) => entry.field === field);
    assert.match(problem?.message ?? '', pattern, JSON.stringify(error.errors));
  };
  await refused({ subject: '   ' }, 'subject', /Skriv et emne/);
  await refused({ body: '' }, 'body', /Skriv en besked/);
  await refused(
    { attachments: [{ filename: 'brev.pdf', contentType: 'application/pdf', content: exeBytes }] },
    'attachments',
    /brev\.pdf er hverken PDF eller et billede/,
  );
  await refused(
    {
      attachments: [
        { filename: 'tekst.pdf', contentType: 'application/pdf', content: Buffer.from('just text, not a pdf') },
      ],
    },
    'attachments',
    /hverken PDF/,
  );
  const big = Buffer.concat([await tinyPdf(), Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
  await refused(
    { attachments: [{ filename: 'stor.pdf', contentType: 'application/pdf', content: big }] },
    'attachments',
    /stor\.pdf er for stor/,
  );
  // an unknown recipient is a 400 as well
  const unknown = await post()
    .sendLetter(db(), actor, {
      recipient: { personId: '00000000-0000-4000-8000-00000000dead' },
      subject: 'Emne',
      body: 'Tekst',
    })
    .catch((caught: unknown) => caught);
  assert.ok(
    unknown instanceof HttpProblem &&
      unknown.statusCode === 400 &&
      unknown.messageKey === 'post.validation.unknownRecipient',
  );
  assert.equal(await countRows(app.raadhus, 'post_messages'), before);
  // an image named .pdf is fine: the stored type is the one its content shows
  const { messageId } = await post().sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Foto',
    body: 'Se billedet',
    attachments: [{ filename: '../../billede.pdf', contentType: 'application/pdf', content: pngBytes }],
  });
  const { message } = await post().openMessage(
    { kind: 'citizen', id: citizen, name: 'x', roles: ['citizen'] },
    messageId,
  );
  assert.deepEqual(
    message.attachments.map((attachment) => [attachment.filename, attachment.contentType]),
    [['billede.pdf', 'image/png']],
  );
});

test('sendToNumber checks CPR and CVR numbers: format, date, check digit, unknown', async () => {
  const actor = await caseworkerPrincipal(app.raadhus);
  const cases: Array<[{ kind: 'cpr' | 'cvr'; number: string }, RegExp]> = [
    [{ kind: 'cpr', number: '12345' }, /10 cifre/],
    [{ kind: 'cpr', number: '3102501234' }, /gyldig fødselsdato/],
    [{ kind: 'cvr', number: '12345678' }, /CVR-nummeret/],
  ];
  for (const [recipient, pattern] of cases) {
    const error = await post()
      .sendToNumber(db(), actor, { recipient, subject: 'x', body: 'y' })
      .catch((caught: unknown) => caught);
    assert.ok(error instanceof PostInputError, `${recipient.number}: ${String(error)}`);
    assert.match(error.errors![0].message, pattern);
  }
  const unknown = await post()
    .sendToNumber(db(), actor, { recipient: { kind: 'cpr', number: '010190-1234' }, subject: 'x', body: 'y' })
    .catch((caught: unknown) => caught);
  assert.ok(unknown instanceof HttpProblem && unknown.statusCode === 400);
  const business = await businessId(app.raadhus, '29189838');
  const sent = await post().sendToNumber(db(), actor, {
    recipient: { kind: 'cvr', number: '29189838' },
    subject: 'Til virksomheden',
    body: 'Tekst',
  });
  assert.equal((await messagesOf(app.raadhus, business)).at(-1)?.id, sent.id);
});

test('someone not signed up gets the letter stored and queued for print in the open batch; no notification event', async () => {
  const cpr = demoCitizensWithoutDigitalPost[0];
  const citizen = await personId(app.raadhus, cpr);
  const actor = await caseworkerPrincipal(app.raadhus);
  const { messageId } = await post().sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Papirbrev',
    body: 'Tekst',
  });
  const [message] = await messagesOf(app.raadhus, citizen);
  assert.equal(message.status, 'queued');
  assert.equal(message.delivery, 'print');
  assert.ok(message.print_batch_id);
  assert.equal(
    (await newPostEvents(app.raadhus)).find((data) => data.messageId === messageId)?.channel,
    'print',
    'sent, as a printed letter (notify does not notify it)',
  );
  const second = await post().sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Papirbrev 2',
    body: 'Tekst',
  });
  assert.ok(second.messageId);
  const batches = new Set((await messagesOf(app.raadhus, citizen)).map((row) => row.print_batch_id));
  assert.equal(batches.size, 1, 'both letters are in the same open batch');
});

test('markNotified moves a delivered message to notified, idempotently; a read message stays read', async () => {
  const citizen = await personId(app.raadhus, demoCpr(5));
  const actor = await caseworkerPrincipal(app.raadhus);
  const { messageId } = await post().sendLetter(db(), actor, {
    recipient: { personId: citizen },
    subject: 'Advis',
    body: 'Tekst',
  });
  await post().markNotified(messageId, 'sms');
  await post().markNotified(messageId, 'email');
  assert.equal((await post().staff.status(actor, messageId)).status, 'notified');
  await post().openMessage({ kind: 'citizen', id: citizen, name: 'x', roles: ['citizen'] }, messageId);
  await post().markNotified(messageId, 'sms');
  const status = await post().staff.status(actor, messageId);
  assert.equal(status.status, 'read');
  assert.ok(status.notifiedAt && status.readAt);
  await post().markNotified('not-a-uuid', 'sms');
});
