import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { axeViolations, launchBrowser, signedInPage, type TestBrowser } from '#test-support/browser.ts';
import { inquiryStart } from './item-starts.ts';
import { ServiceLevelsService } from './service-levels.service.ts';
import { NoticeService } from './notice.service.ts';
import { demoStaff } from '../test-support/channels-fixtures.ts';
import { citizenCpr, personId } from '#modules/cases/test-support/case-fixtures.ts';
import { formatDay } from '#platform/i18n/numbers.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/** The service-level pages over HTTP on one shared app: what they say in Danish and English, what they refuse, axe. */
let app: TestApp;
let manager: TestClient;
let admin: TestClient;
let levels: ServiceLevelsService;
let caseworker: TestClient;
let atRisk: { caseId: string; deadlineDay: string };
before(async () => {
  app = await startTestApp();
  [manager, admin] = [new TestClient(app.url), new TestClient(app.url)];
  await manager.login('staff-manager-1');
  await admin.login('staff-admin-1');
  const { identity, cases, channels } = app.raadhus.services;
  levels = new ServiceLevelsService(app.raadhus.database.db, {
    purposes: channels.purposes,
    caseTypes: cases,
    identity,
  });
  // Friday 20 February 2026: one answer on Tuesday 24 (2 working days, in time), one on Wednesday 25 (3, late)
  const db = app.raadhus.database.db;
  for (const [personId, sentAt] of [
    [randomUUID(), '2026-02-24T15:00:00+01:00'],
    [randomUUID(), '2026-02-25T15:00:00+01:00'],
  ]) {
    const received = { messageId: randomUUID(), threadId: randomUUID(), personId, departmentCode: 'borgerservice' };
    await levels.measurement.start(inquiryStart({ ...received, receivedAt: '2026-02-20T09:00:00+01:00' }), db);
    await levels.measurement.answered(personId, 'borgerservice', new Date(sentAt), db);
  }
  caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  atRisk = await caseAtRisk();
});

/** A housing-benefit case three days before its deadline: the § 3 check finds it. */
async function caseAtRisk() {
  const { cases, post, identity } = app.raadhus.services;
  const db = app.raadhus.database.db;
  const staff = await demoStaff(app.raadhus, 'staff-caseworker-1');
  const applicant = { personId: await personId(app.raadhus, 13) };
  const created = await cases.createCase(db, staff, {
    caseTypeCode: 'housing-benefit',
    applicant,
    channel: 'phone',
    fields: {},
  });
  const notices = new NoticeService({ db, events: app.raadhus.events, cases, post, identity });
  const soon = new Date(created.deadline!.getTime() - 3 * 86_400_000);
  for (let attempt = 0; attempt < 100 && !(await notices.forCase(staff, created.caseId)); attempt += 1) {
    await notices.findAtRisk(soon);
    await new Promise((resolve) => setTimeout(resolve, 100)); // the case is measured from its event
  }
  return { caseId: created.caseId, deadlineDay: danishDay(created.deadline!) };
}
after(() => app?.close());

const february = 'from=2026-02-01&to=2026-02-28&department=borgerservice';
const cells = (...values: string[]) => values.map((value) => `<td class="align-text-right">${value}</td>`).join('');

