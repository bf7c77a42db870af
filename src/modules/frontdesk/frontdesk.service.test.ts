import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { recordEvents } from '#test-support/event-recorder.ts';
import { waitFor } from '#test-support/wait-for.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import { withLocale } from '#platform/i18n/i18n.ts';
import type { FrontdeskService } from './frontdesk.service.ts';
import { AppointmentBooked, AppointmentCancelled, AppointmentMissed, TicketServed } from './frontdesk.events.ts';
import { freeSlots, type ServiceRules } from './slots.ts';
import { mayReachAppointment } from './frontdesk.policy.ts';
import { slotInstant } from './slot-value.ts';
import {
  addLocation,
  appointmentCount,
  appointmentsAt,
  demoCitizen,
  demoStaff,
  manyCitizens,
} from './test-support/frontdesk-fixtures.ts';

/** The front desk's rules on one shared app, at fixed times around Easter 2027 (25–29 March closed). */
let app: TestApp;
let frontdesk: FrontdeskService;
let events: Awaited<ReturnType<typeof recordEvents>>;
before(async () => {
  app = await startTestApp();
  frontdesk = app.raadhus.services.frontdesk;
  events = await recordEvents(app.raadhus, AppointmentBooked, AppointmentCancelled, AppointmentMissed, TicketServed);
});
after(() => app?.close());

// Wednesday 24 March 2027, 09:00 in Copenhagen (winter time; summer time starts Sunday 28 March)
const now = new Date('2027-03-24T08:00:00Z');
const at = (value: string) => slotInstant(value)!;
const passport: ServiceRules = { firstMinutes: 15, extraMinutes: 10, maxPersons: 4, noticeHours: 2, daysAhead: 60 };
const raceRequest = { serviceCode: 'passport', locationCode: 'race', persons: 1 };
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  starts: '10:00',
  ends: '15:00',
  validFrom: '2026-01-01',
  validTo: null,
}));

/** The problem a refused call threw, with its text in Danish and English. */
async function refusal(work: () => Promise<unknown>) {
  const error = (await work().then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  )) as HttpProblem;
  return { status: error.statusCode, da: error.detail, en: withLocale('en', () => error.detail) };
}

test('free slots skip weekends and public holidays, respect the notice, and scale with persons', () => {
  const { isWorkingDay } = app.raadhus.services.cases;
  const query = { service: passport, windows: weekdays, counters: 1, taken: [], now, isWorkingDay };
  const one = freeSlots({ ...query, persons: 1 });
  const days = [...new Set(one.map((slot) => slot.day))];
  // Maundy Thursday, Good Friday, the weekend and Easter Monday are closed
  assert.deepEqual(days.slice(0, 3), ['2027-03-24', '2027-03-30', '2027-03-31']);
  assert.ok(!days.includes('2027-05-06'), 'Ascension Day is closed');
  assert.ok(!days.includes('2027-05-17'), 'Whit Monday is closed');
  assert.equal(days.at(-1), '2027-05-21', '60 days ahead ends on Sunday 23 May: the last open day is Friday');
  // two hours' notice: 09:00 now, so 11:00 is the first time today
  assert.equal(one[0].startsAt.toISOString(), '2027-03-24T10:00:00.000Z');
  const lastOfDay = (slots: typeof one, day: string) => slots.filter((slot) => slot.day === day).at(-1)!;
  assert.equal(lastOfDay(one, '2027-03-30').startsAt.toISOString(), '2027-03-30T12:45:00.000Z'); // 14:45 summer time
  const two = freeSlots({ ...query, persons: 2 });
  const last = lastOfDay(two, '2027-03-30');
  assert.equal(last.startsAt.toISOString(), '2027-03-30T12:30:00.000Z'); // 25 minutes must end by 15:00
  assert.equal(last.endsAt.toISOString(), '2027-03-30T12:55:00.000Z');
  // a booking on the only counter at 10:00–10:15 takes 10:00, and 09:45–10:10 would clash with it too
  const taken = [{ startsAt: at('2027-03-30T1000'), endsAt: at('2027-03-30T1015') }];
  const busy = freeSlots({ ...query, persons: 1, taken }).filter((slot) => slot.day === '2027-03-30');
  assert.equal(busy[0].startsAt.toISOString(), at('2027-03-30T1015').toISOString());
  const withCounters = freeSlots({ ...query, counters: 2, persons: 1, taken }).filter((s) => s.day === '2027-03-30');
  assert.equal(withCounters[0].startsAt.toISOString(), at('2027-03-30T1000').toISOString());
});

