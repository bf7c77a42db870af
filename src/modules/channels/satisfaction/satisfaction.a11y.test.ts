import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, type TestBrowser, signedInPage } from '#test-support/browser.ts';
import { signedToken } from '#platform/http/signed-link.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import { SatisfactionService } from './satisfaction.service.ts';

/**
 * The survey behind its signed link (no login): the question, a refused answer, the thanks and a refused link; and
 * the managers' answers and comments: scanned with axe (WCAG 2.1 A/AA) in Danish and English, answered by keyboard.
 */
let app: TestApp;
let browser: TestBrowser;
let satisfaction: SatisfactionService;
before(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const { identity, cases, channels, notify } = app.raadhus.services;
  satisfaction = new SatisfactionService(app.raadhus.database.db, {
    purposes: channels.purposes,
    caseTypes: cases,
    notify,
    identity,
    secret: app.raadhus.config.sessionSecret,
  });
});
after(async () => {
  await browser?.close();
  await app?.close();
});

/** An invitation for a demo citizen (e-mail to the development outbox); the path of its link. */
async function invitation(index: number): Promise<string> {
  const person = (await app.raadhus.services.identity.findPersonByCpr(demoCitizens[index].cpr))!;
  const db = app.raadhus.database.db;
  const sourceKey = `inquiry:00000000-0000-4000-8000-00000000000${index}`;
  await db.transaction().execute((trx) =>
    satisfaction.invite(trx, {
      sourceKey,
      personId: person.id,
      service: { kind: 'purpose', code: 'passport', name: { da: 'Pas', en: 'Passport' } },
      channel: 'attendance',
      departmentCode: 'borgerservice',
      at: new Date(),
    }),
  );
  const row = await db
    .withTables<{ channels_survey_invitations: { id: string; source_key: string; expires_at: Date } }>()
    .selectFrom('channels_survey_invitations')
    .select(['id', 'expires_at'])
    .where('source_key', '=', sourceKey)
    .executeTakeFirstOrThrow();
  return `/survey/${signedToken('channels-survey', app.raadhus.config.sessionSecret, row.id, row.expires_at)}`;
}

test('the survey and the managers’ satisfaction pages pass axe in both languages', { timeout: 300_000 }, async () => {
  const problems: string[] = [];
  const scan = async (page: Page, name: string) => {
    for (const violation of await axeViolations(page))
      problems.push(`${name}: ${violation.id} ${violation.targets.join(', ')}`);
  };
  const anonymous = await (await browser.newContext()).newPage();
  const manager = await signedInPage(browser, app.url, 'staff-manager-1');
  const links = { da: await invitation(1), en: await invitation(2) };
  for (const lang of ['da', 'en'] as const) {
    await anonymous.goto(`${app.url}${links[lang]}?lang=${lang}`);
    assert.equal(await anonymous.locator('fieldset legend').count(), 1, `one question (${lang})`);
    await scan(anonymous, `survey (${lang})`);
    await anonymous.locator('form button[type="submit"]').click();
    assert.equal(await anonymous.locator('.form-error').count(), 1, `no score: refused (${lang})`);
    await scan(anonymous, `survey refused (${lang})`);
    // by keyboard: the fourth score, a comment, send
    await anonymous.locator('#field-score-4').focus();
    await anonymous.keyboard.press('Space');
    await anonymous.locator('#field-comment').fill(lang === 'da' ? 'Fin betjening' : 'Good service');
    await anonymous.locator('form button[type="submit"]').press('Enter');
    await anonymous.waitForURL(/notice=answered/);
    assert.equal(await anonymous.locator('.alert-success').count(), 1);
    await scan(anonymous, `survey answered (${lang})`);
    await anonymous.goto(`${app.url}/survey/not-a-token?lang=${lang}`);
    await scan(anonymous, `survey link refused (${lang})`);

    await manager.goto(`${app.url}/staff/service-levels/satisfaction?lang=${lang}`);
    assert.equal((await manager.locator('table tbody tr').count()) >= 1, true, `a row of answers (${lang})`);
    await scan(manager, `satisfaction figures (${lang})`);
    await manager.goto(`${app.url}/staff/service-levels/satisfaction/comments?lang=${lang}`);
    await scan(manager, `satisfaction comments (${lang})`);
  }
  assert.deepEqual(problems, []);
});
