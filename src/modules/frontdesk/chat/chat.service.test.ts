import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { recordEvents } from '#test-support/event-recorder.ts';
import { waitFor } from '#test-support/wait-for.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { withLocale } from '#platform/i18n/i18n.ts';
import { ChatClosed } from '../frontdesk.events.ts';
import { demoCitizen, demoStaff } from '../test-support/frontdesk-fixtures.ts';
import type { ChatService } from './chat.service.ts';
import { chatTextProblem, MAX_CHAT_MESSAGE_LENGTH } from './chat-text.ts';
import { chatOpenAt, nextChatOpening } from './chat-hours.ts';
import { isChatParty } from './chat-policy.ts';
import { chatTables } from './chat.repository.ts';
import { weekdayHours } from './chat-demo-data.ts';

/** The web chat's rules on one app, at fixed times in December 2026 (the demo chat: weekdays 9–14). */
let app: TestApp;
let chat: ChatService;
let events: Awaited<ReturnType<typeof recordEvents>>;
let anne: Principal;
let bo: Principal;
let desk: Principal;
let pensions: Principal;
before(async () => {
  app = await startTestApp();
  chat = app.raadhus.services.frontdesk.chat;
  events = await recordEvents(app.raadhus, ChatClosed);
  anne = await demoCitizen(app.raadhus, 0);
  bo = await demoCitizen(app.raadhus, 1);
  desk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  const ydelser = await app.raadhus.services.identity.departmentByCode('ydelser');
  pensions = { kind: 'staff', id: randomUUID(), name: 'Pia Pension', roles: ['front_desk'], departmentId: ydelser!.id };
});
after(() => app?.close());

// Wednesday 9 December 2026, 10:00 in Copenhagen
const wednesday = new Date('2026-12-09T09:00:00Z');
const later = (seconds: number) => new Date(wednesday.getTime() + seconds * 1000);
const isWorkingDay = (day: string) => app.raadhus.services.cases.isWorkingDay(day);
const isHoliday = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() || 7) <= 5 && !isWorkingDay(day);

async function refusal(work: () => Promise<unknown>) {
  const error = (await work().then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  )) as HttpProblem;
  return { status: error.statusCode, da: error.detail, en: withLocale('en', () => error.detail) };
}

const count = async (table: 'frontdesk_chat_messages' | 'frontdesk_chat_conversations') =>
  (await chatTables(app.raadhus.database.db).selectFrom(table).select('id').execute()).length;

const start = (who: Principal | string, text: string, purposeCode = 'passport', now = wednesday) =>
  chat.start(
    typeof who === 'string' ? { visitorHash: who } : { principal: who },
    { purposeCode, text, locale: 'da' },
    now,
  );

test('chat text: too long, control characters and HTML are refused; ordinary text with < and & is not', () => {
  assert.equal(chatTextProblem('Hvornår er mit pas klar?'), undefined);
  assert.equal(chatTextProblem('Er 3 < 5? Jeg & min søn.\nTak'), undefined);
  assert.equal(chatTextProblem('   '), 'empty');
  assert.equal(chatTextProblem('x'.repeat(MAX_CHAT_MESSAGE_LENGTH)), undefined);
  assert.equal(chatTextProblem('x'.repeat(MAX_CHAT_MESSAGE_LENGTH + 1)), 'tooLong');
  assert.equal(chatTextProblem('bell\u0007'), 'control');
  assert.equal(chatTextProblem('right-to-left \u202e trick'), 'control');
  assert.equal(chatTextProblem('<script>alert(1)</script>'), 'html');
  assert.equal(chatTextProblem('see <a href="x">here</a>'), 'html');
  assert.equal(chatTextProblem('&lt;b&gt;'), 'html');
});

test('opening hours: open on a weekday at 10, closed after 14, over the weekend and at Christmas', () => {
  const hours = weekdayHours('borgerservice');
  assert.equal(chatOpenAt(hours, wednesday, isHoliday), true);
  const fridayAfternoon = new Date('2026-12-11T13:30:00Z'); // 14:30
  assert.equal(chatOpenAt(hours, fridayAfternoon, isHoliday), false);
  assert.equal(nextChatOpening(hours, fridayAfternoon, isHoliday)?.toISOString(), '2026-12-14T08:00:00.000Z');
  const beforeChristmas = new Date('2026-12-23T14:00:00Z'); // Wednesday 15:00; 24 and 25 December are closed
  assert.equal(nextChatOpening(hours, beforeChristmas, isHoliday)?.toISOString(), '2026-12-28T08:00:00.000Z');
  assert.equal(chatOpenAt(hours, new Date('2026-12-24T09:00:00Z'), isHoliday), false);
  assert.equal(
    nextChatOpening(hours, new Date('2026-12-09T07:00:00Z'), isHoliday)?.toISOString(),
    '2026-12-09T08:00:00.000Z',
  );
});

