import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { EventDefinition } from '#platform/events/event.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { TicketServed } from '#modules/frontdesk/frontdesk.events.ts';
import { demoStaff, waitFor } from '../test-support/channels-fixtures.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { ServiceLevelsService } from './service-levels.service.ts';
import type { TargetForm } from './target-input.ts';
import { targetProblems } from './target-input.ts';
import { tables } from './target.repository.ts';
import { workingHoursDeadline } from './working-hours.ts';

/** The service levels measured from the telephony import, the desk's queue and staff registrations. */
let app: TestApp;
let levels: ServiceLevelsService;
let manager: Principal;
before(async () => {
  app = await startTestApp();
  const { identity, cases, channels } = app.raadhus.services;
  levels = new ServiceLevelsService(app.raadhus.database.db, {
    purposes: channels.purposes,
    caseTypes: cases,
    identity,
  });
  manager = await demoStaff(app.raadhus, 'staff-manager-1');
});
after(() => app?.close());

const publish = <Schema extends z.ZodType>(event: EventDefinition<Schema>, payload: z.infer<Schema>) =>
  app.raadhus.database.db.transaction().execute((trx) => app.raadhus.events.publish(trx, event, payload));

/** The report's row of a metric: hit, missed, compliance and the deadline's words. */
async function rowOf(metric: string, from: string, to: string, department?: string) {
  const report = await levels.reports.report(manager, { from, to, ...(department ? { department } : {}) });
  const row = report.rows.find((candidate) => candidate.key.metric === metric);
  return row && { hit: row.hit, missed: row.missed, compliance: row.compliance, status: row.status };
}

test('working hours: 08–16 on Danish working days, past weekends and public holidays', () => {
  const cases: Array<[string, number, string]> = [
    // Monday 10:00 (summer time, UTC+2) + 4 h = Monday 14:00
    ['2026-05-04T08:00:00Z', 4, '2026-05-04T12:00:00.000Z'],
    // Friday 15:00 + 4 h: one hour on Friday, three on Monday: 11:00
    ['2026-05-08T13:00:00Z', 4, '2026-05-11T09:00:00.000Z'],
    // Saturday: from Monday 08:00
    ['2026-05-09T10:00:00Z', 1, '2026-05-11T07:00:00.000Z'],
    // Wednesday 13 May 2026 at 15:00 + 2 h: one hour on Wednesday, Ascension Day (14 May) is a holiday: Friday 09:00
    ['2026-05-13T13:00:00Z', 2, '2026-05-15T07:00:00.000Z'],
    // winter time (UTC+1): Tuesday 07:00 counts from 08:00; 8 h = Tuesday 16:00
    ['2026-01-06T06:00:00Z', 8, '2026-01-06T15:00:00.000Z'],
  ];
  for (const [start, hours, due] of cases)
    assert.equal(workingHoursDeadline(new Date(start), hours).toISOString(), due, `${start} + ${hours} h`);
});

const form = (values: Partial<TargetForm>): TargetForm => ({
  metric: 'phone-answer',
  serviceKind: 'all',
  serviceCode: '',
  channel: 'phone',
  withinDays: '',
  withinAmount: '60',
  targetPercent: '80',
  noticeDays: '',
  validFrom: '2030-01-01',
  validTo: '',
  decidedBy: 'Økonomiudvalget',
  decisionReference: 'ØU 2029-12-01, pkt. 4',
  ...values,
});

test('a target names its N in the metric’s unit; a wrong or superfluous one is refused by field', () => {
  const problems = (values: Partial<TargetForm>) =>
    targetProblems(form(values), '2029-12-01', () => true).map((p) => `${p.field}:${p.key}`);
  assert.deepEqual(problems({}), []);
  assert.deepEqual(problems({ withinAmount: '' }), [
    'withinAmount:channels.serviceLevels.withinAmountInvalid.phone-answer',
  ]);
  assert.deepEqual(problems({ withinAmount: '-5' }), [
    'withinAmount:channels.serviceLevels.withinAmountInvalid.phone-answer',
  ]);
  assert.deepEqual(problems({ metric: 'satisfaction', withinAmount: '6' }), [
    'withinAmount:channels.serviceLevels.withinAmountInvalid.satisfaction',
  ]);
  assert.deepEqual(problems({ metric: 'first-contact', withinAmount: '3' }), [
    'withinAmount:channels.serviceLevels.withinAmountNone',
  ]);
  assert.deepEqual(problems({ metric: 'desk-wait', withinAmount: '15', withinDays: '2' }), [
    'withinDays:channels.serviceLevels.withinDaysWritten',
  ]);
  assert.deepEqual(problems({ metric: 'written-answer', withinDays: '2', withinAmount: '60' }), [
    'withinAmount:channels.serviceLevels.withinAmountNone',
  ]);
});

