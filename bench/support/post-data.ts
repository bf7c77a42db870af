import { sql } from 'kysely';
import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';

/**
 * Digital-post data generated in bulk for the benchmarks: a few large `insert … select … from
 * generate_series(…)` statements, never a row at a time. Ids are derived from the row number
 * (md5 → uuid), so person i, mailbox i and message j can be found again without a lookup table.
 *
 * People: fictitious, `is_test`, named "Benchperson <i>", with valid-format CPR numbers (a real date
 * ddmmyy, serial 0000–0029, whose first digit 0 puts every date in the 1900s): 28 days × 12 months ×
 * 100 years × 30 serials = 1,008,000 distinct numbers, none of them a demo citizen's (serials x100–x233).
 */
export const MAX_PEOPLE = 1_008_000;
// version 4 and variant bits set, so the ids pass the API's uuid schemas like any gen_random_uuid()
const uuidOf = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const personId = (i: string) => uuidOf(`'bench:person:' || ${i}`);
const mailboxId = (i: string) => uuidOf(`'bench:mailbox:' || ${i}`);
const messageId = (i: string) => uuidOf(`'bench:message:' || ${i}`);
const cpr = (i: string) =>
  `lpad((1 + ${i} % 28)::text, 2, '0') || lpad((1 + (${i} / 28) % 12)::text, 2, '0') || lpad(((${i} / 336) % 100)::text, 2, '0') || lpad((${i} / 33600)::text, 4, '0')`;

/** Rows per generating statement: large, but small enough to print progress on 10 million messages. */
const SLICE = 1_000_000;

async function inSlices(
  total: number,
  work: (from: number, to: number) => Promise<unknown>,
  progress?: (done: number) => void,
): Promise<void> {
  for (let from = 0; from < total; from += SLICE) {
    const to = Math.min(total, from + SLICE) - 1;
    await work(from, to);
    progress?.(to + 1);
  }
}

/** `count` people, each signed up for digital post and with a mailbox (as after their first letter). */
export async function generateCitizens(db: Database, count: number, progress?: (done: number) => void): Promise<void> {
  if (count > MAX_PEOPLE) throw new Error(`at most ${MAX_PEOPLE} generated people (distinct CPR numbers)`);
  await inSlices(
    count,
    async (from, to) => {
      await sql
        .raw(
          `insert into people (id, cpr, name, address, postcode, city, is_test)
           select ${personId('g')}, ${cpr('g')}, 'Benchperson ' || g, 'Testvej ' || (1 + g % 200), '9999', 'Demoby', true
           from generate_series(${from}, ${to}) g`,
        )
        .execute(db);
      await sql
        .raw(
          `insert into post_registrations (owner_kind, owner_id, status, recorded_by)
           select 'person', ${personId('g')}, 'signed_up', 'bench' from generate_series(${from}, ${to}) g`,
        )
        .execute(db);
      await sql
        .raw(
          `insert into post_mailboxes (id, owner_kind, owner_id) select ${mailboxId('g')}, 'person', ${personId('g')} from generate_series(${from}, ${to}) g`,
        )
        .execute(db);
    },
    progress,
  );
}

export interface Sender {
  departmentIds: string[];
  departmentCodes: string[];
}

/**
 * `count` messages spread round-robin over the first `mailboxes` generated mailboxes (so one mailbox's
 * letters lie far apart in the table, as letters arriving over years do), newest last, over three years:
 * 90 % from the municipality (a tenth of those archived, six in seven read), 10 % written by the citizen.
 */
export async function generateMessages(
  db: Database,
  mailboxes: number,
  count: number,
  sender: Sender,
  progress?: (done: number) => void,
): Promise<void> {
  await withIndexesRebuilt(db, 'post_messages', () => insertMessages(db, mailboxes, count, sender, progress));
}

