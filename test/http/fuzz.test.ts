import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TestClient } from '#test-support/http-client.ts';
import { changedTables, snapshotTables } from '#test-support/db-snapshot.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { LogCapture } from '#test-support/log-capture.ts';
import { fuzzCase, type FuzzCase } from '#test-support/fuzz-inputs.ts';
import { browserFor, browserUsers } from '#test-support/browser-users.ts';
import { can } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { t, type Locale } from '#platform/i18n/i18n.ts';
import { pathParameters, type RegisteredRoute } from '#platform/http/route-registry.ts';

/**
 * Property-based fuzzing of every route in the route registry, as every role: generated bodies (form, JSON,
 * multipart, garbage), field values of wrong types, duplicated fields, oversize values, control characters,
 * unicode, path parameters that are not ids (and real ones seen on pages) and query strings. The answer is never a
 * 5xx; a refusal is in the caller's language (a page with its `lang`, a problem document whose title is in the
 * language on /api); and a route whose requests were all refused changed nothing stored. Routes come from the
 * registry, so every new route is fuzzed without touching this file.
 *
 * Bounded for CI: one app, a fixed seed (printed; `FUZZ_SEED` to override, `FUZZ_CASES` cases per route).
 */

const seed = Number(process.env.FUZZ_SEED ?? 15_2026);
const casesPerRoute = Number(process.env.FUZZ_CASES ?? 4);

interface Caller {
  label: string;
  principal?: Principal;
  client: TestClient;
  api: boolean;
  account?: string;
  csrf?: string;
  key?: string;
}

let app: TestApp;
const log = new LogCapture();
const callers: Caller[] = [];
/** field names seen in the forms of pages, so generated bodies also use the routes' real names */
const harvestedNames = new Set<string>();
/** real path parameters seen in links and form actions of pages, by route pattern */
const harvestedParameters = new Map<string, Array<{ caller: string; values: string[] }>>();

before(async () => {
  app = await startTestApp({ LOG_LEVEL: 'error' }, { logStream: log });
  for (const user of browserUsers('0202521107')) {
    const caller: Caller = { label: user.label, client: new TestClient(app.url), api: false, account: user.account };
    if (user.kind) caller.principal = { kind: user.kind, id: 'fuzz', name: user.label, roles: [user.role!] };
    await logIn(caller);
    callers.push(caller);
  }
  const identity = app.raadhus.services.identity;
  const scopes = [...identity.integrationScopes];
  const client: Caller = {
    label: 'integration client',
    principal: { kind: 'client', id: 'fuzz', name: 'fuzz', roles: ['integration'], scopes },
    client: new TestClient(app.url),
    api: true,
  };
  await renewKey(client);
  callers.push(client, { label: 'API without a key', client: new TestClient(app.url), api: true });
});
after(async () => {
  await app?.close();
});

async function logIn(caller: Caller): Promise<void> {
  Object.assign(caller, await browserFor(app.url, caller.account));
}

async function renewKey(caller: Caller): Promise<void> {
  const scopes = caller.principal?.scopes ?? [];
  caller.key = (await createTestApiClient(app.raadhus, { name: `fuzz ${Date.now()}`, scopes: [...scopes] })).key;
}

const pluginRoute = (route: RegisteredRoute) => ['/static/', '/idp', '/api/docs'].some((p) => route.url.startsWith(p));

function allowed(caller: Caller, route: RegisteredRoute): boolean {
  if (route.access === 'public' || (!route.access && !route.permission)) return true;
  if (!caller.principal) return false;
  return route.permission ? can(caller.principal, route.permission) : true;
}

const patternOf = (url: string) =>
  new RegExp(`^${url.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z0-9_]+/g, '([^/]+)')}$`);

