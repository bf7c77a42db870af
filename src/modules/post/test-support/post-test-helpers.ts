import { sql } from 'kysely';
import { PDFDocument } from 'pdf-lib';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';

export const caseworkerPrincipal = async (raadhus: Raadhus): Promise<Principal> => {
  const department = await raadhus.services.identity.departmentByCode('ydelser');
  return {
    kind: 'staff',
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Test Sagsbehandler',
    roles: ['caseworker'],
    departmentId: department!.id,
  };
};

export const personId = async (raadhus: Raadhus, cpr: string) =>
  (await raadhus.services.identity.findPersonByCpr(cpr))!.id;
export const businessId = async (raadhus: Raadhus, cvr: string) =>
  (await raadhus.services.identity.findBusinessByCvr(cvr))!.id;

/** The CPR numbers of demo citizens by index (0 = 0101500100). */
export const demoCpr = (index: number) => demoCitizens[index].cpr;

export async function tinyPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  return Buffer.from(await document.save());
}
export const pngBytes = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6a1a90000000049454e44ae426082',
  'hex',
);
/** A Windows program (MZ header) — refused whatever it is called. */
export const exeBytes = Buffer.concat([
  Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000', 'hex'),
  Buffer.alloc(200),
]);

export async function messagesOf(raadhus: Raadhus, ownerId: string) {
  return (
    await sql<{
      id: string;
      subject: string;
      status: string;
      delivery: string;
      direction: string;
      owner_folder: string;
      print_batch_id: string | null;
      case_id: string | null;
    }>`
      select m.id, m.subject, m.status, m.delivery, m.direction, m.owner_folder, m.print_batch_id, m.case_id from post_messages m join post_mailboxes b on b.id = m.mailbox_id where b.owner_id = ${ownerId} order by m.created_at`.execute(
      raadhus.database.db,
    )
  ).rows;
}

export async function countRows(raadhus: Raadhus, table: string): Promise<number> {
  return (
    await sql<{ count: number }>`select count(*)::int as count from ${sql.table(table)}`.execute(raadhus.database.db)
  ).rows[0].count;
}

/** `post.message-sent` payloads as delivered to the notify module's queue (one of the event's subscribers). */
export async function newPostEvents(raadhus: Raadhus): Promise<Array<Record<string, unknown>>> {
  const schema = `${raadhus.database.schema === 'public' ? 'raadhus' : raadhus.database.schema}_queue`;
  return (
    await sql<{
      data: { event: string; payload: Record<string, unknown> };
    }>`select data from ${sql.table(`${schema}.job`)} where name = 'notify.on.post.message-sent'`.execute(
      raadhus.database.db,
    )
  ).rows.map((row) => row.data.payload);
}

export { waitFor } from '#test-support/wait-for.ts';

/** A multipart form POST (with files) from a logged-in test client, without following the redirect. */
export async function postMultipart(
  client: { request(path: string, init?: RequestInit): Promise<Response> },
  path: string,
  csrf: string,
  fields: Record<string, string>,
  files: Array<{ name: string; filename: string; type: string; content: Buffer }> = [],
): Promise<Response> {
  const form = new FormData();
  form.append('_csrf', csrf);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files)
    form.append(file.name, new Blob([new Uint8Array(file.content)], { type: file.type }), file.filename);
  return client.request(path, { method: 'POST', body: form });
}

/**
 * The demo cases send real letters to the demo citizens at start-up. Tests that count a demo citizen's letters
 * start from the post module's own demo state, so they remove those case letters first (replies to them, and
 * mailboxes left empty, which the post module creates on first use).
 */
export async function withoutDemoCaseLetters(raadhus: Raadhus): Promise<void> {
  await sql`delete from post_messages where in_reply_to in (select id from post_messages where case_id in (select id::text from cases_cases))`.execute(
    raadhus.database.db,
  );
  await sql`delete from post_messages where case_id in (select id::text from cases_cases)`.execute(raadhus.database.db);
  await sql`delete from post_mailboxes b where not exists (select 1 from post_messages m where m.mailbox_id = b.id)`.execute(
    raadhus.database.db,
  );
}
