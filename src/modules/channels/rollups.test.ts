import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import type { InquiryInput } from './inquiry.types.ts';
import { dayCounts, insertInquiries } from './repository/inquiry.repository.ts';
import { failureDemandCounts } from './repository/party-facts.repository.ts';
import { MeasurementService } from './service-levels/measurement.service.ts';
import { countsByTarget } from './service-levels/report.repository.ts';

/** The daily rollups are kept by the writing statement: equal to the raw rows, and never counted twice. */
let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(() => app?.close());

const contact = (values: Partial<InquiryInput>): InquiryInput => ({
  sourceKey: `test:${randomUUID()}`,
  source: 'api',
  purposeCode: 'passport',
  channel: 'phone',
  direction: 'inbound',
  outcome: 'resolved',
  occurredAt: new Date('2026-03-02T10:00:00Z'),
  party: { kind: 'anonymous' },
  actor: { kind: 'integration', id: 'rollup-test' },
  ...values,
});

/** The rollup and the raw rows, aggregated the same way, for the test's days. */
async function bothWays() {
  const db = app.raadhus.database.db;
  const raw = await sql<{ key: string; contacts: string; flagged: string }>`
    select (occurred_at at time zone 'Europe/Copenhagen')::date || '/' || coalesce(purpose_code, '') || '/' ||
      channel || '/' || direction || '/' || outcome as key, sum(count)::text as contacts,
      coalesce(sum(count) filter (where failure_demand is not null), 0)::text as flagged
    from channels_inquiries where actor_id = 'rollup-test' group by 1 order by 1`.execute(db);
  const rolled = await sql<{ key: string; contacts: string; flagged: string }>`
    select day || '/' || purpose_code || '/' || channel || '/' || direction || '/' || outcome as key,
      contacts::text as contacts, failure_demand::text as flagged
    from channels_inquiry_days where day between '2026-03-01' and '2026-03-03' order by 1`.execute(db);
  return { raw: raw.rows, rolled: rolled.rows };
}

test('registering keeps the daily rollup equal to the raw rows; a resent contact adds nothing', async () => {
  const db = app.raadhus.database.db;
  const batch = [
    contact({ sourceKey: 'test:rollup-1' }),
    contact({ sourceKey: 'test:rollup-2', count: 4 }),
    contact({ sourceKey: 'test:rollup-3', channel: 'attendance', failureDemand: 'case-visible' }),
    // 00:30 Danish time on 3 March is still 2 March in UTC: the rollup counts it on the Danish day
    contact({ sourceKey: 'test:rollup-4', purposeCode: null, occurredAt: new Date('2026-03-02T23:30:00Z') }),
    contact({ sourceKey: 'test:rollup-5', direction: 'outbound', outcome: 'sent', channel: 'sms' }),
  ];
  assert.equal((await insertInquiries(db, batch)).length, 5);
  // the same batch again, with one new contact: only that one is added
  const again = await insertInquiries(db, [...batch, contact({ sourceKey: 'test:rollup-6' })]);
  assert.equal(again.length, 1);
  const { raw, rolled } = await bothWays();
  assert.deepEqual(rolled, raw);
  assert.deepEqual(
    rolled.map((row) => `${row.key} ${row.contacts}`),
    [
      '2026-03-02/passport/attendance/inbound/resolved 1',
      '2026-03-02/passport/phone/inbound/resolved 6',
      '2026-03-02/passport/sms/outbound/sent 1',
      '2026-03-03//phone/inbound/resolved 1',
    ],
  );
  const counts = await dayCounts(db, '2026-03-02', '2026-03-03');
  assert.deepEqual(counts.map((row) => `${row.day} ${row.purposeCode} ${row.channel} ${row.count}`).sort(), [
    '2026-03-02 passport attendance 1',
    '2026-03-02 passport phone 6',
    '2026-03-03 null phone 1',
  ]);
  assert.equal((await failureDemandCounts(db, '2026-03-02', '2026-03-02')).get('passport'), 1);
});

test('concurrent batches on the same day and key all count', async () => {
  const db = app.raadhus.database.db;
  const day = new Date('2026-03-01T09:00:00Z');
  await Promise.all(
    Array.from({ length: 4 }, () =>
      db.transaction().execute((trx) =>
        insertInquiries(
          trx,
          Array.from({ length: 25 }, () => contact({ occurredAt: day, channel: 'email' })),
        ),
      ),
    ),
  );
  const [row] = await dayCounts(db, '2026-03-01', '2026-03-01');
  assert.equal(row.count, 100);
});

test('measured items move in the rollup as they are started, completed and missed', async () => {
  const db = app.raadhus.database.db;
  const measuring = new MeasurementService();
  const party = { kind: 'person' as const, id: randomUUID() };
  const start = (sourceKey: string, startedAt: Date) =>
    db.transaction().execute((trx) =>
      measuring.start(
        {
          sourceKey,
          metric: 'written-answer',
          service: { kind: 'all', code: null },
          channel: 'digital-post',
          departmentCode: 'rollup-dept',
          party,
          startedAt,
        },
        trx,
      ),
    );
  // Monday 4 May 2026: the two-working-day deadline is the end of Wednesday 6 May
  assert.equal(await start('test:item-1', new Date('2026-05-04T08:00:00Z')), true);
  assert.equal(await start('test:item-1', new Date('2026-05-04T08:00:00Z')), false);
  await start('test:item-2', new Date('2026-05-04T09:00:00Z'));
  const period = { from: '2026-05-01', to: '2026-05-31', departmentCode: 'rollup-dept' };
  const before = await countsByTarget(db, { ...period, now: new Date('2026-05-05T12:00:00Z') });
  assert.deepEqual(
    before.map(({ hit, missed, open }) => ({ hit, missed, open })),
    [{ hit: 0, missed: 0, open: 2 }],
  );
  // the department answers on Tuesday: both answered in time (1 working day)
  await db
    .transaction()
    .execute((trx) => measuring.answered(party.id, 'rollup-dept', new Date('2026-05-05T10:00:00Z'), trx));
  await db
    .transaction()
    .execute((trx) => measuring.answered(party.id, 'rollup-dept', new Date('2026-05-05T11:00:00Z'), trx));
  await start('test:item-3', new Date('2026-05-04T10:00:00Z'));
  const after = await countsByTarget(db, { ...period, now: new Date('2026-05-11T12:00:00Z') });
  assert.deepEqual(
    after.map(({ hit, missed, open, workingDays, completed }) => ({ hit, missed, open, workingDays, completed })),
    // the third is open past its deadline: missed
    [{ hit: 2, missed: 1, open: 0, workingDays: 2, completed: 2 }],
  );
  const { rows } = await sql<{ outcome: string; items: string }>`
    select outcome, sum(items)::text as items from channels_measured_days where department_code = 'rollup-dept'
    group by outcome having sum(items) <> 0 order by outcome`.execute(db);
  assert.deepEqual(rows, [
    { outcome: 'hit', items: '2' },
    { outcome: 'pending', items: '1' },
  ]);
});
