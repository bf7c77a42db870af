import { randomUUID } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { CasesContract, PostContract } from '#platform/contracts.ts';
import type { TestClient } from '#test-support/http-client.ts';
import { csrfTokenIn } from '#test-support/http-client.ts';

/**
 * TEST SEAM — the cases and post modules are built in parallel branches. Until they are merged, these
 * small in-test implementations of CasesContract and PostContract stand in on `app.raadhus.services`
 * and record every call. The integrator replaces `installFakeCases`/`installFakePost` with the real
 * modules (and checks the case and the letter through their services instead).
 */
export interface RecordedCase {
  actor: Principal;
  input: Parameters<CasesContract['createCase']>[2];
  caseId: string;
  reference: string;
}
export function installFakeCases(raadhus: Raadhus): RecordedCase[] {
  const calls: RecordedCase[] = [];
  const cases: CasesContract = {
    async createCase(executor, actor, input) {
      // a real statement on the caller's transaction, as the real module will run
      await sql`select 1`.execute(executor);
      const recorded = {
        actor,
        input,
        caseId: randomUUID(),
        reference: `S-2026-${String(calls.length + 1).padStart(5, '0')}`,
      };
      calls.push(recorded);
      return {
        caseId: recorded.caseId,
        reference: recorded.reference,
        expectedProcessingDays: 10,
        deadline: new Date('2026-12-08T12:00:00Z'),
      };
    },
    async caseTypeSummary(code) {
      return { code, name: { da: code, en: code }, expectedProcessingDays: 10 };
    },
  };
  (raadhus.services as unknown as { cases?: CasesContract }).cases = cases;
  return calls;
}
export function removeFakeCases(raadhus: Raadhus): void {
  delete (raadhus.services as unknown as { cases?: CasesContract }).cases;
}

export interface RecordedLetter {
  actor: Principal;
  letter: Parameters<PostContract['sendLetter']>[2];
}
export function installFakePost(raadhus: Raadhus): RecordedLetter[] {
  const letters: RecordedLetter[] = [];
  const post: PostContract = {
    async sendLetter(_executor, actor, letter) {
      letters.push({ actor, letter });
      return { messageId: randomUUID() };
    },
    async lettersForCase() {
      return [];
    },
    async notificationText() {
      return undefined;
    },
  };
  (raadhus.services as unknown as { post?: PostContract }).post = post;
  return letters;
}

export async function tinyPdf(pages = 1): Promise<Buffer> {
  const document = await PDFDocument.create();
  for (let index = 0; index < pages; index++) document.addPage([200, 200]);
  return Buffer.from(await document.save());
}

/** A PNG signature and header: enough for file-type to know it by its content. */
export const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6a1a90000000049454e44ae426082',
  'hex',
);

/** Submits a step of a form (url-encoded) and returns the final response after redirects. */
export async function answer(
  client: TestClient,
  path: string,
  fields: Record<string, string | string[]>,
  action = 'next',
): Promise<Response> {
  const { csrf } = await client.form(path);
  return client.submit(path, { _csrf: csrf, _action: action, ...fields });
}

/** Submits a multipart step (with files) without following the redirect. */
export async function answerWithFiles(
  client: TestClient,
  path: string,
  fields: Record<string, string>,
  files: Record<string, { content: Buffer; type: string; name: string }>,
): Promise<Response> {
  const page = await client.follow(path);
  const csrf = csrfTokenIn(await page.text());
  const form = new FormData();
  form.append('_csrf', csrf);
  form.append('_action', 'next');
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const [name, file] of Object.entries(files))
    form.append(name, new Blob([new Uint8Array(file.content)], { type: file.type }), file.name);
  return client.request(path, { method: 'POST', body: form });
}

export async function usageOf(raadhus: Raadhus, solutionCode: string): Promise<Record<string, number>> {
  const { rows } = await sql<{
    event: string;
    total: number;
  }>`select event, sum(count)::int as total from selfservice_usage_counts where solution_code = ${solutionCode} group by event`.execute(
    raadhus.database.db,
  );
  return Object.fromEntries(rows.map((row) => [row.event, Number(row.total)]));
}

export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
