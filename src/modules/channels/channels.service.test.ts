import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { z } from 'zod';
import type { EventDefinition } from '#platform/events/event.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { SelfserviceSubmitted } from '#modules/selfservice/selfservice.events.ts';
import { CaseCreated } from '#modules/cases/cases.events.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import type { ChannelsService } from './channels.service.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { selfserviceContact } from './selfservice-registration.ts';
import { demoStaff, inquiriesAbout, inquiryById, waitFor } from './test-support/channels-fixtures.ts';
import { recordEvents, type RecordedEvent } from '#test-support/event-recorder.ts';
import { demoCitizens } from '#modules/identity/demo-data.ts';
import {
  AppointmentBooked,
  AppointmentMissed,
  AppointmentServed,
  TicketServed,
} from '#modules/frontdesk/frontdesk.events.ts';
import { channelsSubscriptions } from './channels.subscriptions.ts';
import { InquiryRegistered } from './channels.events.ts';
import { dayCounts } from './repository/inquiry.repository.ts';

let app: TestApp;
let channels: ChannelsService;
let recorded: RecordedEvent[];
before(async () => {
  app = await startTestApp();
  channels = app.raadhus.services.channels;
  recorded = await recordEvents(
    app.raadhus,
    AppointmentBooked,
    AppointmentServed,
    AppointmentMissed,
    TicketServed,
    InquiryRegistered,
  );
});
after(() => app?.close());

const publish = <Schema extends z.ZodType>(event: EventDefinition<Schema>, payload: z.infer<Schema>) =>
  app.raadhus.database.db.transaction().execute((trx) => app.raadhus.events.publish(trx, event, payload));

test('the starter set of purposes ships, each with a first strategy version', async () => {
  const purposes = await channels.purposes.list();
  assert.ok(purposes.length >= 16);
  const passport = purposes.find((purpose) => purpose.code === 'passport');
  assert.equal(passport?.name.en, 'Passport');
  assert.equal(passport?.current?.desiredChannel, 'attendance');
  assert.equal(
    purposes.find((purpose) => purpose.code === 'housing-benefit')?.selfserviceHref,
    '/selfservice/solutions/housing-benefit',
  );
});

test('a self-service submission registers itself with its purpose, once, even when the event comes again', async () => {
  const submissionId = randomUUID();
  const payload = {
    submissionId,
    draftId: randomUUID(),
    solutionCode: 'housing-benefit',
    audience: 'citizen' as const,
    caseId: randomUUID(),
    caseTypeCode: 'housing-benefit',
    submittedAt: new Date().toISOString(),
  };
  const eventId = await publish(SelfserviceSubmitted, payload);
  const [row] = await waitFor(
    async () =>
      (await inquiriesAbout(app.raadhus, submissionId)).length > 0 && inquiriesAbout(app.raadhus, submissionId),
    'the submission registered',
  );
  assert.equal(row.purpose_code, 'housing-benefit');
  assert.equal(row.channel, 'selfservice');
  assert.equal(row.outcome, 'submitted');
  // the same event delivered again (a retry) adds nothing
  const event = { id: eventId, event: SelfserviceSubmitted.name, version: 1, occurredAt: new Date() };
  await channels.inquiries.registerEventContact(
    selfserviceContact(event, 'submitted', payload),
    app.raadhus.database.db,
  );
  assert.equal((await inquiriesAbout(app.raadhus, submissionId)).length, 1);
});

test('a case created at the desk registers as an attendance contact; one from self-service does not', async () => {
  const [desk, online] = [randomUUID(), randomUUID()];
  const base = { caseTypeCode: 'bulky-waste', kle: '07.18.00', state: 'received', createdAt: new Date().toISOString() };
  await publish(CaseCreated, { ...base, caseId: online, channel: 'selfservice' });
  await publish(CaseCreated, { ...base, caseId: desk, channel: 'attendance' });
  const [row] = await waitFor(
    async () => (await inquiriesAbout(app.raadhus, desk)).length > 0 && inquiriesAbout(app.raadhus, desk),
    'the desk case registered',
  );
  assert.deepEqual([row.channel, row.purpose_code, row.object_kind], ['attendance', 'bulky-waste', 'case']);
  assert.equal((await inquiriesAbout(app.raadhus, online)).length, 0);
});

