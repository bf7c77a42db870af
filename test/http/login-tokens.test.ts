import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, createPublicKey } from 'node:crypto';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { newSigningKey, StubIdentityProvider } from '#test-support/stub-identity-provider.ts';
import { claimNames } from '#modules/identity/claims.ts';

/**
 * The relying party believes an ID token only when the provider's key signed it: tokens forged, re-signed with
 * another algorithm or dated in the future are refused and log nobody in; a key the provider rotated to is found.
 */

let idp: StubIdentityProvider;
let app: TestApp;
before(async () => {
  idp = await StubIdentityProvider.start();
  app = await startTestApp({
    OIDC_ISSUER: idp.url,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
  });
});
after(async () => {
  await app?.close();
  await idp?.close();
});

const anne = {
  sub: 'nemlogin-anne',
  name: 'Anne Testesen',
  [claimNames.cpr]: '0101500100',
  [claimNames.assurance]: 'Substantial',
};
beforeEach(() => {
  idp.person = anne;
  idp.shape = () => undefined;
  idp.algorithms = ['RS256'];
});

const sessions = async () =>
  (await sql<{ count: number }>`select count(*)::int as count from sessions`.execute(app.raadhus.database.db)).rows[0]
    .count;

/** Runs the code flow in a fresh browser; returns the callback's answer and whether the browser holds a session. */
async function logIn(): Promise<{ status: number; html: string; loggedIn: boolean; client: TestClient }> {
  const client = new TestClient(app.url);
  const login = await client.request('/auth/login');
  assert.equal(login.status, 302);
  const authorize = await fetch(login.headers.get('location')!, { redirect: 'manual' });
  const callback = authorize.headers.get('location')!;
  assert.ok(callback.startsWith(`${app.url}/auth/callback`), 'the provider sends the browser back');
  const response = await client.request(callback);
  const html = await response.text();
  return { status: response.status, html, loggedIn: client.getCookie('raadhus_session') !== undefined, client };
}

async function assertRefused(what: string): Promise<void> {
  const before = await sessions();
  const result = await logIn();
  assert.equal(result.status, 400, `${what}: refused`);
  assert.match(result.html, /Vi kunne ikke logge dig på/, `${what}: the page says the login failed`);
  assert.equal(result.loggedIn, false, `${what}: no session cookie`);
  assert.equal(await sessions(), before, `${what}: no session stored`);
}

test('a genuine token signed with the announced key logs the person in', async () => {
  const result = await logIn();
  assert.equal(result.status, 303, result.html);
  assert.equal(result.loggedIn, true);
  const my = await result.client.request('/my');
  assert.match(await my.text(), /Anne Testesen/);
});

test('a token signed with a foreign key, naming another person, is refused', async () => {
  const attacker = newSigningKey('RS256', idp.current.kid);
  idp.shape = (draft) => {
    draft.claims = { ...draft.claims, name: 'Bo Prøvesen', [claimNames.cpr]: '0202521107' };
    draft.sign = StubIdentityProvider.signWith(attacker.privateKey);
  };
  await assertRefused('foreign key, same kid');
  const unknownKid = newSigningKey('RS256');
  idp.shape = (draft) => {
    draft.header.kid = unknownKid.kid;
    draft.sign = StubIdentityProvider.signWith(unknownKid.privateKey);
  };
  await assertRefused('foreign key, its own kid');
});

test('a rotated key is fetched once when a token names it, and a retired key is refused', async () => {
  assert.equal((await logIn()).status, 303, 'the key set is cached by a first login');
  const requestsBefore = idp.jwksRequests;
  const old = idp.current;
  idp.rotate({ retire: true });
  const rotated = await logIn();
  assert.equal(rotated.status, 303, `a token signed with the new key logs in: ${rotated.html.slice(0, 200)}`);
  assert.equal(idp.jwksRequests, requestsBefore + 1, 'the key set was fetched again, once');
  assert.equal((await logIn()).status, 303, 'the new key set is cached');
  assert.equal(idp.jwksRequests, requestsBefore + 1, 'no fetch for a known key');
  idp.shape = (draft) => {
    draft.header.kid = old.kid;
    draft.sign = StubIdentityProvider.signWith(old.privateKey);
  };
  await assertRefused('the retired key');
});

test('a token whose algorithm is swapped is refused', async () => {
  // The classic confusion: HS256 keyed with the provider's public RSA key, while the provider announces HS256 too.
  idp.algorithms = ['RS256', 'HS256'];
  const publicPem = Buffer.from(
    createPublicKey(idp.current.privateKey).export({ type: 'spki', format: 'pem' }) as string,
  );
  idp.shape = (draft) => {
    draft.header = { alg: 'HS256', kid: idp.current.kid };
    draft.sign = (shaped) => hs256(shaped.header, shaped.claims, publicPem);
  };
  await assertRefused('HS256 keyed with the public key');
  // An EC key the provider publishes, but ES256 is not an algorithm it announced.
  idp.algorithms = ['RS256'];
  const ec = newSigningKey('ES256');
  idp.published = [...idp.published, ec];
  idp.shape = (draft) => {
    draft.header = { alg: 'ES256', kid: ec.kid };
    draft.sign = StubIdentityProvider.signWith(ec.privateKey);
  };
  await assertRefused('ES256, not announced');
  idp.published = idp.published.filter((key) => key !== ec);
  idp.shape = (draft) => {
    draft.header = { alg: 'none' };
    draft.sign = (shaped) => `${b64(shaped.header)}.${b64(shaped.claims)}.`;
  };
  await assertRefused('alg none');
});

test('a token issued in the future beyond a small clock skew is refused; within it, accepted', async () => {
  idp.shape = (draft) => {
    draft.claims.iat = Math.floor(Date.now() / 1000) + 3600;
    draft.claims.exp = Math.floor(Date.now() / 1000) + 3900;
  };
  await assertRefused('issued an hour ahead');
  idp.shape = (draft) => {
    draft.claims.iat = Math.floor(Date.now() / 1000) + 5;
  };
  assert.equal((await logIn()).status, 303, 'five seconds ahead is clock skew');
});

test('wrong issuer, audience, nonce or an expired token are refused as before', async () => {
  for (const [what, change] of [
    ['issuer', { iss: 'https://evil.example' }],
    ['audience', { aud: 'another-client' }],
    ['nonce', { nonce: 'not-the-nonce' }],
    ['expiry', { exp: Math.floor(Date.now() / 1000) - 600, iat: Math.floor(Date.now() / 1000) - 900 }],
  ] as const) {
    idp.shape = (draft) => {
      draft.claims = { ...draft.claims, ...change };
    };
    await assertRefused(what);
  }
});

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function hs256(header: unknown, claims: unknown, secret: Buffer): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
}
