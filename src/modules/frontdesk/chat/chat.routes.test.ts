import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { chatTables } from './chat.repository.ts';

/** The web chat over HTTP without JavaScript (and its event stream), in Danish and English, and what it refuses. */
let app: TestApp;
const wednesday = new Date('2026-12-09T09:00:00Z'); // 10:00 in Copenhagen: the demo chat is open 9–14
const friday = new Date('2026-12-11T13:30:00Z'); // 14:30: closed until Monday 09:00
before(async () => {
  app = await startTestApp();
  app.raadhus.services.frontdesk.chat.clock = () => wednesday;
});
after(() => app?.close());

const page = async (response: Response) => ({
  status: response.status,
  html: await response.text(),
  url: response.url,
});
const messageCount = async () =>
  (await chatTables(app.raadhus.database.db).selectFrom('frontdesk_chat_messages').select('id').execute()).length;

async function anonymousVisitor(lang: 'da' | 'en' = 'da') {
  const visitor = new TestClient(app.url);
  await (await visitor.follow(`/chat?lang=${lang}`)).arrayBuffer();
  return visitor;
}

test('the topics, an open chat for anyone, a closed one with Digital Post instead, and one that needs a login', async () => {
  const visitor = await anonymousVisitor();
  const topics = await page(await visitor.follow('/chat'));
  assert.match(topics.html, /<h1>Skriv med kommunen<\/h1>/);
  assert.match(topics.html, /<a href="\/chat\?purpose=passport"[^>]*>Pas<\/a>/);
  const open = await page(await visitor.follow('/chat?purpose=passport'));
  assert.match(open.html, /<h1>Chat om Pas<\/h1>/);
  assert.match(open.html, /Du skriver med Borgerservice\./);
  assert.match(open.html, /Chatten er åben nu\./);
  assert.match(open.html, /Du er ikke logget ind\. Skriv ikke dit CPR-nummer/);
  assert.match(open.html, /<button type="submit" class="button button-primary">Start chatten<\/button>/);
  assert.match(open.html, /<th scope="row">Mandag<\/th><td>09:00–14:00<\/td>/);

  app.raadhus.services.frontdesk.chat.clock = () => friday;
  try {
    const closed = await page(await visitor.follow('/chat?purpose=passport'));
    assert.match(closed.html, /Chatten er lukket nu\. Den åbner igen mandag den 14\. december 2026 kl\. 09:00\./);
    assert.match(closed.html, /Du kan skrive til os i Digital Post i stedet\./);
    assert.match(closed.html, /<a class="button button-secondary" href="\/post\/new">Skriv i Digital Post<\/a>/);
    assert.doesNotMatch(closed.html, /Start chatten/);
    const english = await page(await visitor.follow('/chat?purpose=passport&lang=en'));
    assert.match(english.html, /The chat is closed now\. It opens again Monday, 14 December 2026 at 09:00\./);
    assert.match(english.html, /Write in Digital Post/);
  } finally {
    app.raadhus.services.frontdesk.chat.clock = () => wednesday;
  }
  const login = await page(await visitor.follow('/chat?purpose=case-status&lang=da'));
  assert.match(login.html, /Log ind for at skrive om Status på min sag\./);
  assert.match(login.html, /href="\/auth\/login\?returnTo=%2Fchat%3Fpurpose%3Dcase-status"/);
  assert.doesNotMatch(login.html, /Start chatten/);
  assert.equal((await visitor.follow('/chat?purpose=no-such-thing')).status, 404);
});

