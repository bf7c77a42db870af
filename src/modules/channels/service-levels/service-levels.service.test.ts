import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { z } from 'zod';
import type { EventDefinition } from '#platform/events/event.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { PostMessageSent, PostReplyReceived } from '#modules/post/post.events.ts';
import { CaseClosed, CaseCreated, CaseDeadlineMissed } from '#modules/cases/cases.events.ts';
import { demoStaff, waitFor } from '../test-support/channels-fixtures.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { previousQuarter } from './quarter.ts';
import { ServiceLevelsService } from './service-levels.service.ts';
import { type ServiceTarget, targetFor } from './service-target.ts';
import type { TargetForm } from './target-input.ts';
import { planVersion } from './target-versioning.ts';
import { tables } from './target.repository.ts';
import { personId } from '#modules/cases/test-support/case-fixtures.ts';
import { NoticeService } from './notice.service.ts';

/** Targets in versions, measuring from events, and the follow-up report, on one shared app. */
let app: TestApp;
let levels: ServiceLevelsService;
before(async () => {
  app = await startTestApp();
  const { identity, cases, channels } = app.raadhus.services;
  levels = new ServiceLevelsService(app.raadhus.database.db, {
    purposes: channels.purposes,
    caseTypes: cases,
    identity,
  });
});
after(() => app?.close());

const publish = <Schema extends z.ZodType>(event: EventDefinition<Schema>, payload: z.infer<Schema>) =>
  app.raadhus.database.db.transaction().execute((trx) => app.raadhus.events.publish(trx, event, payload));
const item = (sourceKey: string) =>
  tables(app.raadhus.database.db)
    .selectFrom('channels_measured_items')
    .selectAll()
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
const settled = (sourceKey: string) => async () => {
  const row = await item(sourceKey);
  return row?.outcome !== 'pending' && row;
};
const problemOf = async (work: Promise<unknown>) => {
  const problem = (await work.then(
    () => assert.fail('expected a refusal'),
    (error: unknown) => error,
  )) as HttpProblem;
  assert.equal(problem.statusCode, 400);
  return Object.fromEntries((problem.errors ?? []).map(({ field, message }) => [field, message]));
};
const form = (values: Partial<TargetForm>): TargetForm => ({
  metric: 'written-answer',
  serviceKind: 'all',
  serviceCode: '',
  channel: 'digital-post',
  withinDays: '3',
  targetPercent: '95',
  noticeDays: '',
  validFrom: '2030-01-01',
  validTo: '',
  decidedBy: 'Økonomiudvalget',
  decisionReference: 'ØU 2029-12-01, pkt. 4',
  ...values,
});

test('the most specific target in force applies: its own service and channel before every service', () => {
  const base = {
    withinDays: null,
    targetPercent: 90,
    noticeDays: null,
    validTo: null,
    decidedBy: 'x',
    decisionReference: 'y',
  };
  const all: ServiceTarget = {
    ...base,
    id: 'all',
    metric: 'case-decided',
    serviceKind: 'all',
    serviceCode: '',
    channel: 'any',
    validFrom: '2026-01-01',
  };
  const own: ServiceTarget = {
    ...all,
    id: 'own',
    serviceKind: 'case-type',
    serviceCode: 'building-permit',
    validFrom: '2026-06-01',
  };
  const lookup = (code: string, day: string) =>
    targetFor([all, own], { metric: 'case-decided', service: { kind: 'case-type', code }, channel: 'phone', day })?.id;
  assert.equal(lookup('building-permit', '2026-06-01'), 'own');
  assert.equal(lookup('building-permit', '2026-05-31'), 'all');
  assert.equal(lookup('dog-registration', '2026-06-01'), 'all');
  assert.equal(lookup('dog-registration', '2025-12-31'), undefined);
  // a later version supersedes an open one; a version inside a closed one overlaps it
  const closed = { ...own, id: 'closed', validTo: '2026-12-31' };
  assert.deepEqual(planVersion([all], all, { validFrom: '2027-01-01', validTo: null }), {
    supersedes: { id: 'all', validTo: '2026-12-31' },
    problems: [],
  });
  assert.equal(
    planVersion([closed], own, { validFrom: '2026-12-01', validTo: null }).problems[0]?.key,
    'channels.serviceLevels.overlaps',
  );
  assert.equal(planVersion([all], all, { validFrom: '2026-01-01', validTo: null }).problems.length, 1);
});