test('one open booking per person and service; bad times are refused in Danish and English; cancel frees it', async () => {
  const anne = await demoCitizen(app.raadhus, 0);
  const bo = await demoCitizen(app.raadhus, 1);
  const request = { serviceCode: 'passport', locationCode: 'town-hall', persons: 2, startsAt: at('2027-03-30T1000') };
  const booked = await frontdesk.booking.book(anne, request, now);
  assert.equal(booked.endsAt.toISOString(), '2027-03-30T08:25:00.000Z');
  const stored = await appointmentCount(app.raadhus);
  const again = await refusal(() => frontdesk.booking.book(anne, { ...request, startsAt: at('2027-03-31T1100') }, now));
  assert.deepEqual(again, {
    status: 409,
    da: 'Du har allerede en tid til denne ydelse. Aflys den først, hvis du vil have en anden.',
    en: 'You already have a time for this service. Cancel it first if you want another.',
  });
  const cases: Array<[string, Partial<typeof request>, number, string]> = [
    ['five persons', { persons: 5 }, 400, 'Vælg mellem 1 og 4 personer.'],
    [
      'in the notice',
      { startsAt: at('2027-03-24T1045') },
      400,
      'Tiden kan ikke bookes: book mindst 2 timer før og højst 60 dage frem.',
    ],
    [
      'beyond the window',
      { startsAt: at('2027-05-24T1000') },
      400,
      'Tiden kan ikke bookes: book mindst 2 timer før og højst 60 dage frem.',
    ],
    [
      'Easter Monday',
      { startsAt: at('2027-03-29T1000') },
      400,
      'Der er ikke tider til denne ydelse på det tidspunkt. Vælg en tid fra listen.',
    ],
    [
      'off the grid',
      { startsAt: at('2027-03-30T1007') },
      400,
      'Der er ikke tider til denne ydelse på det tidspunkt. Vælg en tid fra listen.',
    ],
    [
      'after closing',
      { startsAt: at('2027-03-30T1450') },
      400,
      'Der er ikke tider til denne ydelse på det tidspunkt. Vælg en tid fra listen.',
    ],
    ['an unknown place', { locationCode: 'mars' }, 404, 'Stedet findes ikke.'],
  ];
  for (const [what, change, status, danish] of cases) {
    const refused = await refusal(() => frontdesk.booking.book(bo, { ...request, ...change }, now));
    assert.deepEqual([what, refused.status, refused.da], [what, status, danish]);
  }
  assert.equal(await appointmentCount(app.raadhus), stored, 'refused bookings stored nothing');
  // someone else's appointment is "not found"; the owner cancels it, once
  assert.equal((await refusal(() => frontdesk.booking.cancel(bo, booked.id, now))).status, 404);
  assert.equal((await frontdesk.booking.cancel(anne, booked.id, now)).status, 'cancelled');
  assert.equal((await refusal(() => frontdesk.booking.cancel(anne, booked.id, now))).status, 409);
  const rebooked = await frontdesk.booking.book(anne, request, now);
  assert.equal(rebooked.status, 'booked');
  const seen = await waitFor(async () => {
    const names = events.filter((event) => event.payload.appointmentId === booked.id).map((event) => event.event.event);
    return names.length === 2 && names;
  }, 'the booked and cancelled events');
  assert.deepEqual(seen.sort(), ['frontdesk.appointment-booked', 'frontdesk.appointment-cancelled']);
  const payload = events.find((event) => event.payload.appointmentId === booked.id)!.payload;
  assert.equal(payload.purposeCode, 'passport');
  assert.ok(!JSON.stringify(payload).includes(anne.cpr!), 'no CPR number in the event');
});

