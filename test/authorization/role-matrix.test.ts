import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';
import { can } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { RegisteredRoute } from '#platform/http/route-registry.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { browserFor, browserUsers } from '#test-support/browser-users.ts';

/**
 * For every route that names a permission (or needs a login), every role that may not call it is
 * refused — and nothing in the database changes. Routes are read from the route registry, so the
 * routes every module adds are covered without touching this file.
 */

interface Caller {
  label: string;
  /** the principal `can()` judges: what this caller would be if it got through */
  principal?: Principal;
  client: TestClient;
  /** a valid CSRF token for this browser's session (form POSTs) */
  csrf?: string;
  /** Bearer key for API calls; a function of the route's permission for the integration clients */
  bearer?: (permission: string | undefined) => string | undefined;
}

let app: TestApp;
let routes: readonly RegisteredRoute[];
const callers: Caller[] = [];

before(async () => {
  app = await startTestApp();
  routes = app.raadhus.http!.routeRegistry.all();
  for (const user of browserUsers('0101500100')) {
    const { client, csrf } = await browserFor(app.url, user.account);
    const principal = user.kind
      ? { kind: user.kind, id: randomUUID(), name: user.label, roles: [user.role!] }
      : undefined;
    callers.push({ label: user.label, principal, client, csrf });
  }
  // Integration clients: one holding every scope except the route's own, and one holding every scope a
  // client can be given (only actions that allow 'integration' can be scopes at all).
  const identity = app.raadhus.services.identity;
  const allScopes = [...identity.integrationScopes];
  const withoutScope = new Map<string, string>();
  for (const permission of app.raadhus.permissions.keys()) {
    withoutScope.set(
      permission,
      (
        await createTestApiClient(app.raadhus, {
          name: `without ${permission}`,
          scopes: allScopes.filter((scope) => scope !== permission),
        })
      ).key,
    );
  }
  const noScopes = (await createTestApiClient(app.raadhus, { name: 'no scopes', scopes: [] })).key;
  const everything = (await createTestApiClient(app.raadhus, { name: 'every scope', scopes: allScopes })).key;
  callers.push({
    label: 'integration client without the scope',
    principal: { kind: 'client', id: randomUUID(), name: 'without', roles: ['integration'], scopes: [] },
    client: new TestClient(app.url),
    bearer: (permission) => (permission ? withoutScope.get(permission) : noScopes),
  });
  callers.push({
    label: 'integration client with the scope',
    principal: { kind: 'client', id: randomUUID(), name: 'with', roles: ['integration'], scopes: allScopes },
    client: new TestClient(app.url),
    bearer: () => everything,
  });
});
after(async () => {
  await app?.close();
});

const concretePath = (url: string) => url.replace(/:[A-Za-z0-9_]+/g, () => randomUUID()).replace(/\*/g, 'x');

function allowed(caller: Caller, route: RegisteredRoute): boolean {
  if (!caller.principal) return false;
  if (route.permission) return can(caller.principal, route.permission);
  return true; // access: 'authenticated'
}

/** Whether the caller actually authenticates on this route: cookies count on pages only, Bearer keys on the API only. */
const authenticatesOn = (caller: Caller, route: RegisteredRoute) =>
  route.api ? Boolean(caller.bearer) : Boolean(caller.principal) && !caller.bearer;

async function call(caller: Caller, route: RegisteredRoute): Promise<Response> {
  const path = concretePath(route.url);
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (route.api) {
    headers.accept = 'application/json';
    const key = caller.bearer?.(route.permission);
    if (key) headers.authorization = `Bearer ${key}`;
    if (route.method !== 'GET' && route.method !== 'DELETE') {
      headers['content-type'] = 'application/json';
      headers['idempotency-key'] = randomUUID();
      body = '{}';
    }
  } else if (route.method !== 'GET') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams({ _csrf: caller.csrf ?? '' }).toString();
  }
  return caller.client.request(path, { method: route.method, headers, body });
}

function assertRefused(caller: Caller, route: RegisteredRoute, response: Response): void {
  const what = `${caller.label} → ${route.method} ${route.url} (${route.permission ?? route.access})`;
  const signedIn = authenticatesOn(caller, route);
  if (!signedIn && !route.api && route.method === 'GET') {
    assert.equal(response.status, 302, `${what}: expected a redirect to log in, got ${response.status}`);
    assert.match(response.headers.get('location') ?? '', /^\/auth\/login\?returnTo=/, what);
    return;
  }
  assert.equal(
    response.status,
    signedIn ? 403 : 401,
    `${what}: expected ${signedIn ? 403 : 401}, got ${response.status}`,
  );
  if (route.api) assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, what);
}

test('the route registry lists the platform routes with what they declare', () => {
  const find = (method: string, url: string) => routes.find((route) => route.method === method && route.url === url);
  assert.equal(find('GET', '/my')?.permission, 'self:home');
  assert.equal(find('GET', '/staff')?.permission, 'staff:home');
  assert.equal(find('GET', '/admin/audit')?.permission, 'audit:read');
  assert.equal(find('GET', '/')?.access, 'public');
  assert.equal(find('POST', '/auth/logout')?.access, 'public');
  assert.ok(!routes.some((route) => route.method === 'HEAD'), 'HEAD twins of GET routes are not listed twice');
});

test('every role without the permission is refused on every protected route, and nothing changes', async () => {
  const protectedRoutes = routes.filter((route) => route.permission || route.access === 'authenticated');
  assert.ok(protectedRoutes.length >= 5, `expected the platform's protected routes, found ${protectedRoutes.length}`);
  const before = await snapshotTables(app.raadhus.database.db);
  const failures: string[] = [];
  let refusals = 0;
  for (const route of protectedRoutes) {
    for (const caller of callers) {
      if (allowed(caller, route) && authenticatesOn(caller, route)) continue;
      const response = await call(caller, route);
      await response.arrayBuffer();
      try {
        assertRefused(caller, route, response);
        refusals++;
      } catch (error) {
        failures.push((error as Error).message);
      }
    }
  }
  const after = await snapshotTables(app.raadhus.database.db);
  assert.deepEqual(failures, [], `routes that did not refuse:\n${failures.join('\n')}`);
  assert.deepEqual(changedTables(before, after), [], 'refused requests changed stored data');
  console.log(`${refusals} refusals checked on ${protectedRoutes.length} protected routes`);
  assert.ok(refusals > protectedRoutes.length, `only ${refusals} refusals checked`);
});

test('the matrix itself can fail: an allowed caller is not refused', async () => {
  const administrator = callers.find((caller) => caller.label === 'administrator')!;
  const response = await administrator.client.request('/admin/audit');
  assert.equal(response.status, 200);
  const citizen = callers.find((caller) => caller.label === 'citizen')!;
  assert.equal((await citizen.client.request('/my')).status, 200);
});