test('the manager sees compliance per target against the target in force, red under it, as a page and as CSV', async () => {
  const response = await manager.follow(`/staff/service-levels?${february}`);
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.ok(
    html.includes(
      `<th scope="row">Skriftlige henvendelser besvaret</th><td>Alle</td><td>Digital Post</td><td>2 arbejdsdage</td>${cells('90 %', '50 %', '1', '1', '0', '2,5')}<td><span class="badge badge-error">Rød: mere end 5 point under målet</span></td>`,
    ),
  );
  assert.match(html, /Viser: Borgerservice, 2026-02-01 – 2026-02-28\./);
  assert.match(html, /<svg/);
  const english = await (await manager.follow(`/staff/service-levels?${february}&lang=en`)).text();
  assert.match(
    english,
    /<th scope="row">Written inquiries answered<\/th><td>All<\/td><td>Digital Post<\/td><td>2 working days<\/td>/,
  );
  assert.match(english, /Red: more than 5 points under the target/);
  const csv = await (await manager.follow(`/staff/service-levels.csv?${february}`)).text();
  assert.match(
    csv,
    /"2026-02-01","2026-02-28","borgerservice","written-answer","all","","digital-post",2,,90,"2026-01-01","ØU 2025-12-09, pkt. 7 \(00.01.10-A00-3-25\)",1,1,0,50,"red"/,
  );
  const bad = await manager.follow('/staff/service-levels?from=2026-02-30&department=nowhere&lang=da');
  assert.equal(bad.status, 400);
  const badPage = await bad.text();
  assert.match(badPage, /Skriv en dato som ÅÅÅÅ-MM-DD\./);
  assert.match(badPage, /Vælg en afdeling fra listen\./);
  const caseworker = new TestClient(app.url);
  await caseworker.login('staff-caseworker-1');
  assert.equal((await caseworker.follow('/staff/service-levels')).status, 403);
  assert.equal((await manager.follow('/admin/service-levels')).status, 403);
});

test('the administrator supersedes a target; an overlapping version and bad input are refused and nothing is stored', async () => {
  const list = await (await admin.follow('/admin/service-levels')).text();
  assert.match(list, /<td>ØU 2025-12-09, pkt. 7 \(00.01.10-A00-3-25\)<\/td>/);
  const written = (await levels.targets.list()).find((target) => target.metric === 'written-answer')!;
  const { html, csrf } = await admin.form(`/admin/service-levels/new?supersedes=${written.id}`);
  assert.match(html, /<option value="written-answer" selected>Skriftlige henvendelser besvaret<\/option>/);
  const fields = {
    _csrf: csrf,
    metric: 'written-answer',
    serviceKind: 'all',
    serviceCode: '',
    channel: 'digital-post',
    withinDays: '3',
    targetPercent: '85',
    noticeDays: '',
    validFrom: '2031-01-01',
    validTo: '',
    decidedBy: 'Økonomiudvalget',
    decisionReference: 'ØU 2030-11-04, pkt. 2',
  };
  const saved = await (await admin.submit('/admin/service-levels', fields)).text();
  assert.match(saved, /Målet er gemt\./);
  assert.match(saved, /<td>2026-01-01<\/td><td>2030-12-31<\/td>/);
  assert.match(
    saved,
    /<td>2031-01-01<\/td><td>Indtil videre<\/td><td>Økonomiudvalget<\/td><td>ØU 2030-11-04, pkt. 2<\/td>/,
  );
  const stored = await levels.targets.list();
  const overlap = await admin.submit('/admin/service-levels', { ...fields, validTo: '2031-12-31' });
  assert.equal(overlap.status, 400);
  assert.match(
    await overlap.text(),
    /Perioden overlapper versionen 2031-01-01 – … \(beslutning ØU 2030-11-04, pkt. 2\)\. Vælg en periode, der ikke overlapper\./,
  );
  const bad = await admin.submit('/admin/service-levels', { ...fields, targetPercent: 'ni', validFrom: '2032-02-30' });
  assert.equal(bad.status, 400);
  const badPage = await bad.text();
  assert.match(badPage, /Skriv målet som et helt tal fra 1 til 100\./);
  assert.match(badPage, /Skriv en dato som ÅÅÅÅ-MM-DD\./);
  assert.deepEqual(await levels.targets.list(), stored);
  const english = await (await admin.follow('/admin/service-levels?lang=en')).text();
  assert.match(english, /<td>2031-01-01<\/td><td>Until further notice<\/td>/);
});