/**
 * The race proof runs 200 attempts on the PostgreSQL server (real parallel transactions); the embedded database
 * runs one transaction at a time anyway, so 40 attempts there prove the same rules in a fraction of the time.
 */
const attempts = process.env.DATABASE_URL ? 200 : 40;

test('citizens booking the last counter in parallel: 200 attempts at 20 free slots end in exactly 20 bookings', async () => {
  // one counter, 10–15 on a Thursday: exactly 20 slots of 15 minutes; ten citizens after each of them
  await addLocation(app.raadhus, {
    code: 'race',
    counters: 1,
    departmentCode: 'borgerservice',
    services: ['passport'],
  });
  const day = '2027-04-01';
  const free = (await frontdesk.booking.freeSlots('passport', 'race', 1, now)).filter((slot) => slot.day === day);
  assert.equal(free.length, 20);
  const citizens = await manyCitizens(app.raadhus, attempts);
  // the web's path: hold the chosen time, then confirm it; all at once (on the PostgreSQL server: 200
  // transactions over a pool of 10 connections, each waiting for the location's lock; no timeouts, no sleeps)
  const outcomes = await Promise.allSettled(
    citizens.map(async (citizen, index) => {
      const startsAt = free[index % free.length].startsAt;
      const hold = await frontdesk.booking.hold(citizen, { ...raceRequest, startsAt }, now);
      return frontdesk.booking.confirm(citizen, hold.id, now);
    }),
  );
  const booked = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  assert.equal(booked.length, 20);
  const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as HttpProblem] : []));
  assert.deepEqual(
    refused.map((problem) => [problem.statusCode, problem.messageKey]),
    Array(attempts - 20).fill([409, 'frontdesk.error.slotTaken']),
  );
  // what is stored: one booking on each of the 20 slots, and no slot left
  const stored = await appointmentsAt(app.raadhus, 'race');
  assert.deepEqual(
    stored.map((row) => row.starts_at.toISOString()),
    free.map((slot) => slot.startsAt.toISOString()),
  );
  const left = await frontdesk.booking.freeSlots('passport', 'race', 1, now);
  assert.ok(!left.some((slot) => slot.day === day), 'no slot of the day is left');
  // one citizen racing themself for two times of one service: one booking, the other told so
  const [twiceCitizen] = await manyCitizens(app.raadhus, 1, 'twice');
  const twice = await Promise.allSettled(
    ['2027-04-02T1000', '2027-04-02T1100'].map((slot) =>
      frontdesk.booking.book(twiceCitizen, { ...raceRequest, startsAt: at(slot) }, now),
    ),
  );
  assert.equal(twice.filter((outcome) => outcome.status === 'fulfilled').length, 1);
  const second = twice.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
  assert.equal((second.reason as HttpProblem).messageKey, 'frontdesk.error.alreadyBooked');
});