test('whose conversation: the citizen or business who started it, or the browser holding its cookie', () => {
  const row = { person_id: 'p1', business_id: null, visitor_hash: null };
  assert.equal(isChatParty({ principal: { ...anne, id: 'p1' } }, row), true);
  assert.equal(isChatParty({ principal: { ...anne, id: 'p2' } }, row), false);
  assert.equal(isChatParty({ visitorHash: 'h' }, row), false);
  const anonymous = { person_id: null, business_id: null, visitor_hash: 'h' };
  assert.equal(isChatParty({ visitorHash: 'h' }, anonymous), true);
  assert.equal(isChatParty({ visitorHash: 'other' }, anonymous), false);
  assert.equal(isChatParty({ principal: anne }, anonymous), false);
  assert.equal(isChatParty({}, anonymous), false);
});

test('outside opening hours, with bad text, or without the login the purpose needs, nothing starts', async () => {
  const before = [await count('frontdesk_chat_conversations'), await count('frontdesk_chat_messages')];
  const closed = await refusal(() => start(anne, 'Hej', 'passport', new Date('2026-12-11T13:30:00Z')));
  assert.equal(closed.status, 409);
  assert.equal(closed.da, 'Chatten er lukket nu. Den åbner igen mandag den 14. december 2026 kl. 09:00.');
  // the opening time is written in the language the visitor reads
  const closedEn = await withLocale('en', () =>
    refusal(() => start(anne, 'Hi', 'passport', new Date('2026-12-11T13:30:00Z'))),
  );
  assert.equal(closedEn.en, 'The chat is closed now. It opens again Monday, 14 December 2026 at 09:00.');
  const long = await refusal(() => start(anne, 'x'.repeat(1001)));
  assert.deepEqual(long, {
    status: 400,
    da: 'Beskeden er for lang. Skriv højst 1000 tegn.',
    en: 'The message is too long. Write at most 1000 characters.',
  });
  const html = await refusal(() => start(anne, 'Hej <img src=x onerror=alert(1)>'));
  assert.equal(html.status, 400);
  assert.equal(html.en, 'The message must not contain HTML codes such as <b> or &. Write plain text.');
  const control = await refusal(() => start(anne, 'Hej\u0000'));
  assert.equal(control.da, 'Beskeden indeholder usynlige styretegn. Skriv den igen med almindelig tekst.');
  const login = await refusal(() => start('anonymous-browser', 'Hvordan går det med min sag?', 'case-status'));
  assert.deepEqual(login, {
    status: 401,
    da: 'Log ind for at chatte om dette emne.',
    en: 'Log in to chat about this topic.',
  });
  const staff = await refusal(() => start(desk, 'Hej'));
  assert.equal(staff.status, 403);
  const unknown = await refusal(() => start(anne, 'Hej', 'no-such-purpose'));
  assert.equal(unknown.status, 404);
  assert.deepEqual([await count('frontdesk_chat_conversations'), await count('frontdesk_chat_messages')], before);
});