test('anyone sees the published processing times without logging in', async () => {
  const visitor = new TestClient(app.url);
  const response = await visitor.follow('/processing-times');
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, /<th scope="row">Byggetilladelse<\/th><td>28 arbejdsdage<\/td>/);
  assert.match(html, /\d\. kvartal \d{4}/);
  const english = await (await visitor.follow('/processing-times?lang=en')).text();
  assert.match(english, /<th scope="row">Building permit<\/th><td>28 working days<\/td>/);
});

test('the caseworker sees the case at risk and its drafted § 3 letter; a notice without reason is refused', async () => {
  const list = await (await caseworker.follow('/staff/processing-notices')).text();
  assert.match(list, /<th scope="row">Boligstøtte<\/th>/);
  assert.ok(list.includes(`href="/staff/cases/${atRisk.caseId}/processing-notice"`));
  const page = await caseworker.form(`/staff/cases/${atRisk.caseId}/processing-notice`);
  assert.match(page.html, /Din sag om Boligstøtte: afgørelsen bliver forsinket/);
  assert.match(page.html, /retssikkerhedslovens § 3, stk\. 2/);
  const english = await (await caseworker.follow(`/staff/cases/${atRisk.caseId}/processing-notice?lang=en`)).text();
  assert.match(english, /<h1>Notice of a delayed decision<\/h1>/);
  const refused = await caseworker.submit(`/staff/cases/${atRisk.caseId}/processing-notice?lang=da`, {
    _csrf: page.csrf,
    reason: '',
    expectedDay: atRisk.deadlineDay,
  });
  assert.equal(refused.status, 400);
  const refusedPage = await refused.text();
  assert.match(refusedPage, /Skriv årsagen til forsinkelsen\./);
  assert.ok(refusedPage.includes(`Vælg en dato efter den offentliggjorte frist (${atRisk.deadlineDay}).`));
  assert.equal(
    (await app.raadhus.services.post.lettersForCase(atRisk.caseId, { personId: await personId(app.raadhus, 13) }))
      .length,
    0,
  );
});

test('the service-level pages pass axe in both languages', { timeout: 300_000 }, async () => {
  const browser: TestBrowser = await launchBrowser();
  const problems: string[] = [];
  try {
    const scan = async (page: Page, url: string) => {
      await page.goto(`${app.url}${url}`);
      for (const violation of await axeViolations(page))
        problems.push(`${url}: ${violation.id} ${violation.targets.join(', ')}`);
    };
    const managerPage = await signedInPage(browser, app.url, 'staff-manager-1');
    const adminPage = await signedInPage(browser, app.url, 'staff-admin-1');
    const visitor = await (await browser.newContext()).newPage();
    const casePage = await signedInPage(browser, app.url, 'staff-caseworker-1');
    for (const lang of ['da', 'en']) {
      await scan(managerPage, `/staff/service-levels?${february}&lang=${lang}`);
      await scan(managerPage, `/staff/service-levels?from=x&lang=${lang}`);
      await scan(adminPage, `/admin/service-levels?lang=${lang}`);
      await scan(adminPage, `/admin/service-levels/new?lang=${lang}`);
      await adminPage.locator('form[action="/admin/service-levels"] button[type="submit"]').click();
      assert.equal(await adminPage.locator('.alert-error').count(), 1);
      for (const violation of await axeViolations(adminPage)) problems.push(`refused target: ${violation.id}`);
      await scan(visitor, `/processing-times?lang=${lang}`);
      await scan(casePage, `/staff/processing-notices?lang=${lang}`);
      await scan(casePage, `/staff/cases/${atRisk.caseId}/processing-notice?lang=${lang}`);
      await scan(casePage, `/staff/cases/${atRisk.caseId}?lang=${lang}`);
      await scan(casePage, `/staff/cases?caseType=housing-benefit&sort=deadline&dir=desc&lang=${lang}`);
      await casePage.goto(`${app.url}/staff/cases/${atRisk.caseId}/processing-notice?lang=${lang}`);
      await casePage.locator('form[action$="/processing-notice"] button[type="submit"]').click();
      assert.equal(await casePage.locator('.alert-error').count(), 1);
      for (const violation of await axeViolations(casePage)) problems.push(`refused notice: ${violation.id}`);
    }
  } finally {
    await browser.close();
  }
  assert.deepEqual(problems, []);
});