test('a chosen time is held for ten minutes, only for its holder; a cancelled time is free again after quarantine', async () => {
  await addLocation(app.raadhus, {
    code: 'held',
    counters: 1,
    departmentCode: 'borgerservice',
    services: ['passport'],
  });
  const [anne, bo, carl] = await manyCitizens(app.raadhus, 3, 'held');
  const request = { ...raceRequest, locationCode: 'held', startsAt: at('2027-04-06T1000') };
  const isFree = async (when: Date) =>
    (await frontdesk.booking.freeSlots('passport', 'held', 1, when)).some(
      (slot) => slot.startsAt.getTime() === request.startsAt.getTime(),
    );
  const hold = await frontdesk.booking.hold(anne, request, now);
  assert.equal(hold.expiresAt.toISOString(), '2027-03-24T08:10:00.000Z');
  assert.equal(await isFree(now), false, 'held: taken to everyone else');
  assert.equal((await refusal(() => frontdesk.booking.hold(bo, request, now))).status, 409);
  // only the holder confirms it; to anyone else it is gone
  const stolen = await refusal(() => frontdesk.booking.confirm(bo, hold.id, now));
  assert.deepEqual(stolen, {
    status: 409,
    da: 'Tiden er ikke længere holdt til dig. Vælg en tid igen.',
    en: 'The time is no longer held for you. Choose a time again.',
  });
  // ten minutes on, the hold has expired: Bo holds the time, and Anne's late confirm is told it is taken
  const later = new Date(now.getTime() + 10 * 60_000);
  assert.equal(await isFree(later), true, 'an expired hold holds nothing');
  const bos = await frontdesk.booking.hold(bo, request, later);
  const late = await refusal(() => frontdesk.booking.confirm(anne, hold.id, later));
  assert.equal(late.status, 409);
  const count = await appointmentCount(app.raadhus);
  // choosing another time lets go of the first; confirming books it, and the hold is gone
  const other = await frontdesk.booking.hold(bo, { ...request, startsAt: at('2027-04-06T1100') }, later);
  assert.equal(await isFree(later), true, 'Bo let go of 10:00 by choosing 11:00');
  assert.equal((await refusal(() => frontdesk.booking.confirm(bo, bos.id, later))).status, 409);
  assert.equal(await appointmentCount(app.raadhus), count, 'refused confirms stored nothing');
  const booked = await frontdesk.booking.confirm(bo, other.id, later);
  assert.equal(booked.startsAt.toISOString(), at('2027-04-06T1100').toISOString());
  assert.equal((await refusal(() => frontdesk.booking.confirm(bo, other.id, later))).status, 409);
  // an expired hold whose time is still free is booked all the same
  const carls = await frontdesk.booking.hold(carl, request, later);
  const muchLater = new Date(later.getTime() + 60 * 60_000);
  assert.equal((await frontdesk.booking.confirm(carl, carls.id, muchLater)).status, 'booked');
  // Bo cancels 11:00: the counter stays taken for 15 minutes, then anyone may book it
  await frontdesk.booking.cancel(bo, booked.id, muchLater);
  const eleven = { ...request, startsAt: at('2027-04-06T1100') };
  const quarantined = await refusal(() => frontdesk.booking.book(anne, eleven, muchLater));
  assert.equal(quarantined.da, 'Tiden er lige blevet taget af en anden. Vælg en anden tid.');
  const afterQuarantine = new Date(muchLater.getTime() + 15 * 60_000);
  assert.equal((await frontdesk.booking.book(anne, eleven, afterQuarantine)).status, 'booked');
});

test('the desk sees its day with names, marks arrived, served and no-show; another department does not', async () => {
  const desk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  const caseworker = await demoStaff(app.raadhus, 'staff-caseworker-1');
  const citizen = await demoCitizen(app.raadhus, 8);
  const visitor = await demoCitizen(app.raadhus, 9);
  const first = await frontdesk.booking.book(
    citizen,
    { serviceCode: 'driving-licence', locationCode: 'town-hall', persons: 1, startsAt: at('2027-03-31T1100') },
    now,
  );
  const second = await frontdesk.booking.book(
    visitor,
    { serviceCode: 'health-card', locationCode: 'town-hall', persons: 1, startsAt: at('2027-03-31T1200') },
    now,
  );
  const plan = await frontdesk.desk.dayPlan(desk, 'town-hall', '2027-03-31');
  assert.deepEqual(
    plan.map((visit) => [visit.citizenName, visit.serviceCode, visit.status]),
    [
      [citizen.name, 'driving-licence', 'booked'],
      [visitor.name, 'health-card', 'booked'],
    ],
  );
  assert.equal((await refusal(() => frontdesk.desk.dayPlan(caseworker, 'town-hall', '2027-03-31'))).status, 404);
  assert.equal((await refusal(() => frontdesk.desk.mark(caseworker, first.id, 'arrived'))).status, 404);
  assert.equal((await frontdesk.desk.mark(desk, first.id, 'arrived')).status, 'arrived');
  assert.equal((await frontdesk.desk.mark(desk, first.id, 'served')).status, 'served');
  assert.equal((await refusal(() => frontdesk.desk.mark(desk, first.id, 'no-show'))).status, 409);
  assert.equal((await frontdesk.desk.mark(desk, second.id, 'no-show')).status, 'no-show');
  await waitFor(
    async () =>
      events.some(
        (event) => event.event.event === 'frontdesk.appointment-missed' && event.payload.appointmentId === second.id,
      ),
    'the missed event',
  );
});