test('a citizen chats with borgerservice: taken, answered, closed; the times are measured and published, and channels registers the contact', async () => {
  const conversation = await start(anne, 'Hvornår er mit pas klar?');
  assert.equal(conversation.status, 'waiting');
  assert.equal(conversation.departmentCode, 'borgerservice');
  // one open conversation at a time: starting again gives the same one back
  assert.equal((await start(anne, 'Hallo?')).id, conversation.id);
  const inbox = await chat.inbox(desk, wednesday);
  assert.ok(inbox.open.some((row) => row.id === conversation.id));
  // another department's staff do not see it
  assert.equal(
    (await chat.inbox(pensions, wednesday)).open.some((row) => row.id === conversation.id),
    false,
  );
  assert.equal((await refusal(() => chat.staffView(pensions, conversation.id, 'test'))).status, 404);

  const taken = await chat.take(desk, conversation.id, later(30));
  assert.equal(taken.status, 'active');
  const colleague = { ...desk, id: randomUUID(), name: 'Kollega' };
  assert.deepEqual(await refusal(() => chat.answer(colleague, conversation.id, 'Jeg svarer!', later(40))), {
    status: 409,
    da: 'En kollega har taget samtalen.',
    en: 'A colleague has taken the conversation.',
  });
  await chat.answer(desk, conversation.id, 'Dit pas er klar på fredag.', later(45));
  await chat.write({ principal: anne }, conversation.id, 'Tak!', later(60));

  const read = await chat.staffView(desk, conversation.id, 'answering the chat');
  assert.equal(read.partyName, anne.name);
  assert.deepEqual(
    read.messages.map((message) => [message.author, message.body]),
    [
      ['visitor', 'Hvornår er mit pas klar?'],
      ['system', 'taken'],
      ['staff', 'Dit pas er klar på fredag.'],
      ['visitor', 'Tak!'],
    ],
  );
  const { rows: audit } = await sql<{ action: string; person_id: string; object_id: string }>`
    select action, person_id, object_id from audit_log where object_id = ${conversation.id}`.execute(
    app.raadhus.database.db,
  );
  assert.deepEqual(audit.at(-1), { action: 'frontdesk:chat-read', person_id: anne.id, object_id: conversation.id });

  // another citizen cannot reach it
  assert.equal((await refusal(() => chat.visitorView({ principal: bo }, conversation.id))).status, 404);
  assert.equal((await refusal(() => chat.write({ principal: bo }, conversation.id, 'Hej'))).status, 404);

  const closed = await chat.close(desk, conversation.id, true, later(300));
  assert.equal(closed.status, 'closed');
  assert.equal(closed.firstResponseAt?.toISOString(), later(45).toISOString());
  assert.deepEqual(await refusal(() => chat.write({ principal: anne }, conversation.id, 'En ting mere')), {
    status: 409,
    da: 'Samtalen er afsluttet. Start en ny chat, hvis du har flere spørgsmål.',
    en: 'The conversation has ended. Start a new chat if you have more questions.',
  });
  const published = await waitFor(
    async () => events.find((event) => event.payload.conversationId === conversation.id),
    'the chat-closed event',
  );
  assert.deepEqual(published.payload, {
    conversationId: conversation.id,
    purposeCode: 'passport',
    departmentCode: 'borgerservice',
    personId: anne.id,
    startedAt: wednesday.toISOString(),
    firstResponseAt: later(45).toISOString(),
    closedAt: later(300).toISOString(),
    firstResponseSeconds: 45,
    resolutionSeconds: 300,
    staffResponded: true,
    resolved: true,
    closedBy: 'staff',
  });
  assert.ok(!JSON.stringify(published.payload).includes(anne.cpr!), 'no CPR number in the event');
  const { rows: contacts } = await waitFor(async () => {
    const found = await sql<{ channel: string; outcome: string; purpose_code: string; party_kind: string }>`
      select channel, outcome, purpose_code, party_kind from channels_inquiries where object_id = ${conversation.id}`.execute(
      app.raadhus.database.db,
    );
    return found.rows.length ? found : undefined;
  }, 'the web-chat contact in channels');
  assert.deepEqual(contacts, [
    { channel: 'web-chat', outcome: 'resolved', purpose_code: 'passport', party_kind: 'person' },
  ]);
});

test('a conversation passed on to another department waits there for anyone, and leaves the first inbox', async () => {
  const conversation = await start(bo, 'Jeg har et spørgsmål om min pension');
  await chat.take(desk, conversation.id, later(10));
  assert.equal((await refusal(() => chat.transfer(desk, conversation.id, 'teknik', later(20)))).status, 400);
  const moved = await chat.transfer(desk, conversation.id, 'ydelser', later(20));
  assert.deepEqual([moved.departmentCode, moved.status, moved.staffId], ['ydelser', 'waiting', null]);
  assert.equal((await refusal(() => chat.staffView(desk, conversation.id, 'test'))).status, 404);
  assert.ok((await chat.inbox(pensions, wednesday)).open.some((row) => row.id === conversation.id));
  await chat.answer(pensions, conversation.id, 'Skriv til os i Digital Post.', later(90));
  const view = await chat.visitorView({ principal: bo }, conversation.id);
  const notice = view.messages.find((message) => message.author === 'system' && message.body.startsWith('transferred'));
  assert.equal(notice?.body, 'transferred:ydelser');
  const closed = await chat.close(pensions, conversation.id, false, later(120));
  assert.equal(closed.resolved, false);
  const published = await waitFor(
    async () => events.find((event) => event.payload.conversationId === conversation.id),
    'the chat-closed event',
  );
  assert.equal(published.payload.departmentCode, 'ydelser');
  assert.equal(published.payload.firstResponseSeconds, 90);
});

test('writing faster than ten messages a minute is refused with a clear message, and nothing is stored', async () => {
  const hash = 'flooding-browser-hash';
  const conversation = await start(hash, 'Hej', 'general-information');
  for (let index = 1; index < 10; index++)
    await chat.write({ visitorHash: hash }, conversation.id, `Besked ${index}`, later(index));
  const before = await count('frontdesk_chat_messages');
  assert.deepEqual(await refusal(() => chat.write({ visitorHash: hash }, conversation.id, 'En til', later(20))), {
    status: 429,
    da: 'Du skriver for hurtigt. Du kan sende højst 10 beskeder i minuttet. Vent lidt, og prøv igen.',
    en: 'You are writing too fast. You can send at most 10 messages a minute. Wait a little and try again.',
  });
  assert.equal(await count('frontdesk_chat_messages'), before);
  // a minute later it is fine again
  await chat.write({ visitorHash: hash }, conversation.id, 'Nu igen', later(61));
  await chat.end({ visitorHash: hash }, conversation.id, later(62));
});

