import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '#test-support/test-app.ts';
import { type TestBrowser, signedInPage, startAppAndBrowser, axeScanner } from '#test-support/browser.ts';
import { integrationClient, personId, staffPrincipal, tinyPdf } from '#modules/cases/test-support/case-fixtures.ts';

/**
 * The openness pages scanned with axe (WCAG 2.1 A/AA) in Danish and English: the post list (found, refused), asking
 * for access (form, refused, receipt), the caseworker's request (list, detail, refused redaction, decided with its
 * link), the delivered copy behind the link, the department's letters and one letter with its exclusion form, and the administrator's rules.
 */
let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

test('the post list, the request, its handling and the rules pass axe in both languages', {
  timeout: 300_000,
}, async () => {
  const { problems, scan } = axeScanner();
  const visitor = await (await browser.newContext()).newPage();
  const bent = await signedInPage(browser, app.url, 'staff-caseworker-4');
  const admin = await signedInPage(browser, app.url, 'staff-admin-1');
  for (const lang of ['da', 'en'] as const) {
    await visitor.goto(`${app.url}/postliste?lang=${lang}`);
    assert.ok((await visitor.locator('table tbody tr').count()) >= 2, 'the list has letters');
    await scan(visitor, `post list (${lang})`);
    await visitor.goto(`${app.url}/postliste?from=1900-01-01&to=2026-01-01&lang=${lang}`);
    await scan(visitor, `post list refused (${lang})`);

    await visitor.goto(`${app.url}/postliste?q=tegninger&lang=${lang}`);
    await visitor.locator('table tbody a[href^="/aktindsigt?entry="]').first().click();
    await visitor.waitForURL(/\/aktindsigt\?entry=/);
    await scan(visitor, `request form (${lang})`);
    await visitor.locator('#field-email').fill('ikke en adresse');
    await visitor.locator('form[action="/aktindsigt"] button[type="submit"]').click();
    assert.equal(await visitor.locator('.alert-error').count(), 1);
    await scan(visitor, `request refused (${lang})`);
    await visitor.locator('#field-email').fill(`journalist-${lang}@example.com`);
    await visitor.locator('form[action="/aktindsigt"] button[type="submit"]').click();
    await visitor.waitForLoadState();
    await scan(visitor, `request received (${lang})`);

    await bent.goto(`${app.url}/staff/openness?lang=${lang}`);
    await scan(bent, `requests (${lang})`);
    await bent.locator('table tbody a[href^="/staff/openness/requests/"]').first().click();
    await bent.waitForURL(/\/staff\/openness\/requests\//);
    await scan(bent, `request detail (${lang})`);
    await bent.locator('#field-passage').fill('ikke i dokumentet');
    await bent.locator('form[action$="/redactions"] button[type="submit"]').click();
    await bent.waitForLoadState();
    assert.equal(await bent.locator('.alert-error').count(), 1);
    await scan(bent, `redaction refused (${lang})`);
    await bent.locator('#field-decision-partial').check();
    await bent.locator('#field-reason').fill('Begrundelse');
    await bent.locator('form[action$="/decision"] button[type="submit"]').click();
    await bent.waitForLoadState();
    await scan(bent, `request decided (${lang})`);
    const link = await bent.locator('a[href*="/aktindsigt/download/"]').getAttribute('href');
    await visitor.goto(`${link}?lang=${lang}`);
    await scan(visitor, `delivered copy (${lang})`);

    await bent.goto(`${app.url}/staff/openness/entries?lang=${lang}`);
    assert.ok((await bent.locator('table tbody tr').count()) >= 1, 'the department has letters');
    await scan(bent, `department letters (${lang})`);
    await bent.goto(`${app.url}/staff/openness/entries?reference=%3C%3E&lang=${lang}`);
    await scan(bent, `department letters refused (${lang})`);
    await bent.goto(`${app.url}/staff/openness/entries?lang=${lang}`);
    await bent.locator('table tbody a[href^="/staff/openness/entries/"]').first().click();
    await bent.waitForURL(/\/staff\/openness\/entries\//);
    await scan(bent, `letter (${lang})`);

    await admin.goto(`${app.url}/admin/openness?lang=${lang}`);
    await scan(admin, `rules (${lang})`);
  }
  assert.deepEqual(problems, []);
});

test("a party's request with the case's document and internal note passes axe in both languages", async () => {
  const { cases, openness } = app.raadhus.services;
  const applicant = { personId: await personId(app.raadhus, 9) };
  const created = await cases.createCase(app.raadhus.database.db, integrationClient, {
    caseTypeCode: 'building-permit',
    applicant,
    channel: 'api',
    fields: {},
  });
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-4');
  await cases.records.addDocument(caseworker, created.caseId, {
    content: await tinyPdf(),
    filename: 'tegning.pdf',
    documentType: 'attachment',
    title: 'Tegning',
  });
  await cases.records.addNote(caseworker, created.caseId, 'Besigtigelse aftalt.');
  const party = { kind: 'citizen' as const, id: applicant.personId, name: 'A', roles: ['citizen' as const] };
  const { id } = await openness.requests.submit(party, {
    entryIds: [],
    description: '',
    kind: 'party',
    caseReference: created.reference,
  });
  const { problems, scan } = axeScanner();
  const bent = await signedInPage(browser, app.url, 'staff-caseworker-4');
  for (const lang of ['da', 'en'] as const) {
    await bent.goto(`${app.url}/staff/openness/requests/${id}?lang=${lang}`);
    assert.equal(await bent.locator('main section').count(), 2, 'the document and the note');
    await scan(bent, `party request with case records (${lang})`);
  }
  assert.deepEqual(problems, []);
});
