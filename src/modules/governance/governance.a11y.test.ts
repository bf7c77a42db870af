import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '#test-support/test-app.ts';
import { type TestBrowser, signedInPage, startAppAndBrowser, axeScanner } from '#test-support/browser.ts';
import { systemId } from './test-support/governance-fixtures.ts';

/** The governance pages, a refused form among them, scanned with axe (WCAG 2.1 A/AA) in Danish and English. */
let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

test('the register, a system page, the security page, the architecture pages, the action plan, the roles transfer, the system, initiative and KITOS forms, refused forms and the owner’s page pass axe in both languages', {
  timeout: 300_000,
}, async () => {
  const { problems, scan } = axeScanner();
  const owner = await signedInPage(browser, app.url, 'staff-system-owner-1');
  const system = `${app.url}/staff/governance/systems/${await systemId(app.raadhus, 'Sagsbehandlingssystemet')}`;
  const manager = await signedInPage(browser, app.url, 'staff-manager-1');
  const admin = await signedInPage(browser, app.url, 'staff-admin-1');
  for (const lang of ['da', 'en'] as const) {
    await admin.goto(`${app.url}/admin/governance/roles?lang=${lang}`);
    await admin.locator('form[action$="/roles/transfer"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1, 'no one chosen: refused');
    await scan(admin, `roles transfer refused (${lang})`);
    await admin.goto(`${app.url}/admin/governance/systems/new?lang=${lang}`);
    await admin.fill('#field-name', 'Sagsbehandlingssystemet');
    await admin.fill('#field-supplier', 'Ny leverandør');
    await admin.locator('form[action$="/admin/governance/systems"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1, 'a name the register has: refused');
    await scan(admin, `new system refused (${lang})`);
    await admin.goto(`${app.url}/admin/governance/kitos?lang=${lang}`);
    await admin.locator('form[action$="/admin/governance/kitos"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1, 'no file: refused');
    await scan(admin, `KITOS import refused (${lang})`);
    await admin.goto(`${system}?lang=${lang}`);
    await admin.locator('form[action$="/roles"] button[type="submit"]').click();
    assert.equal(await admin.locator('.alert-error').count(), 1, 'no one chosen: refused');
    await scan(admin, `system page with a refused role (${lang})`);
    await owner.goto(`${system}/edit?lang=${lang}`);
    await scan(owner, `system editor (${lang})`);
    await manager.goto(`${app.url}/staff/governance/plan/initiatives/new?lang=${lang}`);
    await manager.fill('#field-title', 'Chatbot');
    await manager.locator('form[action$="/initiatives"] button[type="submit"]').click();
    assert.equal(await manager.locator('.alert-error').count(), 1, 'no owner, no budget: refused');
    await scan(manager, `new initiative refused (${lang})`);
    await manager.goto(`${app.url}/staff/governance/architecture?lang=${lang}`);
    await manager.fill('#field-title', 'Ny platform');
    await manager.locator('form[action$="/decisions"] button[type="submit"]').click();
    assert.equal(await manager.locator('.alert-error').count(), 1, 'no description, no date: refused');
    await scan(manager, `architecture page with a refused decision (${lang})`);
    await manager.locator('table a[href*="/decisions/"]').first().click();
    await scan(manager, `decision page (${lang})`);
    await manager.goto(`${app.url}/staff/governance/plan?lang=${lang}`);
    assert.ok((await manager.locator('table tbody tr').count()) >= 4, 'initiatives and gains');
    await scan(manager, `action plan board (${lang})`);
    await owner.goto(`${app.url}/staff/governance/my-systems?lang=${lang}`);
    assert.equal(await owner.locator('.badge-warning').count(), 1, 'last month is amber');
    await scan(owner, `owner page (${lang})`);
    await owner.goto(`${app.url}/staff/governance/systems?lang=${lang}`);
    await scan(owner, `register (${lang})`);
    await owner.goto(`${system}?lang=${lang}`);
    await scan(owner, `system page (${lang})`);
    for (const [field, value] of [
      ['supplier', 'Ny leverandør'],
      ['contractNumber', 'K-1'],
      ['paymentModel', 'Licens'],
      ['costBudget', '-5'],
    ])
      await owner.fill(`#field-${field}`, value);
    await owner.locator('form[action$="/contracts"] button[type="submit"]').click();
    assert.equal(await owner.locator('.alert-error').count(), 1);
    await scan(owner, `system page with a refused contract (${lang})`);
    await owner.goto(`${system}/security?lang=${lang}`);
    await owner.fill('#field-threat', 'Ransomware');
    await owner.locator('form[action$="/risks"] button[type="submit"]').click();
    assert.equal(await owner.locator('.alert-error').count(), 1, 'no property chosen: refused');
    await scan(owner, `security page with a refused risk (${lang})`);
  }
  assert.deepEqual(problems, []);
});
