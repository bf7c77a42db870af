import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { csrfTokenIn, TestClient } from '../support/http-client.ts';

// What a citizen, a business and a visitor read on the shared pages (issue 16, "Citizen and business").
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const mainMenu = (html: string) =>
  [
    ...(/<ul class="mainmenu">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '').matchAll(
      /<a href="([^"]+)"[^>]*><span>([^<]+)/g,
    ),
  ].map((match) => `${match[2]} ${match[1]}`);

test('the design system sprite and the favicon are served', async () => {
  const visitor = new TestClient(app.url);
  const sprite = await visitor.request('/static/dkfds/img/all-svg-icons.svg');
  assert.equal(sprite.status, 200);
  assert.match(sprite.headers.get('content-type') ?? '', /image\/svg\+xml/);
  const svg = await sprite.text();
  for (const name of ['chevron-left', 'info', 'success', 'warning', 'error'])
    assert.match(svg, new RegExp(`id="${name}"`));
  const favicon = await visitor.follow('/favicon.ico');
  assert.equal(favicon.status, 200);
  assert.match(favicon.headers.get('content-type') ?? '', /image\/svg\+xml/);
  // a page with a back link draws its chevron from the sprite
  const solution = await (await visitor.follow('/selfservice/solutions/housing-benefit?lang=da')).text();
  assert.match(
    solution,
    /class="back-link"[^>]*><svg class="icon-svg"[^>]*><use href="\/static\/dkfds\/img\/all-svg-icons.svg#chevron-left"/,
  );
});

test('the catalogue tells a visitor how to log in (MitID, MitID Erhverv for businesses), a logged-in citizen not', async () => {
  const visitor = new TestClient(app.url);
  const citizens = await (await visitor.follow('/selfservice/citizen?lang=da')).text();
  assert.match(citizens, /Vælg den løsning, du skal bruge\. Du logger på med MitID, før du går i gang\./);
  const businesses = await (await visitor.follow('/selfservice/business?lang=da')).text();
  assert.match(businesses, /Du logger på med MitID Erhverv, før du går i gang\./);
  const citizen = new TestClient(app.url);
  await citizen.login('citizen-0303542114');
  const own = await (await citizen.follow('/selfservice/citizen?lang=da')).text();
  assert.match(own, /<p class="font-lead">Vælg den løsning, du skal bruge\.<\/p>/);
  assert.doesNotMatch(own, /Du logger på med MitID/);
  // the drafts have a menu item, marked current on the drafts page
  const drafts = await (await citizen.follow('/selfservice/drafts')).text();
  assert.deepEqual(mainMenu(drafts), [
    'Min side /my',
    'Digital post /post',
    'Mine sager /my/cases',
    'Selvbetjening /selfservice/citizen',
    'Mine kladder /selfservice/drafts',
    'Postliste /postliste',
  ]);
  assert.match(drafts, /<li class="active current"><a href="\/selfservice\/drafts"/);
});

test('"my page" badges say what they count', async () => {
  const citizen = new TestClient(app.url);
  const html = await (await citizen.login('citizen-0101500100')).text();
  const badges = [...html.matchAll(/<a href="([^"]+)">[^<]*<\/a><span class="badge[^"]*">([^<]+)<\/span>/g)].map(
    (match) => [match[1], match[2]],
  );
  assert.ok(
    badges.some(([href]) => href === '/post'),
    'the demo letters are unread',
  );
  for (const [href, text] of badges) {
    if (href === '/post') assert.match(text, /^\d+ ulæste$/);
    if (href === '/my/cases') assert.match(text, /^\d+ venter på dig$/);
  }
});

test('"my page" shows only the links a person may follow: appointments for a citizen, not for a business', async () => {
  const citizen = new TestClient(app.url);
  const own = await (await citizen.login('citizen-0303542114')).text();
  assert.match(own, /<a href="\/my\/appointments">Mine aftaler<\/a>/);
  const business = new TestClient(app.url);
  await business.login('business-29189838');
  const page = await business.follow('/my?lang=da');
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /<h2>/, 'the business has a my page with services');
  assert.doesNotMatch(html, /\/my\/appointments|Mine aftaler/);
  // the link would only lead to a refusal
  assert.equal((await business.follow('/my/appointments')).status, 403);
});

