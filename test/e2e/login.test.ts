import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestApp } from '#test-support/test-app.ts';
import { loginByClicking, type TestBrowser, startAppAndBrowser } from '#test-support/browser.ts';

let app: TestApp;
let browser: TestBrowser;
startAppAndBrowser((started) => ({ app, browser } = started));

test('a citizen logs in by clicking and sees their name on "my page"', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginByClicking(page, app.url, 'citizen-0101500100', 'citizen');
  assert.equal(new URL(page.url()).pathname, '/my');
  assert.equal(await page.locator('h1').count(), 1);
  assert.match(await page.locator('main').innerText(), /Anne Testesen/);
  await context.close();
});

test('a business representative logs in by clicking and sees the business on "my page"', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginByClicking(page, app.url, 'business-29189838', 'business');
  assert.equal(new URL(page.url()).pathname, '/my');
  assert.match(await page.locator('main').innerText(), /Demo Tømrer ApS/);
  await context.close();
});

test('a caseworker logs in by clicking and lands on the staff start page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginByClicking(page, app.url, 'staff-caseworker-1', 'staff');
  assert.equal(new URL(page.url()).pathname, '/staff');
  assert.match(await page.locator('h1').innerText(), /Sara Sagsbehandler/);
  await context.close();
});

test('logging out ends the session in Raadhus and at the identity provider', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginByClicking(page, app.url, 'citizen-0202521107', 'citizen');
  assert.match(await page.locator('main').innerText(), /Bo Prøvesen/);

  // Log af → the identity provider asks whether to end its session too → yes → back on the start page.
  await page.getByRole('button', { name: 'Log af' }).click();
  await page.waitForURL(/\/idp\/session\/end/);
  await page.getByRole('button', { name: 'Ja, log mig af' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  assert.equal(
    await page.getByRole('button', { name: 'Log af' }).count(),
    0,
    'the header no longer shows a logged-in user',
  );

  // Raadhus: the session is gone, so "my page" sends the browser to log in again …
  const direct = await context.request.get(`${app.url}/my`, { maxRedirects: 0, headers: { accept: 'text/html' } });
  assert.equal(direct.status(), 302);
  assert.match(direct.headers().location ?? '', /^\/auth\/login\?returnTo=%2Fmy/);
  await page.goto(`${app.url}/my`);
  // … and the identity provider has no session either: it shows the picker instead of logging straight back in.
  await page.waitForURL(/\/idp\/interaction\//);
  assert.match(await page.locator('h1').innerText(), /Test-identitetsudbyder/);
  await context.close();
});

test('while the identity provider session lives, a second login skips the picker (so the logout test can fail)', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginByClicking(page, app.url, 'citizen-0303542114', 'citizen');
  // End only the Raadhus session by deleting its cookie: the IdP still knows the browser.
  await context.clearCookies({ name: 'raadhus_session' });
  await page.goto(`${app.url}/my`);
  await page.waitForURL((url) => url.pathname === '/my');
  assert.match(await page.locator('main').innerText(), /Camilla Demo-Hansen/);
  await context.close();
});
