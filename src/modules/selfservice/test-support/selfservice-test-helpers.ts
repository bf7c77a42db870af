import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { PartyRef } from '#platform/contracts.ts';
import type { TestClient } from '#test-support/http-client.ts';
import { csrfTokenIn } from '#test-support/http-client.ts';

/**
 * What a submission left in the real cases and post modules: the case it created (type, channel, applicant,
 * fields, documents) and the receipt letter in the applicant's digital post.
 */
export interface SubmittedCase {
  caseId: string;
  reference: string;
  caseTypeCode: string;
  channel: string;
  /** `<kind>:<id>` of who created it */
  createdBy: string;
  applicant: PartyRef;
  fields: Record<string, unknown>;
  /** [filename, content type, size], sorted */
  documents: Array<[string, string, number]>;
}

/** The case of the latest self-service submission, as the cases module stored it. */
export async function lastSubmittedCase(raadhus: Raadhus): Promise<SubmittedCase> {
  const db = raadhus.database.db;
  const { rows } = await sql<{
    case_id: string;
  }>`select case_id from selfservice_submissions order by submitted_at desc limit 1`.execute(db);
  assert.ok(rows[0], 'a submission was recorded');
  const caseId = rows[0].case_id;
  const row = (
    await sql<{
      reference: string;
      case_type_code: string;
      channel: string;
      created_by: string;
      fields: Record<string, unknown>;
    }>`select reference, case_type_code, channel, created_by, fields from cases_cases where id = ${caseId}`.execute(db)
  ).rows[0];
  assert.ok(row, 'the case exists in the cases module');
  const party = (
    await sql<{
      person_id: string | null;
      business_id: string | null;
    }>`select person_id, business_id from cases_parties where case_id = ${caseId} and role = 'applicant'`.execute(db)
  ).rows[0];
  const documents = (
    await sql<{
      filename: string;
      content_type: string;
      size: number;
    }>`select v.filename, v.content_type, v.size from cases_documents d join cases_document_versions v on v.document_id = d.id where d.case_id = ${caseId}`.execute(
      db,
    )
  ).rows;
  return {
    caseId,
    reference: row.reference,
    caseTypeCode: row.case_type_code,
    channel: row.channel,
    createdBy: row.created_by,
    applicant: party.business_id ? { businessId: party.business_id } : { personId: party.person_id! },
    fields: row.fields,
    documents: documents
      .map((document): [string, string, number] => [document.filename, document.content_type, document.size])
      .sort(),
  };
}

/** How many cases the cases module holds. */
export async function caseCount(raadhus: Raadhus): Promise<number> {
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from cases_cases`.execute(
    raadhus.database.db,
  );
  return rows[0].count;
}

/** The letters about a case in its recipients' digital post (or print queue), as the post module stored them. */
export async function lettersAboutCase(
  raadhus: Raadhus,
  caseId: string,
): Promise<Array<{ recipient: PartyRef; subject: string; body: string }>> {
  const { rows } = await sql<{
    owner_kind: 'person' | 'business';
    owner_id: string;
    subject: string;
    body: string;
  }>`select b.owner_kind, b.owner_id, m.subject, m.body from post_messages m join post_mailboxes b on b.id = m.mailbox_id where m.case_id = (select c.reference from cases_cases c where c.id::text = ${caseId}) order by m.created_at`.execute(
    raadhus.database.db,
  );
  return rows.map((row) => ({
    recipient: row.owner_kind === 'business' ? { businessId: row.owner_id } : { personId: row.owner_id },
    subject: row.subject,
    body: row.body,
  }));
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

export { waitFor } from '#test-support/wait-for.ts';
