import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { PartyRef } from '#platform/contracts.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';

/** A letter about a case, as the post module stored it (in the recipient's digital post or the print queue). */
export interface CaseLetter {
  messageId: string;
  recipient: PartyRef;
  subject: string;
  body: string;
  caseId: string;
}

/** The letters sent about a case (or about every case, without an id), oldest first. */
export async function caseLetters(raadhus: Raadhus, caseId?: string): Promise<CaseLetter[]> {
  const { rows } = await sql<{
    id: string;
    owner_kind: 'person' | 'business';
    owner_id: string;
    subject: string;
    body: string;
    case_id: string;
  }>`select m.id, b.owner_kind, b.owner_id, m.subject, m.body, m.case_id from post_messages m join post_mailboxes b on b.id = m.mailbox_id where m.direction = 'out' and m.case_id is not null and (${caseId ?? null}::text is null or m.case_id = (select c.reference from cases_cases c where c.id::text = ${caseId ?? null})) order by m.created_at, m.id`.execute(
    raadhus.database.db,
  );
  return rows.map((row) => ({
    messageId: row.id,
    recipient: row.owner_kind === 'business' ? { businessId: row.owner_id } : { personId: row.owner_id },
    subject: row.subject,
    body: row.body,
    caseId: row.case_id,
  }));
}

/** An appointment reminder scheduled about a case, as the notify module stored it. */
export interface CaseReminder {
  reminderId: string;
  recipient: PartyRef;
  startsAt: Date;
  place: string;
  leadTimeHours: number;
}

export async function caseReminders(raadhus: Raadhus, caseId: string): Promise<CaseReminder[]> {
  const { rows } = await sql<{
    id: string;
    recipient_kind: string;
    recipient_id: string;
    starts_at: Date;
    place: string;
    lead_time_hours: number;
  }>`select id, recipient_kind, recipient_id, starts_at, place, lead_time_hours from notify_reminders where case_id = ${caseId} order by created_at`.execute(
    raadhus.database.db,
  );
  return rows.map((row) => ({
    reminderId: row.id,
    recipient: row.recipient_kind === 'business' ? { businessId: row.recipient_id } : { personId: row.recipient_id },
    startsAt: new Date(row.starts_at),
    place: row.place,
    leadTimeHours: row.lead_time_hours,
  }));
}

export const citizenCpr = (index: number) => demoCitizens[index].cpr;

export async function personId(raadhus: Raadhus, index: number): Promise<string> {
  return (await raadhus.services.identity.findPersonByCpr(citizenCpr(index)))!.id;
}

export async function staffPrincipal(raadhus: Raadhus, subject: string): Promise<Principal> {
  const { staff } = await raadhus.services.identity.testIdentities();
  const member = staff.find((candidate) => candidate.subject === subject)!;
  return { kind: 'staff', id: member.id, name: member.name, roles: member.roles, departmentId: member.departmentId };
}

export const integrationClient: Principal = {
  kind: 'client',
  id: 'test-system',
  name: 'Testfagsystem',
  roles: ['integration'],
  scopes: ['case:create', 'case:read', 'case:update', 'case:transition'],
};

/** A housing-benefit case for the citizen with this demo index, created as an integration client would. */
export async function newHousingCase(
  raadhus: Raadhus,
  citizenIndex: number,
  fields: Record<string, unknown> = { monthlyRent: 6500 },
) {
  return raadhus.services.cases.createCase(raadhus.database.db, integrationClient, {
    caseTypeCode: 'housing-benefit',
    applicant: { personId: await personId(raadhus, citizenIndex) },
    channel: 'api',
    fields,
  });
}

export async function caseRow(raadhus: Raadhus, caseId: string) {
  const { rows } = await sql<{
    state: string;
    version: number;
    assignee_id: string | null;
    department_id: string | null;
    deadline: Date | null;
    closed_at: Date | null;
    result: string | null;
    fields: Record<string, unknown>;
  }>`select state, version, assignee_id, department_id, deadline, closed_at, result, fields from cases_cases where id = ${caseId}`.execute(
    raadhus.database.db,
  );
  return rows[0];
}

export async function countRows(raadhus: Raadhus, table: string, caseId: string): Promise<number> {
  const { rows } = await sql<{
    count: number;
  }>`select count(*)::int as count from ${sql.table(table)} where case_id = ${caseId}`.execute(raadhus.database.db);
  return Number(rows[0].count);
}

export async function tinyPdf(): Promise<Buffer> {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}