test('the case page and the work queue warn of the § 3 notice with its deadline; the letter sent reaches the party', async () => {
  const letterLink = `href="/staff/cases/${atRisk.caseId}/processing-notice"`;
  const casePage = await (await caseworker.follow(`/staff/cases/${atRisk.caseId}?lang=da`)).text();
  assert.match(casePage, /<p class="alert-heading">Sagen kræver handling<\/p>/);
  assert.ok(
    casePage.includes(
      `Sagen når ikke at blive afgjort inden for den offentliggjorte sagsbehandlingstid, som udløber den ${formatDay(atRisk.deadlineDay, 'da')}. Parten skal underrettes efter retssikkerhedslovens § 3.`,
    ),
  );
  assert.ok(casePage.includes(`<a ${letterLink}>Se og send § 3-brevet</a>`));
  const english = await (await caseworker.follow(`/staff/cases/${atRisk.caseId}?lang=en`)).text();
  assert.match(english, /<p class="alert-heading">The case needs action<\/p>/);
  assert.ok(
    english.includes(
      `The case will not be decided within its published processing time, which runs out on ${formatDay(atRisk.deadlineDay, 'en')}.`,
    ),
  );
  assert.ok(english.includes(`<a ${letterLink}>Review and send the section 3 letter</a>`));
  const queue = `/staff/cases?caseType=housing-benefit&sort=deadline&dir=desc`;
  const queueDa = await (await caseworker.follow(`${queue}&lang=da`)).text();
  const reference = new RegExp(`href="/staff/cases/${atRisk.caseId}">([^<]+)</a>`).exec(queueDa)?.[1];
  assert.ok(reference, 'the case is in the work queue');
  assert.ok(queueDa.includes(`som udløber den ${formatDay(atRisk.deadlineDay, 'da')}.`));
  assert.ok(
    queueDa.includes(
      `<a ${letterLink}><span>Se og send § 3-brevet</span><span class="sr-only"> ${reference}</span></a>`,
    ),
  );
  const queueEn = await (await caseworker.follow(`${queue}&lang=en`)).text();
  assert.ok(queueEn.includes(`<span>Review and send the section 3 letter</span>`));
  // the caseworker follows the link, and sends the drafted letter
  const letter = await caseworker.form(`/staff/cases/${atRisk.caseId}/processing-notice?lang=da`);
  const expectedDay = addDays(atRisk.deadlineDay, 30);
  const sent = await caseworker.submit(
    `/staff/cases/${atRisk.caseId}/processing-notice?lang=da`,
    {
      _csrf: letter.csrf,
      reason: 'Vi afventer en udtalelse fra Skattestyrelsen.',
      expectedDay,
    },
    { follow: false },
  );
  assert.equal(sent.status, 303);
  const after = await (await caseworker.follow(`/staff/cases/${atRisk.caseId}?lang=da`)).text();
  assert.doesNotMatch(after, /Sagen kræver handling/);
  assert.ok(!after.includes(letterLink));
  // the party finds the letter in their digital post, with the reason and the new expected date
  const party = new TestClient(app.url);
  await party.login(`citizen-${citizenCpr(13)}`);
  const inbox = await (await party.follow('/post')).text();
  assert.match(inbox, /Din sag om Boligstøtte: afgørelsen bliver forsinket/);
  const messageId = /href="\/post\/messages\/([^"/]+)"/.exec(inbox)?.[1];
  const message = await (await party.follow(`/post/messages/${messageId}`)).text();
  assert.match(message, /Årsagen er: Vi afventer en udtalelse fra Skattestyrelsen\./);
  assert.ok(message.includes(formatDay(expectedDay, 'da')) || message.includes(expectedDay));
});

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