test('staff register a contact for a citizen by CPR: the look-up is audited, the register keeps the person id only', async () => {
  const frontDesk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  const form = {
    purposeCode: 'passport',
    channel: 'attendance',
    cpr: '010150-0100',
    resolvedFirstContact: true,
    couldBeDigital: false,
    digitalHelp: true,
    note: 'Bestilte tid',
  };
  const id = await channels.inquiries.registerByStaff(frontDesk, form);
  const row = await inquiryById(app.raadhus, id);
  const person = await app.raadhus.services.identity.findPersonByCpr('0101500100');
  assert.deepEqual(
    [row.party_kind, row.party_id, row.actor_id, row.outcome],
    ['person', person!.id, frontDesk.id, 'resolved'],
  );
  assert.ok(!JSON.stringify(row).includes('0101500100'));
  const audit = await sql<{
    n: number;
  }>`select count(*)::int as n from audit_log where actor_id = ${frontDesk.id} and person_id = ${person!.id} and purpose = 'register an inquiry'`.execute(
    app.raadhus.database.db,
  );
  assert.equal(audit.rows[0].n, 1);
  await assert.rejects(
    channels.inquiries.registerByStaff(frontDesk, { ...form, purposeCode: 'nope' }),
    (error: HttpProblem) => error.statusCode === 400 && error.errors?.[0].field === 'purpose',
  );
  const citizen = { kind: 'citizen' as const, id: person!.id, name: 'x', roles: ['citizen' as const] };
  await assert.rejects(channels.inquiries.registerByStaff(citizen, form), /Forbidden|channels:register/);
  // insight learns of it: ids, codes and the day, never the person
  const told = await waitFor(
    async () => recorded.find((entry) => entry.payload.inquiryId === id),
    'the inquiry-registered event',
  );
  assert.deepEqual(told.payload, {
    inquiryId: id,
    staffId: frontDesk.id,
    purposeCode: 'passport',
    channel: 'attendance',
    day: danishDay(),
    registeredAt: told.payload.registeredAt,
  });
  assert.equal(recorded.filter((entry) => entry.event.event === InquiryRegistered.name).length, 1);
});

test('the front desk registers itself: booked, served, missed and a walk-in, each once, even delivered twice', async () => {
  const { frontdesk } = app.raadhus.services;
  const desk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  const [anne, bo] = await Promise.all([citizenPrincipal(2), citizenPrincipal(3)]);
  const now = new Date('2027-03-24T08:00:00Z');
  const request = { locationCode: 'town-hall', persons: 1 };
  // Tuesday 30 March 2027 (summer time): 10:00 and 11:00 in Copenhagen
  const visit = await frontdesk.booking.book(
    anne,
    { ...request, serviceCode: 'passport', startsAt: new Date('2027-03-30T08:00:00Z') },
    now,
  );
  const noShow = await frontdesk.booking.book(
    bo,
    { ...request, serviceCode: 'driving-licence', startsAt: new Date('2027-03-30T09:00:00Z') },
    now,
  );
  await frontdesk.desk.mark(desk, visit.id, 'served', new Date('2027-03-30T08:20:00Z'));
  await frontdesk.desk.mark(desk, noShow.id, 'no-show', new Date('2027-03-30T09:30:00Z'));
  const ticket = await frontdesk.queue.takeTicket('town-hall', 'health-card', new Date('2027-03-30T10:00:00Z'));
  await frontdesk.queue.callNext(desk, 'town-hall', 1, new Date('2027-03-30T10:05:00Z'));
  await frontdesk.queue.finish(desk, 'town-hall', 1, new Date('2027-03-30T10:15:00Z'));

  const rows = async () =>
    [
      ...(await inquiriesAbout(app.raadhus, visit.id)),
      ...(await inquiriesAbout(app.raadhus, noShow.id)),
      ...(await inquiriesAbout(app.raadhus, ticket.id)),
    ].map((row) => [row.object_kind, row.outcome, row.channel, row.purpose_code, row.party_id].join(' '));
  const expected = [
    `appointment booked selfservice passport ${anne.id}`,
    `appointment served attendance passport ${anne.id}`,
    `appointment booked selfservice driving-licence ${bo.id}`,
    `appointment missed attendance driving-licence ${bo.id}`,
    'ticket served attendance health-card ',
  ].sort();
  await waitFor(async () => (await rows()).length === 5, 'the five front-desk contacts registered');
  assert.deepEqual((await rows()).sort(), expected);

  // every event delivered once more (a retry after a crash): the register is unchanged
  const handlers = new Map(
    channelsSubscriptions(channels.inquiries, channels.failureDemand).map((entry) => [entry.event.name, entry]),
  );
  const frontdeskEvents = recorded.filter((entry) => entry.event.event.startsWith('frontdesk.'));
  assert.equal(frontdeskEvents.length, 5);
  for (const entry of frontdeskEvents)
    await handlers.get(entry.event.event)!.handler(entry.payload as never, {
      executor: app.raadhus.database.db,
      event: entry.event,
    });
  assert.deepEqual((await rows()).sort(), expected);

  // the figures count the visit and the walk-in on their day; the missed appointment is no contact
  const day = await dayCounts(app.raadhus.database.db, '2027-03-30', '2027-03-30');
  assert.deepEqual(day.map((count) => `${count.channel} ${count.purposeCode} ${count.count}`).sort(), [
    'attendance health-card 1',
    'attendance passport 1',
  ]);
});

