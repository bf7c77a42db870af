import type { Database } from '#platform/db/database.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import type { InquiryInput } from '../inquiry.types.ts';
import type { PurposeService } from '../purpose.service.ts';
import { insertInquiries } from '../repository/inquiry.repository.ts';
import { demoDays, seededRandom } from './demo-mix.ts';

/** How far back the demo register reaches: a baseline quarter and the months since. */
export const DEMO_DAYS = 150;
const BATCH = 1_000;

/**
 * Demo register: five months of anonymous contacts per purpose and channel up to yesterday (today stays empty
 * so a day's own registrations are easy to see), shifting towards each purpose's desired channel.
 */
export async function seedChannelsDemo(db: Database, purposes: PurposeService): Promise<void> {
  const today = danishDay();
  const days = Array.from({ length: DEMO_DAYS }, (_, index) => addDays(today, index - DEMO_DAYS));
  const listed = (await purposes.list()).filter((purpose) => purpose.current);
  const demo = listed.map((purpose) => ({
    code: purpose.code,
    desired: purpose.current!.desiredChannel,
    offered: purpose.current!.channels.filter((channel) => channel.offered).map((channel) => channel.channel),
  }));
  const rows: InquiryInput[] = demoDays(demo, days, seededRandom(10)).map((row) => ({
    sourceKey: `demo:${row.day}:${row.purposeCode}:${row.channel}`,
    source: 'import',
    purposeCode: row.purposeCode,
    channel: row.channel,
    direction: 'inbound',
    outcome: row.channel === 'selfservice' ? 'submitted' : 'resolved',
    occurredAt: new Date(`${row.day}T10:00:00Z`),
    party: { kind: 'anonymous' },
    actor: { kind: 'automated', id: 'demo' },
    count: row.count,
  }));
  for (let start = 0; start < rows.length; start += BATCH) await insertInquiries(db, rows.slice(start, start + BATCH));
}
