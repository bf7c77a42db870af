import type { InquiryInput } from '../inquiry.types.ts';
import type { TelephonyRow } from './telephony-csv.ts';

/**
 * Pure: a day and queue's calls as phone contacts in the register: the answered calls (resolved) and the
 * abandoned ones, each a tally at noon of the day. The source key names the day and queue, so a day and queue
 * can never count twice. A queue named like a purpose's code counts for that purpose.
 */
export function telephonyContacts(row: TelephonyRow, purposeCode: string | null): InquiryInput[] {
  const base = {
    source: 'import' as const,
    purposeCode,
    channel: 'phone' as const,
    direction: 'inbound' as const,
    occurredAt: new Date(`${row.day}T12:00:00Z`),
    party: { kind: 'anonymous' as const },
    actor: { kind: 'integration' as const, id: 'telephony' },
  };
  const key = `import:telephony:${row.day}:${row.queue.toLowerCase()}`;
  const contacts: InquiryInput[] = [];
  if (row.answered > 0)
    contacts.push({ ...base, sourceKey: `${key}:answered`, outcome: 'resolved', count: row.answered });
  if (row.abandoned > 0)
    contacts.push({ ...base, sourceKey: `${key}:abandoned`, outcome: 'abandoned', count: row.abandoned });
  return contacts;
}