test('an anonymous visitor chats with the desk; the answer shows on refresh and in the event stream; another browser sees nothing', async () => {
  const visitor = await anonymousVisitor();
  const { csrf } = await visitor.form('/chat?purpose=general-information');
  const started = await page(
    await visitor.submit('/chat', { _csrf: csrf, purpose: 'general-information', text: 'Hvornår har I åbent?' }),
  );
  assert.equal(started.status, 200);
  const id = /\/chat\/([0-9a-f-]{36})/.exec(started.url)?.[1];
  assert.ok(id, `expected the conversation page, got ${started.url}`);
  assert.ok(visitor.getCookie('raadhus_chat'), 'the anonymous browser holds its chat cookie');
  assert.match(started.html, /<h1>Chat med Borgerservice<\/h1>/);
  assert.match(started.html, /Du er i kø\. En medarbejder skriver til dig om lidt\./);
  assert.match(
    started.html,
    /<div role="log" aria-live="polite" aria-labelledby="chat-messages-heading"><ol class="chat-log" id="chat-log"/,
  );
  assert.match(started.html, /<strong>Dig<\/strong>/);
  assert.match(started.html, /Hvornår har I åbent\?/);
  assert.match(started.html, new RegExp(`data-chat-stream="/chat/${id}/events"`));
  assert.match(started.html, /Hent nye beskeder/);
  assert.match(started.html, /Samtalen slettes 30 dage efter, den er afsluttet\./);

  const stranger = await anonymousVisitor();
  assert.equal((await stranger.follow(`/chat/${id}`)).status, 404);
  assert.equal((await stranger.follow(`/chat/${id}/events`)).status, 404);

  const desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
  const inbox = await page(await desk.follow('/staff/frontdesk/chat?lang=da'));
  assert.match(inbox.html, /<th scope="row">Generel information<\/th><td>10:00<\/td>/);
  assert.equal(inbox.status, 200);
  const conversation = await desk.form(`/staff/frontdesk/chat/${id}`);
  assert.match(conversation.html, /Anonym besøgende/);
  const taken = await page(await desk.submit(`/staff/frontdesk/chat/${id}/take`, { _csrf: conversation.csrf }));
  assert.match(taken.html, /Du har taget samtalen\./);
  const canned = /<option value="([0-9a-f-]{36})"[^>]*>Åbningstider<\/option>/.exec(taken.html)?.[1];
  assert.ok(canned, 'the purpose has a canned answer');
  const answered = await page(
    await desk.submit(`/staff/frontdesk/chat/${id}/answer`, { _csrf: conversation.csrf, canned }),
  );
  assert.match(answered.html, /Dit svar er sendt\./);

  const refreshed = await page(await visitor.follow(`/chat/${id}`));
  assert.match(refreshed.html, /En medarbejder skriver med dig\./);
  assert.match(refreshed.html, /<strong>Borgerservice<\/strong>/);
  assert.match(refreshed.html, /Borgerservice på Rådhuset har åbent mandag til fredag kl\. 10–15/);
  // a client that does not ask for a live stream gets what is there now
  const snapshot = await (await visitor.request(`/chat/${id}/events`, { headers: { accept: '*/*' } })).text();
  assert.match(snapshot, /^retry: 3000/);
  assert.match(
    snapshot,
    /event: message\ndata: \{"id":\d+,"author":"staff","label":"Borgerservice","text":"Borgerservice på Rådhuset/,
  );
  assert.match(snapshot, /event: status\ndata: \{"status":"active","text":"En medarbejder skriver med dig\."\}/);

  // live: the stream delivers the next answer as it is sent
  const controller = new AbortController();
  const last = /data-chat-after="(\d+)"/.exec(refreshed.html)![1];
  const stream = await visitor.request(`/chat/${id}/events?after=${last}`, {
    headers: { accept: 'text/event-stream' },
    signal: controller.signal,
  });
  assert.equal(stream.headers.get('content-type'), 'text/event-stream; charset=utf-8');
  const reader = stream.body!.getReader();
  await desk.submit(`/staff/frontdesk/chat/${id}/answer`, {
    _csrf: conversation.csrf,
    text: 'Vi har også åbent torsdag aften.',
  });
  let received = '';
  const deadline = Date.now() + 15_000;
  while (!received.includes('torsdag aften') && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    received += new TextDecoder().decode(value);
  }
  controller.abort();
  assert.match(received, /"text":"Vi har også åbent torsdag aften\."/);

  const visitorCsrf = (await visitor.form(`/chat/${id}`)).csrf;
  const ended = await page(await visitor.submit(`/chat/${id}/end`, { _csrf: visitorCsrf }));
  assert.match(ended.html, /Du har afsluttet chatten\./);
  assert.match(ended.html, /Samtalen er afsluttet\./);
  assert.doesNotMatch(ended.html, /name="text"/);
});

test('bad chat text gets a clear message on the page in Danish and English, shown as text, and nothing is stored', async () => {
  const visitor = await anonymousVisitor();
  const { csrf } = await visitor.form('/chat?purpose=passport');
  const started = await page(await visitor.submit('/chat', { _csrf: csrf, purpose: 'passport', text: 'Hej' }));
  const id = /\/chat\/([0-9a-f-]{36})/.exec(started.url)![1];
  const before = await messageCount();
  const html = await page(
    await visitor.submit(`/chat/${id}/messages`, { _csrf: csrf, text: 'Se her <script>alert("x")</script>' }),
  );
  assert.equal(html.status, 400);
  assert.match(html.html, /Beskeden må ikke indeholde HTML-koder som &lt;b> eller &amp;\. Skriv almindelig tekst\./);
  assert.doesNotMatch(html.html, /<script>alert/);
  // what was written comes back in the field, as text
  assert.match(html.html, /rows="3">Se her &lt;script>alert\(&#34;x&#34;\)&lt;\/script><\/textarea>/);
  const long = await page(
    await visitor.submit(`/chat/${id}/messages?lang=en`, { _csrf: csrf, text: 'x'.repeat(1001) }),
  );
  assert.equal(long.status, 400);
  assert.match(long.html, /The message is too long\. Write at most 1000 characters\./);
  const empty = await page(await visitor.submit(`/chat/${id}/messages?lang=da`, { _csrf: csrf, text: '   ' }));
  assert.equal(empty.status, 400);
  assert.match(empty.html, /Skriv en besked\./);
  assert.equal(await messageCount(), before);
  // the flood limit: ten messages a minute (the first counted), then a clear refusal
  for (let index = 0; index < 9; index++)
    assert.equal((await visitor.submit(`/chat/${id}/messages`, { _csrf: csrf, text: `Nr. ${index}` })).status, 200);
  const flood = await page(await visitor.submit(`/chat/${id}/messages`, { _csrf: csrf, text: 'En til' }));
  assert.equal(flood.status, 429);
  assert.match(flood.html, /Du skriver for hurtigt\. Du kan sende højst 10 beskeder i minuttet\./);
  assert.equal(await messageCount(), before + 9);
});

test('a logged-in citizen chats about their case, gets the transcript in digital post, and finds it under my chats', async () => {
  const citizen = new TestClient(app.url);
  await citizen.login(`citizen-${demoCitizens[0].cpr}`);
  const { csrf, html } = await citizen.form('/chat?purpose=case-status&lang=da');
  assert.doesNotMatch(html, /Du er ikke logget ind/);
  const started = await page(
    await citizen.submit('/chat', { _csrf: csrf, purpose: 'case-status', text: 'Hvor langt er min sag?' }),
  );
  const id = /\/chat\/([0-9a-f-]{36})/.exec(started.url)![1];
  assert.match(started.html, /Send udskrift til min digitale post/);

  const desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
  const staffPage = await desk.form(`/staff/frontdesk/chat/${id}?lang=da`);
  assert.match(staffPage.html, new RegExp(`<th scope="row">Borger</th><td>${demoCitizens[0].name}</td>`));
  await desk.submit(`/staff/frontdesk/chat/${id}/answer`, { _csrf: staffPage.csrf, text: 'Den er under behandling.' });
  const unresolved = await page(await desk.submit(`/staff/frontdesk/chat/${id}/close`, { _csrf: staffPage.csrf }));
  assert.equal(unresolved.status, 400);
  assert.match(unresolved.html, /Svar ja eller nej\./);
  const closed = await page(
    await desk.submit(`/staff/frontdesk/chat/${id}/close`, { _csrf: staffPage.csrf, resolved: 'yes' }),
  );
  assert.match(closed.html, /Samtalen er afsluttet\./);
  const inbox = await page(await desk.follow('/staff/frontdesk/chat'));
  assert.match(inbox.html, /I dag: \d+ afsluttede samtaler/);
  assert.equal(inbox.status, 200);

  const transcript = await page(await citizen.submit(`/chat/${id}/transcript`, { _csrf: csrf }));
  assert.match(transcript.html, /Udskriften er sendt til din digitale post\./);
  assert.match(transcript.html, /Udskriften blev sendt til din digitale post/);
  const again = await page(await citizen.submit(`/chat/${id}/transcript`, { _csrf: csrf }));
  assert.equal(again.status, 409);
  assert.match(again.html, /Udskriften er allerede sendt til din digitale post\./);
  const post = await page(await citizen.follow('/post'));
  assert.match(post.html, /Udskrift af din chat med Borgerservice onsdag den 9\. december 2026/);
  const mine = await page(await citizen.follow('/my/chats'));
  assert.match(mine.html, /<th scope="row">Status på min sag<\/th>/);
  assert.match(mine.html, /<td>Afsluttet<\/td>/);
  const english = await page(await citizen.follow('/my/chats?lang=en'));
  assert.match(english.html, /<h1>My chats<\/h1>/);
  assert.match(english.html, /<th scope="row">Status of my case<\/th>/);

  // another citizen: not found
  const other = new TestClient(app.url);
  await other.login(`citizen-${demoCitizens[1].cpr}`);
  assert.equal((await other.follow(`/chat/${id}`)).status, 404);
  assert.doesNotMatch(await (await other.follow('/my/chats')).text(), /Status på min sag/);
});

test('"Kontakt kommunen" links a purpose’s web chat; staff cannot start a chat', async () => {
  const visitor = await anonymousVisitor();
  const contact = await page(await visitor.follow('/contact/passport?lang=da'));
  assert.equal(contact.status, 200);
  assert.match(contact.html, /<a class="button button-secondary" href="\/chat\?purpose=passport">Gå til Webchat<\/a>/);
  const english = await page(await visitor.follow('/contact/passport?lang=en'));
  assert.match(english.html, /href="\/chat\?purpose=passport">Go to Web chat<\/a>/);
  // a purpose without a chat has no link
  assert.doesNotMatch((await page(await visitor.follow('/contact/bulky-waste'))).html, /href="\/chat/);
  const desk = new TestClient(app.url);
  await desk.login('staff-front-desk-1');
  const { csrf } = await desk.form('/chat?purpose=passport&lang=da');
  const refused = await desk.submit('/chat', { _csrf: csrf, purpose: 'passport', text: 'Hej' });
  assert.equal(refused.status, 403);
  assert.match(await refused.text(), /Chatten er for borgere og virksomheder\./);
});