test('walk-ins: no ticket when closed, numbers in order, called to a counter, served with the waiting time', async () => {
  const desk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  const easterMonday = new Date('2027-03-29T09:00:00Z');
  const closed = await refusal(() => frontdesk.queue.takeTicket('town-hall', 'passport', easterMonday));
  assert.deepEqual(closed, {
    status: 400,
    da: 'Borgerservice er lukket nu. Se åbningstiderne, eller book en tid.',
    en: 'Citizen Service is closed now. See the opening hours, or book a time.',
  });
  const eveningClosed = new Date('2027-03-30T14:00:00Z'); // 16:00 on a Tuesday: closed (late desk is Thursday)
  assert.equal((await refusal(() => frontdesk.queue.takeTicket('town-hall', 'passport', eveningClosed))).status, 400);
  assert.equal((await refusal(() => frontdesk.queue.takeTicket('town-hall', 'dog', now))).status, 400);
  const taken = new Date('2027-03-30T09:00:00Z'); // 11:00 on Tuesday
  const first = await frontdesk.queue.takeTicket('town-hall', 'passport', taken);
  const second = await frontdesk.queue.takeTicket('town-hall', 'health-card', taken);
  assert.deepEqual([first.number, second.number], [1, 2]);
  const board = await frontdesk.queue.board('town-hall', taken);
  assert.equal(board.expectedWait, 7); // 2 waiting × 10 minutes over 3 counters
  const calledAt = new Date('2027-03-30T09:12:00Z');
  const called = await frontdesk.queue.callNext(desk, 'town-hall', 2, calledAt);
  assert.deepEqual([called?.number, called?.counter], [1, 2]);
  assert.equal((await refusal(() => frontdesk.queue.callNext(desk, 'town-hall', 9, calledAt))).status, 400);
  const served = await frontdesk.queue.finish(desk, 'town-hall', 2, new Date('2027-03-30T09:20:00Z'));
  assert.equal(served?.status, 'served');
  const event = await waitFor(
    async () => events.find((recorded) => recorded.payload.ticketId === first.id),
    'the ticket-served event',
  );
  assert.equal(event.payload.waitingSeconds, 12 * 60);
  assert.equal(event.payload.purposeCode, 'passport');
});

test('the appointment policy: the citizen who booked it, and the desk of the department that runs the place', () => {
  const citizen = { kind: 'citizen', id: 'p1', name: 'A', roles: ['citizen'] } as const;
  const staff = (departmentId: string | null) =>
    ({ kind: 'staff', id: 's1', name: 'S', roles: ['front_desk'], departmentId }) as const;
  const client = { kind: 'client', id: 'c1', name: 'C', roles: ['integration'], departmentId: 'd1' } as const;
  const rows: Array<[string, Parameters<typeof mayReachAppointment>[0], string | null, boolean]> = [
    ['the citizen who booked', { ...citizen, roles: ['citizen'] }, 'd1', true],
    ['another citizen', { ...citizen, id: 'p2', roles: ['citizen'] }, 'd1', false],
    ['the desk of the department', { ...staff('d1'), roles: ['front_desk'] }, 'd1', true],
    ['another department', { ...staff('d2'), roles: ['front_desk'] }, 'd1', false],
    ['staff without a department', { ...staff(null), roles: ['front_desk'] }, null, false],
    ['an API client of the department', { ...client, roles: ['integration'] }, 'd1', false],
  ];
  for (const [who, principal, department, expected] of rows)
    assert.equal(mayReachAppointment(principal, { personId: 'p1', locationDepartmentId: department }), expected, who);
});