function harvest(caller: Caller, html: string, routes: readonly RegisteredRoute[]): void {
  for (const match of html.matchAll(/name="([^"]+)"/g)) if (match[1] !== '_csrf') harvestedNames.add(match[1]);
  const paths = [...html.matchAll(/(?:href|action)="(\/[^"?#]*)/g)].map((match) => match[1]);
  for (const route of routes) {
    if (!route.url.includes(':')) continue;
    const pattern = patternOf(route.url);
    for (const path of paths) {
      const found = pattern.exec(path);
      if (!found) continue;
      const seen = harvestedParameters.get(route.url) ?? [];
      const values = found.slice(1);
      if (seen.length < 20 && !seen.some((entry) => entry.values.join('/') === values.join('/')))
        seen.push({ caller: caller.label, values });
      harvestedParameters.set(route.url, seen);
    }
  }
}

function concretePath(route: RegisteredRoute, caller: Caller, kase: FuzzCase): string {
  const names = pathParameters(route.url);
  const real = (harvestedParameters.get(route.url) ?? []).filter((entry) => entry.caller === caller.label);
  const values =
    kase.realParameters && real.length
      ? real[kase.caller % real.length].values
      : kase.parameters.slice(0, names.length);
  let index = 0;
  return route.url.replace(/:[A-Za-z0-9_]+/g, () => values[index++] ?? 'x').replace(/\*/g, kase.parameters[0] ?? 'x');
}

function jsonWithDuplicates(entries: Array<[string, string]>, extra: Record<string, string>): string {
  const members = [...Object.entries(extra), ...entries].map(
    ([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`,
  );
  return `{${members.join(',')}}`;
}

function requestFor(route: RegisteredRoute, caller: Caller, kase: FuzzCase): RequestInit {
  const headers: Record<string, string> = {
    accept: route.api ? 'application/json' : 'text/html',
    'accept-language': kase.english ? 'en' : 'da',
  };
  if (caller.key) headers.authorization = `Bearer ${caller.key}`;
  if (route.api && kase.idempotencyKey !== undefined) headers['idempotency-key'] = kase.idempotencyKey;
  if (route.method === 'GET') return { method: 'GET', headers };
  const csrf: Record<string, string> = !route.api && kase.validCsrf && caller.csrf ? { _csrf: caller.csrf } : {};
  const { body } = kase;
  switch (body.kind) {
    case 'none':
      return { method: route.method, headers };
    case 'form': {
      const form = new URLSearchParams([...Object.entries(csrf), ...body.entries]);
      headers['content-type'] = 'application/x-www-form-urlencoded';
      return { method: route.method, headers, body: form.toString() };
    }
    case 'json':
      headers['content-type'] = 'application/json';
      return { method: route.method, headers, body: jsonWithDuplicates(body.entries, csrf) };
    case 'json-shape':
      headers['content-type'] = 'application/json';
      return { method: route.method, headers, body: JSON.stringify(body.shape) ?? 'null' };
    case 'multipart': {
      const form = new FormData();
      for (const [name, value] of [...Object.entries(csrf), ...body.entries]) form.append(name, value);
      if (body.entries.length % 2 === 1)
        form.append(body.entries[0][0], new Blob([body.entries[0][1]], { type: 'application/pdf' }), 'fuzz.pdf');
      return { method: route.method, headers, body: form };
    }
    case 'garbage':
      headers['content-type'] = body.garbage!.contentType;
      return { method: route.method, headers, body: body.garbage!.content };
  }
}

const problemKey = (status: number) =>
  [400, 401, 403, 404, 409, 413, 415, 429].includes(status) ? status : status >= 500 ? 500 : 400;

/** Whether the answer is acceptable; the reason when it is not. */
function judge(route: RegisteredRoute, status: number, contentType: string, text: string, locale: Locale) {
  if (status >= 500) return `${status}`;
  if (status < 400 || pluginRoute(route)) return undefined;
  if (route.api) {
    if (!contentType.startsWith('application/problem+json')) return `${status} as ${contentType}, not a problem`;
    const problem = JSON.parse(text) as { title?: unknown };
    const title = t(`error.${problemKey(status)}.title`, {}, locale);
    if (problem.title !== title) return `${status} problem titled ${JSON.stringify(problem.title)}, not "${title}"`;
    return text.includes('⟦') ? `${status} problem with a missing text: ${text.slice(0, 200)}` : undefined;
  }
  if (!contentType.startsWith('text/html')) return `${status} page as ${contentType}`;
  if (!text.includes(`<html lang="${locale}"`)) return `${status} page not in ${locale}`;
  return text.includes('⟦') ? `${status} page with a missing text` : undefined;
}

/** Routes in an order that lets list pages show real ids before their detail pages and forms are fuzzed. */
const fuzzOrder = (routes: readonly RegisteredRoute[]) =>
  [...routes].sort(
    (a, b) =>
      Number(a.method !== 'GET') - Number(b.method !== 'GET') ||
      pathParameters(a.url).length - pathParameters(b.url).length ||
      a.url.localeCompare(b.url),
  );

// ~260 routes, each called ~6 times and followed by a snapshot of every table: minutes, not the runner's default 3
test('every route, as every role, answers generated input without a 5xx, in the caller language, storing nothing when it refuses', {
  timeout: 600_000,
}, async () => {
  const routes = app.raadhus.http!.routeRegistry.all();
  console.log(`fuzz: seed ${seed} (FUZZ_SEED), ${casesPerRoute} cases per route (FUZZ_CASES), ${routes.length} routes`);
  const failures: string[] = [];
  const serverErrors: string[] = [];
  let requests = 0;
  let renewed = 0;
  let baseline = await snapshotTables(app.raadhus.database.db, { withoutReadAudits: true });
  const started = Date.now();
  let snapshotting = 0;
  for (const [routeIndex, route] of fuzzOrder(routes).entries()) {
    const eligible = callers.filter((caller) => caller.api === route.api);
    const permitted = eligible.filter((caller) => allowed(caller, route));
    const cases = fc.sample(fuzzCase([...harvestedNames], pathParameters(route.url).length), {
      seed: seed + routeIndex,
      numRuns: casesPerRoute,
    });
    // A GET route is first called plainly by each caller allowed on it: its links and forms feed later cases.
    const plain =
      route.method === 'GET' && !route.url.includes('*')
        ? permitted.map((_, index) => ({ ...cases[0], caller: index, allowedCaller: true, realParameters: true }))
        : [];
    let anySucceeded = false;
    for (const kase of [...plain.map((kase) => ({ ...kase, query: '' })), ...cases]) {
      const pool = kase.allowedCaller && permitted.length ? permitted : eligible;
      const caller = pool[kase.caller % pool.length];
      const path = concretePath(route, caller, kase);
      const locale: Locale = kase.english ? 'en' : 'da';
      const what = `${route.method} ${path.slice(0, 120)}${kase.query.slice(0, 80)} as ${caller.label} (${kase.body.kind}, ${locale})`;
      let response: Response;
      try {
        // A request that never gets an answer is a failure too (a refusal path that throws without replying).
        const init = { ...requestFor(route, caller, kase), signal: AbortSignal.timeout(30_000) };
        response = await caller.client.request(`${path}${kase.query}`, init);
      } catch (error) {
        failures.push(`${what}: the request failed: ${(error as Error).message}`);
        continue;
      }
      requests++;
      const text = await response.text();
      const contentType = response.headers.get('content-type') ?? '';
      const location = response.headers.get('location') ?? '';
      if (response.status < 300 || (response.status < 400 && !location.startsWith('/auth/login'))) anySucceeded = true;
      if (response.status < 300 && contentType.startsWith('text/html')) harvest(caller, text, routes);
      const problem = judge(route, response.status, contentType, text, locale);
      if (problem) {
        if (response.status >= 500) {
          const logged = log.entries().findLast((entry) => entry.msg === 'request failed') as
            | { err?: { message?: string; stack?: string } }
            | undefined;
          const cause = logged?.err?.stack?.split('\n').slice(0, 3).join(' | ') ?? text.slice(0, 200);
          serverErrors.push(`${what}: ${problem}: ${cause}`);
          log.clear();
        } else failures.push(`${what}: ${problem}`);
      }
      // The fuzzer may log a caller out, change its roles or revoke its key: the caller signs in again.
      if (caller.account && !caller.client.getCookie('raadhus_session')) {
        await logIn(caller);
        renewed++;
        anySucceeded = true;
      }
      if (caller.key && response.status === 401) {
        await renewKey(caller);
        renewed++;
        anySucceeded = true;
      }
    }
    const snapshotStarted = Date.now();
    const now = await snapshotTables(app.raadhus.database.db, { withoutReadAudits: true });
    snapshotting += Date.now() - snapshotStarted;
    const changed = changedTables(baseline, now);
    if (changed.length && !anySucceeded)
      failures.push(`${route.method} ${route.url}: every request was refused, yet stored data changed: ${changed}`);
    baseline = now;
  }
  console.log(
    `fuzz: ${requests} requests, ${serverErrors.length} 5xx (${renewed} callers signed in again; ${Date.now() - started} ms, ${snapshotting} ms of it snapshots)`,
  );
  assert.deepEqual(serverErrors, [], `answered with 5xx:\n${serverErrors.slice(0, 40).join('\n')}`);
  assert.deepEqual(
    failures,
    [],
    `refusals not in the caller's language or format:\n${failures.slice(0, 40).join('\n')}`,
  );
});
