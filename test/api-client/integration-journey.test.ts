// A line-of-business system's journey through a client generated from the served OpenAPI document: the document is
// fetched from /api/docs, openapi-typescript turns it into types, the compiler checks integration-journey.ts against
// them, and openapi-fetch drives the journey (send a letter, read its status and replies, create a case, upload a
// document) against the running app.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { createTestApiClient } from '#test-support/api-clients.ts';
import { TestClient } from '#test-support/http-client.ts';
import { demoCpr, postMultipart, tinyPdf } from '#modules/post/test-support/post-test-helpers.ts';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const generated = new URL('build/openapi/', root);

/** What integration-journey.ts exports (its own types are checked by its own project, test/api-client/tsconfig.json). */
interface Journey {
  runIntegrationJourney(input: {
    baseUrl: string;
    apiKey: string;
    cpr: string;
    pdf: Buffer;
    citizenReplies(messageId: string, text: string): Promise<void>;
  }): Promise<void>;
}

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

/** Runs a command of an installed package from the project root; its output is the failure message. */
async function npx(...args: string[]): Promise<void> {
  try {
    await run('npx', ['--no-install', ...args], { cwd: root, env: process.env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    assert.fail(`${args.join(' ')} failed:\n${failed.stdout ?? ''}${failed.stderr ?? failed.message}`);
  }
}

test('a client generated from /api/docs sends a letter, reads its status and reply, creates a case and uploads a document', async () => {
  const document = (await (await fetch(`${app.url}/api/docs`)).json()) as { servers: Array<{ url: string }> };
  await mkdir(generated, { recursive: true });
  await writeFile(new URL('openapi.json', generated), JSON.stringify(document, null, 2));
  await npx('openapi-typescript', 'build/openapi/openapi.json', '--output', 'build/openapi/raadhus-api.ts');
  await npx('tsc', '--project', 'test/api-client/tsconfig.json');

  const { key } = await createTestApiClient(app.raadhus, {
    name: 'Ydelsessystemet (genereret klient)',
    scopes: ['post:send', 'post:read-department', 'person:lookup', 'case:create', 'case:read', 'case:update'],
  });
  const cpr = demoCpr(12);
  const citizen = new TestClient(app.url);
  await citizen.login(`citizen-${cpr}`);
  // Not a literal import: the main type check must not follow it into types that exist only after generation.
  const journey = new URL('./integration-journey.ts', import.meta.url).href;
  const { runIntegrationJourney } = (await import(journey)) as Journey;
  await runIntegrationJourney({
    baseUrl: document.servers[0].url,
    apiKey: key,
    cpr,
    pdf: await tinyPdf(),
    async citizenReplies(messageId, text) {
      const { csrf } = await citizen.form(`/post/messages/${messageId}`);
      const answer = await postMultipart(citizen, `/post/messages/${messageId}/reply`, csrf, { body: text });
      assert.equal(answer.status, 303);
    },
  });
});