async function insertMessages(
  db: Database,
  mailboxes: number,
  count: number,
  sender: Sender,
  progress?: (done: number) => void,
): Promise<void> {
  const ids = `array[${sender.departmentIds.map((id) => `'${id}'::uuid`).join(',')}]`;
  const codes = `array[${sender.departmentCodes.map((code) => `'${code}'`).join(',')}]`;
  const secondsApart = (3 * 365 * 86_400) / count;
  await inSlices(
    count,
    (from, to) =>
      withoutForeignKeyChecks(db, (trx) =>
        sql
          .raw(
            `insert into post_messages (id, mailbox_id, direction, department_id, department_code, sender_kind, sender_id, sender_name, subject, body,
             reply_allowed, thread_id, delivery, status, owner_folder, department_folder, created_at, delivered_at, read_at)
           select id, ${mailboxId(`(g % ${mailboxes})`)}, case when incoming then 'in' else 'out' end, (${ids})[1 + g % ${sender.departmentIds.length}], (${codes})[1 + g % ${sender.departmentIds.length}],
             case when incoming then 'citizen' else 'staff' end, 'bench', case when incoming then 'Benchperson ' || (g % ${mailboxes}) else 'Sagsbehandler' end,
             'Brev nr. ' || g, 'Kære modtager. Dette er et fiktivt brev, genereret til en ydelsesmåling af digital post (nr. ' || g || ').',
             g % 3 = 0, id, 'digital', case when incoming then 'delivered' when g % 7 = 0 then 'delivered' else 'read' end,
             case when incoming then 'sent' when g % 10 = 3 then 'archive' else 'inbox' end, case when incoming then 'inbox' else 'sent' end,
             at, at, case when incoming or g % 7 = 0 then null else at + interval '1 day' end
           from (select g, ${messageId('g')} as id, g % 10 = 7 as incoming, now() - make_interval(secs => (${count} - g) * ${secondsApart}) as at from generate_series(${from}, ${to}) g) s`,
          )
          .execute(trx),
      ),
    progress,
  );
}

/**
 * A bulk load as pg_restore does it: the table's secondary indexes (whatever the migrations define,
 * read from the catalogue) are dropped, the rows loaded, and the same indexes built again in one pass each,
 * which on 10 million rows is many times faster than maintaining six b-trees row by row.
 */
async function withIndexesRebuilt(db: Database, table: string, load: () => Promise<void>): Promise<void> {
  const { rows } = await sql<{ name: string; definition: string }>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename = ${table}
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`.execute(db);
  for (const index of rows) await sql.raw(`drop index "${index.name}"`).execute(db);
  try {
    await load();
  } finally {
    await db.transaction().execute(async (trx) => {
      await sql.raw(`set local maintenance_work_mem = '512MB'`).execute(trx);
      for (const index of rows) await sql.raw(index.definition).execute(trx);
    });
  }
}

/** The foreign keys hold by construction (mailbox i exists for every i used), so their per-row checks are skipped. */
function withoutForeignKeyChecks<T>(db: Database, work: (trx: Database) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql.raw('set local session_replication_role = replica').execute(trx);
    return work(trx);
  });
}

/** Fresh planner statistics after a bulk load (the autovacuum daemon would take minutes to notice). */
export async function analyse(db: Database): Promise<void> {
  for (const table of ['people', 'post_registrations', 'post_mailboxes', 'post_messages'])
    await sql.raw(`analyze ${table}`).execute(db);
}

/** Generated citizen i as a logged-in principal (for a session cookie). */
export async function citizenPrincipals(db: Database, indexes: number[]): Promise<Principal[]> {
  const list = indexes.join(',');
  const { rows } = await sql
    .raw<{ id: string; cpr: string; name: string }>(
      `select id, cpr, name from people where id in (select ${personId('i')} from unnest(array[${list}]::int[]) i)`,
    )
    .execute(db);
  return rows.map((row) => ({
    kind: 'citizen',
    id: row.id,
    name: row.name,
    cpr: row.cpr,
    roles: ['citizen'],
    assurance: 'substantial',
  }));
}

/** The ids of generated messages j (for the status API, which looks one message up). */
export async function messageIds(db: Database, indexes: number[]): Promise<string[]> {
  const { rows } = await sql
    .raw<{ id: string }>(`select ${messageId('j')}::text as id from unnest(array[${indexes.join(',')}]::int[]) j`)
    .execute(db);
  return rows.map((row) => row.id);
}

/** `count` distinct numbers in [0, total), spread evenly with a random start (no two sessions share a citizen). */
export function spreadIndexes(total: number, count: number): number[] {
  const n = Math.min(total, count);
  const step = total / n;
  const start = Math.floor(Math.random() * step);
  return Array.from({ length: n }, (_, k) => Math.min(total - 1, start + Math.floor(k * step)));
}

export const generatedCpr = (i: number) =>
  `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}${String(Math.floor(i / 336) % 100).padStart(2, '0')}${String(Math.floor(i / 33600)).padStart(4, '0')}`;