test('the shipped targets are there; a new version supersedes the open one, an overlap is refused with the version', async () => {
  const admin = await demoStaff(app.raadhus, 'staff-admin-1');
  const shipped = await levels.targets.list();
  const written = shipped.find((target) => target.metric === 'written-answer');
  assert.deepEqual(
    { days: written?.withinDays, percent: written?.targetPercent, from: written?.validFrom, to: written?.validTo },
    { days: 2, percent: 90, from: '2026-01-01', to: null },
  );
  assert.equal(written?.decidedBy, 'Økonomiudvalget');
  await levels.targets.create(admin, form({}));
  const after = (await levels.targets.list()).filter((target) => target.metric === 'written-answer');
  assert.deepEqual(
    after.map((target) => [target.validFrom, target.validTo, target.withinDays]),
    [
      ['2026-01-01', '2029-12-31', 2],
      ['2030-01-01', null, 3],
    ],
  );
  const stored = await levels.targets.list();
  // the same start again overlaps the version just stored: refused, naming it and its decision; nothing changes
  const overlap = await problemOf(levels.targets.create(admin, form({ validTo: '2030-06-30' })));
  assert.equal(
    overlap.validFrom,
    'Perioden overlapper versionen 2030-01-01 – … (beslutning ØU 2029-12-01, pkt. 4). Vælg en periode, der ikke overlapper.',
  );
  const bad = await problemOf(
    levels.targets.create(
      admin,
      form({
        metric: 'case-decided',
        serviceKind: 'case-type',
        serviceCode: 'no-such',
        validFrom: '2020-01-01',
        targetPercent: '101',
        decidedBy: '',
      }),
    ),
  );
  assert.deepEqual(bad, {
    serviceCode: 'Der er intet formål eller nogen sagstype med den kode.',
    withinDays: 'Lad fristen være tom: sager måles mod den offentliggjorte sagsbehandlingstid.',
    targetPercent: 'Skriv målet som et helt tal fra 1 til 100.',
    validFrom: 'Vælg i dag eller en senere dag.',
    decidedBy: 'Skriv hvem der har besluttet målet.',
  });
  assert.deepEqual(await levels.targets.list(), stored);
  const manager = await demoStaff(app.raadhus, 'staff-manager-1');
  await assert.rejects(levels.targets.create(manager, form({ validFrom: '2031-01-01' })), { statusCode: 403 });
});

test('a message to a department is answered by its next letter: answer time in working days, hit or missed, once', async () => {
  const [fast, slow] = [randomUUID(), randomUUID()];
  const [inFast, inSlow] = [randomUUID(), randomUUID()];
  // Friday 20 February 2026: two working days run to the end of Tuesday 24 February
  const received = { threadId: randomUUID(), departmentCode: 'borgerservice', receivedAt: '2026-02-20T09:00:00+01:00' };
  await publish(PostReplyReceived, { ...received, messageId: inFast, personId: fast });
  await publish(PostReplyReceived, { ...received, messageId: inSlow, personId: slow });
  await publish(PostReplyReceived, { ...received, messageId: inSlow, personId: slow }); // the same message again
  await waitFor(
    async () => !!(await item(`message:${inSlow}`)) && !!(await item(`message:${inFast}`)),
    'both measured',
  );
  const letter = { departmentCode: 'borgerservice', channel: 'digital' as const };
  await publish(PostMessageSent, {
    ...letter,
    messageId: randomUUID(),
    personId: fast,
    sentAt: '2026-02-24T15:00:00+01:00',
  });
  await publish(PostMessageSent, {
    ...letter,
    messageId: randomUUID(),
    personId: slow,
    sentAt: '2026-02-25T08:00:00+01:00',
  });
  const hit = await waitFor(settled(`message:${inFast}`), 'the fast answer');
  const missed = await waitFor(settled(`message:${inSlow}`), 'the slow answer');
  assert.deepEqual([hit.outcome, hit.working_days, hit.deadline.toISOString()], ['hit', 2, '2026-02-24T22:59:59.999Z']);
  assert.deepEqual([missed.outcome, missed.working_days], ['missed', 3]);
  const written = (await levels.targets.list()).find(
    (t) => t.metric === 'written-answer' && t.validFrom === '2026-01-01',
  );
  assert.equal(hit.target_id, written?.id);
  // a later letter changes nothing: each inquiry is answered once
  await publish(PostMessageSent, {
    ...letter,
    messageId: randomUUID(),
    personId: slow,
    sentAt: '2026-02-23T08:00:00+01:00',
  });
  const count = await tables(app.raadhus.database.db)
    .selectFrom('channels_measured_items')
    .select('id')
    .where('party_id', '=', slow)
    .execute();
  assert.equal(count.length, 1);

  const manager = await demoStaff(app.raadhus, 'staff-manager-1');
  const report = await levels.reports.report(manager, {
    from: '2026-02-01',
    to: '2026-02-28',
    department: 'borgerservice',
  });
  const row = report.rows.find((r) => r.key.metric === 'written-answer');
  assert.deepEqual(
    [row?.hit, row?.missed, row?.compliance, row?.status, row?.meanWorkingDays, row?.target.targetPercent],
    [1, 1, 50, 'red', 2.5, 90],
  );
  const refused = await problemOf(
    levels.reports.report(manager, { from: '2026-02-01', to: '2026-01-01', department: 'nowhere' }),
  );
  assert.deepEqual(refused, { to: 'Til-datoen ligger før fra-datoen.', department: 'Vælg en afdeling fra listen.' });
});

