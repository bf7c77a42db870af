import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Raadhus } from '#src/app.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { NotifyContract, PartyRef, PostContract } from '#platform/contracts.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';

/**
 * TEST SEAM — the post and notify modules are built in parallel branches. These small recording
 * implementations of PostContract and NotifyContract stand in on `raadhus.services` until they are
 * merged (the integrator may then check the letters through the real post module instead).
 */
export interface RecordedLetter {
  messageId: string;
  recipient: PartyRef;
  subject: string;
  body: string;
  caseId?: string;
  sentAt: Date;
}
export function installRecordingPost(raadhus: Raadhus): RecordedLetter[] {
  const letters: RecordedLetter[] = [];
  const post: PostContract = {
    async sendLetter(executor, _actor, letter) {
      await sql`select 1`.execute(executor);
      const recorded = {
        messageId: randomUUID(),
        recipient: letter.recipient,
        subject: letter.subject,
        body: letter.body,
        caseId: letter.caseId,
        sentAt: new Date(),
      };
      letters.push(recorded);
      return { messageId: recorded.messageId };
    },
    async lettersForCase(caseId, recipient) {
      return letters
        .filter(
          (letter) =>
            letter.caseId === caseId &&
            (letter.recipient.personId ?? letter.recipient.businessId) === (recipient.personId ?? recipient.businessId),
        )
        .map((letter) => ({
          messageId: letter.messageId,
          subject: letter.subject,
          sentAt: letter.sentAt,
          href: `/post/messages/${letter.messageId}`,
        }));
    },
    async notificationText() {
      return undefined;
    },
  };
  (raadhus.services as unknown as { post?: PostContract }).post = post;
  return letters;
}
export function removePost(raadhus: Raadhus): void {
  delete (raadhus.services as unknown as { post?: PostContract }).post;
}

export interface RecordedReminder {
  reminderId: string;
  recipient: PartyRef;
  startsAt: Date;
  place: string;
  leadTimeHours: number;
}
export function installRecordingNotify(raadhus: Raadhus): RecordedReminder[] {
  const reminders: RecordedReminder[] = [];
  const notify: NotifyContract = {
    async scheduleReminder(_executor, _actor, reminder) {
      const recorded = { reminderId: randomUUID(), ...reminder };
      reminders.push(recorded);
      return { reminderId: recorded.reminderId };
    },
    async cancelReminder() {},
  };
  (raadhus.services as unknown as { notify?: NotifyContract }).notify = notify;
  return reminders;
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