test('the transcript goes to the citizen’s digital post once; an anonymous visitor gets none', async () => {
  const conversation = await start(anne, 'Skal jeg have mit gamle pas med?', 'passport', later(1000));
  await chat.answer(desk, conversation.id, 'Ja, tag det gamle pas med.', later(1030));
  const sent = await withLocale('da', () => chat.sendTranscript({ principal: anne }, conversation.id, later(1100)));
  assert.ok(sent.transcriptSentAt);
  const { rows } = await sql<{ subject: string; body: string }>`
    select subject, body from post_messages where subject like 'Udskrift af din chat%' order by created_at desc limit 1`.execute(
    app.raadhus.database.db,
  );
  assert.equal(rows[0].subject, 'Udskrift af din chat med Borgerservice onsdag den 9. december 2026');
  assert.match(rows[0].body, /Her er udskriften af din chat med Borgerservice onsdag den 9\. december 2026 om Pas\./);
  assert.match(rows[0].body, /10:16 Dig: Skal jeg have mit gamle pas med\?/);
  assert.match(rows[0].body, /10:17 Borgerservice: Ja, tag det gamle pas med\./);
  assert.equal((await refusal(() => chat.sendTranscript({ principal: anne }, conversation.id))).status, 409);
  assert.equal((await refusal(() => chat.sendTranscript({ principal: bo }, conversation.id))).status, 404);
  assert.equal((await refusal(() => chat.sendTranscript({ visitorHash: 'x' }, conversation.id))).status, 404);
  // an anonymous visitor's own conversation has no digital post to go to
  const anonymous = await start('transcript-browser-hash', 'Hej', 'general-information', later(1010));
  const login = await refusal(() => chat.sendTranscript({ visitorHash: 'transcript-browser-hash' }, anonymous.id));
  assert.deepEqual(login, {
    status: 401,
    da: 'Log ind for at få udskriften i din digitale post.',
    en: 'Log in to get the transcript in your digital post.',
  });
  await chat.end({ visitorHash: 'transcript-browser-hash' }, anonymous.id, later(1020));
  await chat.end({ principal: anne }, conversation.id, later(1200));
});

test('anonymous transcripts are deleted after the retention period; the conversation keeps its times', async () => {
  const hash = 'forgetful-browser-hash';
  const conversation = await start(hash, 'Hvornår har I åbent?', 'general-information');
  await chat.answer(desk, conversation.id, 'Fra 10 til 15.', later(20));
  await chat.close(desk, conversation.id, true, later(60));
  const logged = await start(bo, 'Et spørgsmål om pas', 'passport', later(70));
  await chat.close(desk, logged.id, true, later(80));
  // 29 days later nothing is purged; 31 days later the anonymous one is
  await chat.purgeAnonymous(new Date(wednesday.getTime() + 29 * 86_400_000));
  // the question, the answer and the notice that it ended
  assert.equal((await chat.visitorView({ visitorHash: hash }, conversation.id)).messages.length, 3);
  await chat.purgeAnonymous(new Date(wednesday.getTime() + 31 * 86_400_000));
  assert.equal((await refusal(() => chat.visitorView({ visitorHash: hash }, conversation.id))).status, 404);
  const row = await chatTables(app.raadhus.database.db)
    .selectFrom('frontdesk_chat_conversations')
    .select(['first_response_at', 'visitor_hash', 'purged_at'])
    .where('id', '=', conversation.id)
    .executeTakeFirstOrThrow();
  assert.equal(row.first_response_at?.toISOString(), later(20).toISOString());
  assert.equal(row.visitor_hash, null);
  assert.ok(row.purged_at);
  const messages = await chatTables(app.raadhus.database.db)
    .selectFrom('frontdesk_chat_messages')
    .select('id')
    .where('conversation_id', 'in', [conversation.id, logged.id])
    .execute();
  assert.equal(messages.length, 2, "the logged-in citizen's conversation keeps its messages");
});

test('the hub wakes a listener when a conversation changes, after the change commits', async () => {
  const hub = app.raadhus.services.frontdesk.chat;
  const conversation = await start(bo, 'Lever I?', 'passport', later(2000));
  let heard = 0;
  const stop = await (hub as unknown as { deps: { hub: import('./chat-hub.ts').ChatHub } }).deps.hub.subscribe(
    conversation.id,
    () => heard++,
  );
  await chat.answer(desk, conversation.id, 'Ja!', later(2010));
  await waitFor(async () => heard > 0, 'the notification');
  stop();
  await chat.close(desk, conversation.id, true, later(2020));
});