test('a case is decided within its published processing time, or missed; a missed deadline counts at once', async () => {
  const quarter = previousQuarter(danishDay());
  const codes = { kle: '02.34.02', state: 'received', departmentCode: 'teknik-miljoe' };
  const permit = (caseId: string, deadlineDay: string) => ({
    ...codes,
    caseId,
    caseTypeCode: 'building-permit',
    channel: 'selfservice' as const,
    personId: randomUUID(),
    createdAt: `${quarter.from}T09:00:00+00:00`,
    deadline: `${deadlineDay}T12:00:00+00:00`,
  });
  const [inTime, late, open] = [randomUUID(), randomUUID(), randomUUID()];
  await publish(CaseCreated, permit(inTime, quarter.to));
  await publish(CaseCreated, permit(late, quarter.to));
  await publish(CaseCreated, permit(open, quarter.to));
  const closed = {
    ...codes,
    caseTypeCode: 'building-permit',
    state: 'granted',
    result: 'granted',
    receivedAt: `${quarter.from}T09:00:00+00:00`,
  };
  await publish(CaseClosed, { ...closed, caseId: inTime, closedAt: `${quarter.to}T10:00:00+00:00` });
  await publish(CaseClosed, { ...closed, caseId: late, closedAt: new Date().toISOString() });
  await waitFor(async () => !!(await item(`case:${open}`)), 'the open case measured');
  await publish(CaseDeadlineMissed, {
    ...codes,
    caseId: open,
    caseTypeCode: 'building-permit',
    deadline: `${quarter.to}T12:00:00+00:00`,
    detectedAt: new Date().toISOString(),
  });
  assert.equal((await waitFor(settled(`case:${inTime}`), 'in time')).outcome, 'hit');
  assert.equal((await waitFor(settled(`case:${late}`), 'late')).outcome, 'missed');
  const stillOpen = await waitFor(settled(`case:${open}`), 'missed while open');
  assert.deepEqual([stillOpen.outcome, stillOpen.completed_at], ['missed', null]);
  const permitTarget = (await levels.targets.list()).find((t) => t.serviceCode === 'building-permit');
  assert.equal(stillOpen.target_id, permitTarget?.id);

  // the late case was decided this quarter: last quarter counts the one in time and the one still open past its deadline
  const times = await levels.publicReports.processingTimes();
  const row = times.rows.find((r) => r.code === 'building-permit');
  assert.deepEqual([row?.amount, row?.unit, row?.hit, row?.missed, row?.compliance], [28, 'working_days', 1, 1, 50]);
});

test('§ 3: a case about to miss its deadline is found once; the caseworker sends the letter with reason and new date', async () => {
  const { cases, post, identity } = app.raadhus.services;
  const db = app.raadhus.database.db;
  const notices = new NoticeService({ db, events: app.raadhus.events, cases, post, identity });
  const caseworker = await demoStaff(app.raadhus, 'staff-caseworker-1');
  // a citizen without contact points: the letter sends no SMS or e-mail (the notify dispatch is not under test here)
  const applicant = { personId: await personId(app.raadhus, 12) };
  const input = { caseTypeCode: 'housing-benefit', applicant, channel: 'phone' as const, fields: {} };
  const created = await cases.createCase(db, caseworker, input);
  await waitFor(async () => !!(await item(`case:${created.caseId}`)), 'the case measured');
  const deadlineDay = danishDay(created.deadline!);
  // three calendar days before the deadline is within the default warning of 5 working days
  const soon = new Date(created.deadline!.getTime() - 3 * 86_400_000);
  await notices.findAtRisk(new Date(created.deadline!.getTime() - 20 * 86_400_000));
  assert.equal(await notices.forCase(caseworker, created.caseId), undefined, 'not at risk three weeks before');
  assert.ok((await notices.findAtRisk(soon)) >= 1);
  assert.equal(await notices.findAtRisk(soon), 0, 'found once');
  const mine = (await notices.open(caseworker, soon)).find((notice) => notice.caseId === created.caseId);
  assert.deepEqual([mine?.caseType.da, mine?.deadlineDay, mine?.sentAt], ['Boligstøtte', deadlineDay, null]);
  const otherDepartment = await demoStaff(app.raadhus, 'staff-caseworker-3');
  await assert.rejects(notices.forCase(otherDepartment, created.caseId), { statusCode: 404 });

  const refused = await problemOf(notices.send(caseworker, created.caseId, { reason: '', expectedDay: deadlineDay }));
  assert.deepEqual(refused, {
    reason: 'Skriv årsagen til forsinkelsen.',
    expectedDay: `Vælg en dato efter den offentliggjorte frist (${deadlineDay}).`,
  });
  assert.deepEqual(await post.lettersForCase(created.caseId, applicant), []);
  const expectedDay = addDays(deadlineDay, 30);
  await notices.send(caseworker, created.caseId, { reason: 'Vi afventer oplysninger fra SKAT.', expectedDay });
  const letters = await post.lettersForCase(created.caseId, applicant);
  assert.deepEqual(
    letters.map((letter) => letter.subject),
    ['Din sag om Boligstøtte: afgørelsen bliver forsinket'],
  );
  await assert.rejects(notices.send(caseworker, created.caseId, { reason: 'Igen.', expectedDay }), { statusCode: 409 });
  assert.equal((await notices.forCase(caseworker, created.caseId))?.sentAt instanceof Date, true);
});
