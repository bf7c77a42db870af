import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';

/**
 * Pages for staff beyond the cases: the workflow editor (reasons against their lines, a preview that saves nothing),
 * /admin and the role start pages with their menus, and the audit log and API scopes named in both languages.
 */
let app: TestApp;
let admin: TestClient;
before(async () => {
  app = await startTestApp();
  admin = new TestClient(app.url);
  await admin.login('staff-admin-1');
});
after(async () => {
  await app?.close();
});

const editor = '/admin/case-types/housing-benefit';
const yamlIn = (html: string) =>
  /<textarea[^>]*id="field-definition"[^>]*>([\s\S]*?)<\/textarea>/
    .exec(html)![1]
    .replaceAll('&#34;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
const versions = async () =>
  (
    await sql<{
      count: number;
    }>`select count(*)::int as count from cases_case_type_versions where code = 'housing-benefit'`.execute(
      app.raadhus.database.db,
    )
  ).rows[0]!.count;

test('the preview shows the edited workflow as a diagram and saves nothing; refusals name their line', async () => {
  const page = await (await admin.follow(`${editor}?lang=da`)).text();
  assert.match(page, /class="form-input workflow-yaml"/);
  assert.match(page, /Vis diagrammet uden at gemme/);
  const yaml = yamlIn(page);
  const before = await versions();
  const { csrf } = await admin.form(editor);
  const renamed = yaml.replace('da: Partshøring\n', 'da: Høring af ansøgeren\n');
  assert.notEqual(renamed, yaml);
  const preview = await admin.submit(`${editor}/preview?lang=da`, { _csrf: csrf, definition: renamed });
  assert.equal(preview.status, 200);
  const previewHtml = await preview.text();
  assert.match(previewHtml, /Forhåndsvisning af den rettede arbejdsgang \(ikke gemt\)/);
  assert.match(previewHtml, /Høring af ansøgeren/);
  assert.equal(await versions(), before);
  // a transition to an unknown state: the reason names the line it is written on
  const lines = yaml.split('\n');
  const toLine = lines.findIndex((line) => line.trim() === 'to: consultation') + 1;
  assert.equal(lines[toLine - 1]!.trim(), 'to: consultation');
  assert.ok(toLine > 0);
  const broken = yaml.replace('to: consultation', 'to: nowhere');
  const refused = await admin.submit(`${editor}/preview?lang=da`, { _csrf: csrf, definition: broken });
  assert.equal(refused.status, 400);
  const refusedHtml = await refused.text();
  assert.match(refusedHtml, /Diagrammet kan ikke vises/);
  assert.match(refusedHtml, new RegExp(`Linje ${toLine}: workflow\\.transitions\\.\\d+\\.to`));
  // the indentation typed is given back as typed
  assert.equal(yamlIn(refusedHtml), broken);
  const saved = await admin.submit(`${editor}?lang=en`, {
    _csrf: csrf,
    definition: 'code: housing-benefit\nname: [a\n',
  });
  assert.equal(saved.status, 400);
  assert.match(await saved.text(), /Line 3: /);
  assert.equal(await versions(), before);
});

test('the case types list names departments, and /admin lists the administration pages with what they are for', async () => {
  const list = await (await admin.follow('/admin/case-types?lang=da')).text();
  assert.match(list, /<td>Ydelser[^<]*<\/td>/);
  assert.doesNotMatch(list, /<td>ydelser<\/td>/);
  const landing = await admin.follow('/admin?lang=da');
  assert.equal(landing.status, 200);
  const html = await landing.text();
  for (const [href, description] of [
    ['/admin/staff', 'Giv kommunens medarbejdere roller'],
    ['/admin/api-clients', 'Giv fagsystemer en API-nøgle'],
    ['/admin/case-types', 'Tilpas standardarbejdsgangene'],
    ['/admin/audit', 'Se hvem der har læst eller ændret personoplysninger'],
  ])
    assert.match(html, new RegExp(`href="${href}"[\\s\\S]*?${description}`));
  // the staff menu by role: the administrator's has Administration, not the caseworker's queue
  const menu = /<ul class="mainmenu">([\s\S]*?)<\/ul>/.exec(html)![1];
  assert.match(menu, /href="\/admin"/);
  assert.doesNotMatch(menu, /href="\/staff\/cases"/);
});

test('the system owner and the manager land on what they can do today, with a menu for their role and no "coming soon"', async () => {
  const expectations: Array<[string, RegExp, string[], string[]]> = [
    ['staff-system-owner-1', /Som systemejer læser du revisionsloggen/, ['/admin'], ['/staff/cases', '/staff/post']],
    ['staff-manager-1', /Som leder følger du afdelingens arbejdskø/, ['/staff/cases', '/staff/post'], ['/admin']],
  ];
  for (const [account, today, shown, hidden] of expectations) {
    const client = new TestClient(app.url);
    await client.login(account);
    const html = await (await client.follow('/staff?lang=da')).text();
    assert.match(html, /<h2>Det kan du i dag<\/h2>/);
    assert.match(html, today);
    assert.doesNotMatch(html, /Kommer snart|under udvikling/);
    const menu = /<ul class="mainmenu">([\s\S]*?)<\/ul>/.exec(html)![1];
    for (const href of shown) assert.match(menu, new RegExp(`href="${href}"`), `${account} sees ${href}`);
    for (const href of hidden)
      assert.doesNotMatch(menu, new RegExp(`href="${href}"`), `${account} does not see ${href}`);
  }
});

test('the audit log names actions, actor kinds, objects and the system purposes in the reader language', async () => {
  // the demo letters were sent and audited at start-up
  const danish = await (await admin.follow('/admin/audit?lang=da')).text();
  assert.match(danish, /<td>Brev sendt<\/td>/);
  assert.match(danish, /\(medarbejder\)/);
  assert.match(danish, /\(fagsystem\)/);
  assert.match(danish, /<td>brev [0-9a-f-]{36}<\/td>/);
  assert.match(danish, /<td>brev leveret i digital post<\/td>/);
  assert.doesNotMatch(danish, /\((staff|client)\)|<td>post:send<\/td>|letter delivered/);
  const english = await (await admin.follow('/admin/audit?lang=en')).text();
  assert.match(english, /<td>Letter sent<\/td>/);
  assert.match(english, /\(line-of-business system\)/);
  assert.match(english, /<td>letter delivered to digital post<\/td>/);
  // API scopes are named, with the code integrators use
  const clients = await (await admin.follow('/admin/api-clients?lang=da')).text();
  assert.match(clients, /Slå personer og virksomheder op \(CPR\/CVR\) \(person:lookup\)/);
});
