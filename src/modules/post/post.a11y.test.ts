import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { axeViolations, launchBrowser, loginByClicking, type TestBrowser } from '#test-support/browser.ts';
import { caseworkerPrincipal, demoCpr, personId } from './test-support/post-test-helpers.ts';

let app: TestApp;
let browser: TestBrowser;
before(async () => {
  app = await startTestApp({ RUN_MODE: 'web' }); // no queue workers: the bulk letter below stays "running" for its page
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await app?.close();
});

const problems: string[] = [];
async function scan(page: Page, path: string, action?: (page: Page) => Promise<void>) {
  for (const lang of ['da', 'en'] as const) {
    await page.goto(`${app.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
    if (action) await action(page);
    for (const violation of await axeViolations(page))
      problems.push(
        `${path}${action ? ' (after submit)' : ''} [${lang}]: ${violation.id} ${violation.targets.join(', ')}`,
      );
  }
}
const submitEmpty = (button: RegExp) => async (page: Page) => {
  await page.getByRole('button', { name: button }).click();
  await page.waitForLoadState();
  assert.ok((await page.locator('.alert-error').count()) > 0, `an error summary after submitting ${page.url()}`);
};

test('post pages pass axe in Danish and English, error states included', { timeout: 300_000 }, async () => {
  const citizenCpr = demoCpr(0);
  const actor = await caseworkerPrincipal(app.raadhus);
  const { messageId } = await app.raadhus.services.post.sendLetter(app.raadhus.database.db, actor, {
    recipient: { personId: await personId(app.raadhus, citizenCpr) },
    subject: 'Partshøring',
    body: 'Svar gerne',
    replyAllowed: true,
  });
  const citizenId = await personId(app.raadhus, citizenCpr);
  const replyId = await app.raadhus.services.post.reply(
    { kind: 'citizen', id: citizenId, name: 'Anne', roles: ['citizen'] },
    messageId,
    { body: 'Mit svar' },
  );
  const memoXml = (await readFile(new URL('./memo/examples/MeMo_Full_Example.xml', import.meta.url), 'utf8'))
    .replace(/(<memo:Recipient>\s*<memo:recipientID>)[^<]*/, `$1${citizenCpr}`)
    .replace(
      '8C2EA15D-61FB-4BA9-9366-42F8B194C114</memo:messageUUID>\n\t\t<memo:messageID>',
      `${randomUUID()}</memo:messageUUID>\n\t\t<memo:messageID>`,
    );
  const memo = await app.raadhus.services.post.memo.receive(actor, memoXml);
  const bulk = await app.raadhus.services.post.bulk.create(actor, {
    subject: 'Til alle',
    body: 'Kære {{name}}',
    replyAllowed: false,
    source: 'everyone',
  });
  await app.raadhus.services.post.bulk.runChunk(bulk.id, { limit: 3, continue: false });

  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await loginByClicking(citizen, app.url, `citizen-${citizenCpr}`, 'citizen');
  await scan(citizen, '/post');
  await scan(citizen, '/post?folder=sent');
  await scan(citizen, '/post?q=ingenting');
  await scan(citizen, '/post/new', submitEmpty(/Send beskeden|Send the message/));
  await scan(citizen, `/post/messages/${messageId}`, submitEmpty(/Send svar|Send reply/));
  await scan(citizen, `/post/messages/${memo.id}`);
  await citizenContext.close();

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginByClicking(staff, app.url, 'staff-caseworker-1', 'staff');
  await scan(staff, '/staff/post');
  await scan(staff, '/staff/post?view=received');
  await scan(staff, `/staff/post/messages/${messageId}`);
  await scan(staff, `/staff/post/messages/${memo.id}`);
  await scan(staff, `/staff/post/messages/${replyId}`, submitEmpty(/Send svaret|Send the answer/));
  await scan(staff, '/staff/post/new', submitEmpty(/Send brevet|Send the letter/));
  await scan(staff, '/staff/post/bulk', submitEmpty(/Start udsendelsen|Start sending/));
  await scan(staff, `/staff/post/bulk/${bulk.id}`);
  await staffContext.close();

  const deskContext = await browser.newContext();
  const desk = await deskContext.newPage();
  await loginByClicking(desk, app.url, 'staff-front-desk-1', 'staff');
  await scan(desk, '/staff/post/print');
  await scan(desk, '/staff/post/exemptions', submitEmpty(/^(Registrér|Record)$/));
  await deskContext.close();
  assert.deepEqual(problems, []);
});