test("the test identity provider names roles in the reader's language, shows the account ids, orders NSIS levels", async () => {
  const visitor = new TestClient(app.url);
  const danish = await (await visitor.follow('/auth/login?lang=da')).text();
  assert.match(
    danish,
    /Sara Sagsbehandler – Sagsbehandler<\/span> <span class="form-hint d-inline">\(staff-caseworker-1\)<\/span>/,
  );
  assert.match(danish, /\(citizen-0101500100\)/);
  assert.match(danish, /\(staff-admin-1\)/);
  assert.doesNotMatch(danish, /– caseworker|front_desk|system_owner/);
  const levels = [
    ...(/<select[^>]*id="assurance"[^>]*>([\s\S]*?)<\/select>/.exec(danish)?.[1] ?? '').matchAll(/>([^<]+)<\/option>/g),
  ].map((match) => match[1]);
  assert.deepEqual(levels, ['Lav', 'Betydelig', 'Høj']);
  const english = new TestClient(app.url);
  const page = await (await english.follow('/auth/login?lang=en')).text();
  assert.match(page, /Sara Sagsbehandler – Caseworker</);
  assert.match(page, /<option value="low">Low<\/option>/);
});

test('logging out of the test identity provider shows its question in the page frame (header and footer)', async () => {
  const citizen = new TestClient(app.url);
  const landing = await (await citizen.login('citizen-0101500100')).text();
  const logout = await citizen.submit('/auth/logout', { _csrf: csrfTokenIn(landing) });
  const html = await logout.text();
  assert.match(logout.url, /\/idp\//);
  assert.match(html, /<header class="header">/);
  assert.match(html, /<footer>/);
  assert.match(html, /<h1>Log af test-identitetsudbyderen<\/h1>/);
  assert.match(html, /form="op.logoutForm"/);
});

test('the demo month reads like a real one: varied cases on many days, letters with real content, no loops', async () => {
  const { sql } = await import('kysely');
  const db = app.raadhus.database.db;
  const { rows: cases } = await sql<{ id: string; code: string; received_at: Date }>`
    select c.id, c.case_type_code as code, c.received_at from cases_cases c where c.created_by = 'client:cases-demo'
    order by c.received_at`.execute(db);
  const days = new Set(cases.map((row) => row.received_at.toISOString().slice(0, 10)));
  assert.ok(cases.length >= 20, `${cases.length} demo cases`);
  assert.ok(days.size >= 12, `received on ${days.size} different days`);
  assert.ok(new Set(cases.map((row) => row.code)).size >= 8, 'every case type');
  const spread = cases.at(-1)!.received_at.getTime() - cases[0].received_at.getTime();
  assert.ok(spread > 20 * 86_400_000, 'over about a month');
  // each case moves forward in time and never repeats a step
  const { rows: events } = await sql<{
    case_id: string;
    kind: string;
    details: { transitionId?: string };
    occurred_at: Date;
  }>`
    select case_id, kind, details, occurred_at from cases_events order by case_id, occurred_at, id`.execute(db);
  for (const row of cases) {
    const own = events.filter((event) => event.case_id === row.id);
    const steps = own.filter((event) => event.details?.transitionId).map((event) => event.details.transitionId);
    assert.equal(new Set(steps).size, steps.length, `no step repeated in ${row.code}: ${steps.join(', ')}`);
    assert.ok(
      own.every((event) => event.occurred_at >= row.received_at),
      'nothing before the case came in',
    );
  }
  // letters: no placeholders, no two alike
  const { rows: letters } = await sql<{ subject: string; body: string }>`
    select subject, body from post_messages where direction = 'out'`.execute(db);
  assert.ok(letters.length >= 8);
  for (const letter of letters) assert.doesNotMatch(letter.body, /Demodata|\{\{|⟦/, letter.subject);
  assert.equal(new Set(letters.map((letter) => letter.body)).size, letters.length, 'every letter its own');
  // a refusal carries its reasons and klagevejledning
  assert.ok(letters.some((letter) => /Begrundelse:\n.+512\.000 kr\.[\s\S]*Klagevejledning\n/.test(letter.body)));
});
