// The integration API's OpenAPI document as integrators and their generators read it. Redocly CLI lints the dumped
// document in the full `npm test` (redocly.yaml); these checks hold the rules it found broken without it, and check
// that the documented problem responses are the ones the routes really answer.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { openApiPath } from '#platform/http/openapi/openapi-document.ts';
import type { RegisteredRoute } from '#platform/http/route-registry.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  parameters?: Array<{ in: string; name: string }>;
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface Document {
  info: { license?: { name: string; url?: string; identifier?: string } };
  servers?: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

let app: TestApp;
let document: Document;
let routes: RegisteredRoute[];
before(async () => {
  app = await startTestApp();
  document = (await (await fetch(`${app.url}/api/docs`)).json()) as Document;
  routes = app.raadhus.http!.routeRegistry.all().filter((route) => route.url.startsWith('/api/v1/'));
});
after(async () => {
  await app?.close();
});

const operations = () =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      name: `${method.toUpperCase()} ${path}`,
      path,
      operation,
    })),
  );
const operationOf = (route: RegisteredRoute) => document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
const problemStatuses = (operation: Operation) =>
  Object.keys(operation.responses)
    .filter((status) => status.startsWith('4'))
    .map(Number);

test('the document names its server and its licence', () => {
  assert.deepEqual(
    document.servers?.map((server) => server.url),
    [app.url],
  );
  assert.equal(document.info.license?.name, 'EUPL-1.2');
  assert.match(document.info.license?.url ?? '', /^https:\/\/.*eupl/);
});

test('no two paths are ambiguous (a template segment where the other has a fixed one, the rest equal)', () => {
  const paths = Object.keys(document.paths);
  const template = (segment: string) => /^\{.+\}$/.test(segment);
  for (const [index, a] of paths.entries())
    for (const b of paths.slice(index + 1)) {
      const [partsA, partsB] = [a.split('/'), b.split('/')];
      if (partsA.length !== partsB.length) continue;
      const alike = partsA.every((part, i) => template(part) || template(partsB[i]) || part === partsB[i]);
      assert.ok(!alike || partsA.filter(template).length !== partsB.filter(template).length, `${a} and ${b}`);
    }
});

test('every route declares its operationId: unique, URL safe, a name a generated client can use', () => {
  const undeclared = routes.filter((route) => !route.operationId).map((route) => `${route.method} ${route.url}`);
  assert.deepEqual(undeclared, [], 'declare schema.operationId on these routes');
  const ids = operations().map(({ operation }) => operation.operationId ?? '');
  assert.equal(new Set(ids).size, ids.length, `operationIds are unique: ${ids.join(', ')}`);
  for (const id of ids) assert.match(id, /^[a-z][A-Za-z0-9]*$/);
  assert.equal(operationOf(routes.find((route) => route.url === '/api/v1/messages')!)?.operationId, 'sendMessage');
});

test('every operation has a summary, a 2xx answer and its 4xx answers as RFC 9457 problems', () => {
  assert.equal(operations().length, routes.length, 'every /api/v1 route is documented once');
  for (const { name, path, operation } of operations()) {
    assert.ok(operation.summary, `${name} has a summary`);
    const successes = Object.keys(operation.responses).filter((status) => status.startsWith('2'));
    assert.ok(successes.length > 0, `${name} has a 2xx`);
    for (const status of successes) assert.notEqual(operation.responses[status].description, 'Default Response');
    assert.ok(problemStatuses(operation).length > 0, `${name} has a 4xx`);
    for (const status of problemStatuses(operation)) {
      const response = operation.responses[status];
      assert.deepEqual(Object.keys(response.content ?? {}), ['application/problem+json'], `${name} ${status}`);
      assert.equal(response.content?.['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
      assert.notEqual(response.description, 'Default Response', `${name} ${status} says what it means`);
    }
    for (const [, parameter] of path.matchAll(/\{(\w+)\}/g))
      assert.ok(operation.parameters?.some((declared) => declared.in === 'path' && declared.name === parameter));
  }
  assert.deepEqual(Object.keys(document.components.schemas), ['Problem']);
});

test('the problem responses follow what each route declares', () => {
  for (const route of routes) {
    const statuses = problemStatuses(operationOf(route)!);
    const name = `${route.method} ${route.url}`;
    assert.equal(statuses.includes(401), route.access !== 'public' || route.url.endsWith('/sms/status'), name);
    assert.equal(statuses.includes(403), Boolean(route.permission), name);
    if (route.url.includes('/:')) assert.ok(statuses.includes(404), name);
    if (route.idempotent) assert.ok(statuses.includes(409), name);
    assert.ok(statuses.includes(429), name);
  }
  const created = operationOf(routes.find((route) => route.url === '/api/v1/cases')!)!;
  assert.deepEqual(problemStatuses(created), [400, 401, 403, 404, 409, 413, 415, 422, 429]);
});

test('the documented refusals are the real ones: no key is 401, a key without the scope 403, an unknown id 404', async () => {
  const { key } = await createTestApiClient(app.raadhus, { name: 'Uden rettigheder', scopes: [] });
  const { key: reader } = await createTestApiClient(app.raadhus, {
    name: 'Læser',
    scopes: ['post:read-department', 'case:read', 'notify:remind', 'post:bulk'],
  });
  const unknownId = '00000000-0000-4000-8000-000000000000';
  const call = (route: RegisteredRoute, apiKey?: string) =>
    fetch(`${app.url}${route.url.replace(/:\w+/g, unknownId)}`, {
      method: route.method,
      headers: {
        accept: 'application/json',
        ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
        ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { 'content-type': 'application/json' }),
      },
      body: route.method === 'GET' || route.method === 'DELETE' ? undefined : '{}',
    });
  for (const route of routes) {
    const documented = problemStatuses(operationOf(route)!);
    const name = `${route.method} ${route.url}`;
    const anonymous = await call(route);
    if (anonymous.status >= 400) assert.ok(documented.includes(anonymous.status), `${name}: ${anonymous.status}`);
    assert.match(anonymous.headers.get('content-type') ?? '', /json/, name);
    if (route.access !== 'public') assert.equal(anonymous.status, 401, name);
    if (route.permission) assert.equal((await call(route, key)).status, 403, name);
    if (route.method === 'GET' && route.url.includes('/:')) assert.equal((await call(route, reader)).status, 404, name);
  }
});