test('the shipped targets include phone, desk, callbacks, first contact and satisfaction', async () => {
  const rows = await tables(app.raadhus.database.db)
    .selectFrom('channels_service_targets')
    .select(['metric', 'channel', 'within_amount', 'target_percent'])
    .where('within_amount', 'is not', null)
    .orderBy('metric')
    .execute();
  assert.deepEqual(
    rows.map((row) => `${row.metric} ${row.channel} ${row.within_amount} ${row.target_percent}`),
    ['callback phone 8 90', 'desk-wait attendance 15 80', 'phone-answer phone 60 80', 'satisfaction any 4 80'],
  );
});

test('the telephony import measures "answered within 60 seconds": calls offered, those answered in time hit', async () => {
  const telephony = app.raadhus.services.channels.telephony;
  const header = 'dato;kø;tilbudte;besvarede;besvaret_inden;servicemål_sekunder;opgivne;gns_ventetid';
  const file = [
    header,
    '2026-03-02;passport;100;90;70;60;10;40', // 70 of 100 in time
    '2026-03-03;passport;50;50;50;30;0;10', // 50 of 50 within 30 s, so within 60 s too
    '2026-03-04;passport;40;40;40;90;0;10', // within 90 s says nothing of 60 s: not measured
  ].join('\n');
  const outcome = await telephony.importFile(manager, {
    from: '2026-03-01',
    to: '2026-03-31',
    filename: 'telefoni.csv',
    bytes: Buffer.from(file, 'utf8'),
    importValid: false,
  });
  assert.deepEqual(outcome.problems, []);
  assert.deepEqual(await rowOf('phone-answer', '2026-03-01', '2026-03-31'), {
    hit: 120,
    missed: 30,
    compliance: 80,
    status: 'green',
  });
  // the passport queue belongs to Borgerservice's purpose
  assert.equal((await rowOf('phone-answer', '2026-03-01', '2026-03-31', 'borgerservice'))?.hit, 120);
});

test('a walk-in ticket served is measured against "at most 15 minutes" from taken to called, once', async () => {
  const ticket = (minutes: number, day: string) => {
    const taken = new Date(`${day}T08:00:00Z`);
    const called = new Date(taken.getTime() + minutes * 60_000);
    return {
      ticketId: randomUUID(),
      serviceCode: 'passport',
      purposeCode: 'passport',
      locationCode: 'raadhus',
      counter: 1,
      takenAt: taken.toISOString(),
      calledAt: called.toISOString(),
      servedAt: new Date(called.getTime() + 300_000).toISOString(),
      waitingSeconds: minutes * 60,
    };
  };
  const quick = ticket(10, '2026-04-07');
  await publish(TicketServed, quick);
  await publish(TicketServed, quick); // a second delivery measures nothing
  await publish(TicketServed, ticket(25, '2026-04-07'));
  await publish(TicketServed, ticket(15, '2026-04-08'));
  const measured = await waitFor(async () => {
    const row = await rowOf('desk-wait', '2026-04-01', '2026-04-30');
    return row && row.hit + row.missed === 3 && row;
  }, 'three tickets measured');
  assert.deepEqual(measured, { hit: 2, missed: 1, compliance: 66.7, status: 'red' });
});

test('a staff registration measures first-contact resolution; the tally does not', async () => {
  const frontDesk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  const register = (resolvedFirstContact: boolean) =>
    app.raadhus.services.channels.inquiries.registerByStaff(frontDesk, {
      purposeCode: 'passport',
      channel: 'attendance',
      resolvedFirstContact,
      couldBeDigital: false,
      digitalHelp: false,
    });
  await register(true);
  await register(true);
  await register(false);
  await app.raadhus.services.channels.inquiries.tally(frontDesk, 'phone');
  const today = danishDay();
  assert.deepEqual(await rowOf('first-contact', today, today), {
    hit: 2,
    missed: 1,
    compliance: 66.7,
    status: 'red',
  });
});

test('an unknown metric in the form is refused and the page says why', async () => {
  const admin = await demoStaff(app.raadhus, 'staff-admin-1');
  await assert.rejects(
    levels.targets.create(admin, form({ metric: 'happiness' })),
    (error: HttpProblem) => error.statusCode === 400 && error.errors?.some((e) => e.field === 'metric') === true,
  );
});
