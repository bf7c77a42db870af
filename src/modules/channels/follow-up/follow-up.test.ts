import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import type { EventDefinition } from '#platform/events/event.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { CaseClosed, CaseCreated } from '#modules/cases/cases.events.ts';
import { PostMessageRead, PostMessageSent } from '#modules/post/post.events.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import type { ChannelsService } from '../channels.service.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { demoStaff, inquiryById, waitFor } from '../test-support/channels-fixtures.ts';
import { intakeTables } from '../repository/telephony.repository.ts';

/** Failure demand learned from events, and the figures page's baseline, on a real database. */
let app: TestApp;
let channels: ChannelsService;
let frontDesk: Principal;
before(async () => {
  app = await startTestApp();
  channels = app.raadhus.services.channels;
  frontDesk = await demoStaff(app.raadhus, 'staff-front-desk-1');
});
after(() => app?.close());

const publish = <Schema extends z.ZodType>(event: EventDefinition<Schema>, payload: z.infer<Schema>) =>
  app.raadhus.database.db.transaction().execute((trx) => app.raadhus.events.publish(trx, event, payload));
const flagOf = async (cpr: string, purposeCode: string, channel = 'phone') => {
  const form = { purposeCode, channel, cpr, resolvedFirstContact: true, couldBeDigital: true, digitalHelp: false };
  return (await inquiryById(app.raadhus, await channels.inquiries.registerByStaff(frontDesk, form))).failure_demand;
};
const learned = (table: 'channels_party_cases' | 'channels_party_letters', column: string, id: string) =>
  waitFor(async () => {
    const rows = await intakeTables(app.raadhus.database.db)
      .selectFrom(table)
      .selectAll()
      .where(column as never, '=', id as never)
      .execute();
    return rows.length > 0 && rows;
  }, `${table} learned ${id}`);

/** A demo citizen the demo data gave no case (the demo's cases registered themselves through their events). */
async function citizenWithoutCases() {
  const known = await intakeTables(app.raadhus.database.db)
    .selectFrom('channels_party_cases')
    .select('party_id')
    .execute();
  for (const citizen of demoCitizens) {
    const person = (await app.raadhus.services.identity.findPersonByCpr(citizen.cpr))!;
    if (!known.some((row) => row.party_id === person.id)) return { citizen, person };
  }
  throw new Error('every demo citizen has a case');
}

test('a phone "status of my case" while the case is on "my cases" is failure demand; not before, not at self-service', async () => {
  const { citizen, person } = await citizenWithoutCases();
  assert.equal(await flagOf(citizen.cpr, 'case-status'), null, 'no case known yet');
  const caseId = randomUUID();
  const created = { caseId, caseTypeCode: 'bulky-waste', kle: '07.18.00', state: 'received' };
  await publish(CaseCreated, {
    ...created,
    channel: 'selfservice',
    personId: person.id,
    createdAt: new Date().toISOString(),
  });
  await learned('channels_party_cases', 'case_id', caseId);
  assert.equal(await flagOf(citizen.cpr, 'case-status'), 'case-visible');
  assert.equal(await flagOf(citizen.cpr, 'case-status', 'attendance'), 'case-visible');
  assert.equal(await flagOf(citizen.cpr, 'case-status', 'email'), null, 'only phone and desk are counted');
  // closed long ago: no longer on "my cases" as news, the question is not avoidable
  const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString();
  await publish(CaseClosed, { ...created, result: 'granted', receivedAt: longAgo, closedAt: longAgo });
  await waitFor(async () => (await learned('channels_party_cases', 'case_id', caseId))[0].closed_at !== null, 'closed');
  assert.equal(await flagOf(citizen.cpr, 'case-status'), null);
});

test('a phone call to a department whose Digital Post letter is unread is failure demand, until it is read', async () => {
  const citizen = demoCitizens[demoCitizens.length - 2];
  const person = (await app.raadhus.services.identity.findPersonByCpr(citizen.cpr))!;
  const messageId = randomUUID();
  const letter = { messageId, personId: person.id, departmentCode: 'ydelser' };
  await publish(PostMessageSent, { ...letter, channel: 'digital', sentAt: new Date().toISOString() });
  await learned('channels_party_letters', 'message_id', messageId);
  assert.equal(await flagOf(citizen.cpr, 'child-benefit'), 'letter-unread');
  assert.equal(await flagOf(citizen.cpr, 'passport'), null, 'another department: not about the letter');
  await publish(PostMessageRead, { ...letter, readAt: new Date().toISOString() });
  await waitFor(
    async () => (await learned('channels_party_letters', 'message_id', messageId))[0].read_at !== null,
    'read',
  );
  assert.equal(await flagOf(citizen.cpr, 'child-benefit'), null);
});

test('the follow-up counts failure demand per purpose and compares with the baseline: shift and saving', async () => {
  const manager = await demoStaff(app.raadhus, 'staff-manager-1');
  const today = danishDay();
  const report = await channels.figures.report(manager, today, today);
  const followUp = await channels.followUp.compare(manager, report, { from: '2026-07-10', to: '2026-07-16' });
  const status = followUp.rows.find((row) => row.purposeCode === 'case-status')!;
  // today: the tests above registered 5 case-status contacts by phone, desk or e-mail, 2 of them avoidable
  assert.equal(status.failureDemand, 2);
  assert.equal(status.total, 5);
  assert.equal(status.failureDemandPercent, 40);
  const childBenefit = followUp.rows.find((row) => row.purposeCode === 'child-benefit')!;
  assert.equal(childBenefit.failureDemand, 1);
  // the demo baseline week had self-service; today child benefit went by phone only: a 0 % share, a cost, no saving
  assert.equal(childBenefit.desiredShare, 0);
  assert.ok(childBenefit.baselineDesiredShare! > 0);
  assert.ok(childBenefit.savingOre! < 0);
  await assert.rejects(
    channels.followUp.compare(manager, report, { from: '2026-07-16', to: '2026-07-10' }),
    (error: { errors?: Array<{ field: string }> }) => error.errors?.[0].field === 'baselineTo',
  );
});