async function citizenPrincipal(index: number) {
  const person = await app.raadhus.services.identity.findPersonByCpr(demoCitizens[index].cpr);
  return {
    kind: 'citizen' as const,
    id: person!.id,
    name: person!.name,
    cpr: person!.cpr,
    roles: ['citizen' as const],
  };
}

test('a batch from another system is stored whole or not at all, and an external id counts once', async () => {
  const client = {
    kind: 'client' as const,
    id: randomUUID(),
    name: 'telephony',
    roles: ['integration' as const],
    scopes: ['channels:register'],
  };
  const contact = {
    purposeCode: 'pension',
    channel: 'phone' as const,
    direction: 'inbound' as const,
    outcome: 'resolved' as const,
    occurredAt: new Date(),
    party: { kind: 'anonymous' as const },
  };
  const before = await countAll();
  await assert.rejects(
    channels.systems.register(client, [
      { ...contact, sourceKey: 'api:a' },
      { ...contact, sourceKey: 'api:b', purposeCode: 'unknown' },
    ]),
    (error: HttpProblem) => error.errors?.[0].field === 'inquiries[1].purpose',
  );
  assert.equal(await countAll(), before);
  assert.equal((await channels.systems.register(client, [{ ...contact, sourceKey: 'api:c' }])).length, 1);
  assert.equal((await channels.systems.register(client, [{ ...contact, sourceKey: 'api:c' }])).length, 0);
});

test('a new strategy version supersedes, never rewrites: not in the past, not before the latest', async () => {
  const admin = await demoStaff(app.raadhus, 'staff-admin-1');
  const { purpose } = await channels.purposes.get('tax-card');
  const input = { validFrom: danishDay(), desiredChannel: 'selfservice', channels: purpose.current!.channels };
  await assert.rejects(
    channels.admin.addVersion(admin, 'tax-card', { ...input, validFrom: '2026-01-01' }),
    (error: HttpProblem) => error.errors?.[0].field === 'validFrom',
  );
  await channels.admin.addVersion(admin, 'tax-card', input);
  const { versions } = await channels.purposes.get('tax-card');
  assert.deepEqual(
    versions.map((version) => version.validFrom),
    ['2026-01-01', danishDay()],
  );
  await assert.rejects(
    channels.admin.addVersion(admin, 'tax-card', input),
    (error: HttpProblem) => error.statusCode === 400,
  );
});

async function countAll(): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from channels_inquiries`.execute(
    app.raadhus.database.db,
  );
  return result.rows[0].n;
}
