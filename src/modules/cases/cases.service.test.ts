import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { deadlineFrom } from './engine/deadline.ts';
import { caseTypeToYaml } from './engine/workflow-validation.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import type { TransitionRefused } from './cases.service.ts';
import {
  caseLetters,
  caseRow,
  countRows,
  integrationClient,
  newHousingCase,
  personId,
  staffPrincipal,
  tinyPdf,
} from './test-support/case-fixtures.ts';

let app: TestApp;
before(async () => {
  app = await startTestApp();
});
after(async () => {
  await app?.close();
});

const cases = () => app.raadhus.services.cases;

test('the standard case types are seeded once, idempotently, and the summary gives the service level', async () => {
  await cases().caseTypes.seedStandard();
  const { rows } = await sql<{
    code: string;
    count: number;
  }>`select code, count(*)::int as count from cases_case_type_versions group by code`.execute(app.raadhus.database.db);
  for (const code of [
    'change-of-address',
    'housing-benefit',
    'bulky-waste',
    'building-permit',
    'resident-parking',
    'free-school-meals',
    'dog-registration',
    'access-to-records',
  ]) {
    assert.equal(rows.find((row) => row.code === code)?.count, 1, code);
  }
  assert.deepEqual(await cases().caseTypeSummary('housing-benefit'), {
    code: 'housing-benefit',
    name: { da: 'Boligstøtte', en: 'Housing benefit' },
    expectedProcessingDays: 20,
  });
  assert.equal(await cases().caseTypeSummary('no-such-type'), undefined);
});

test('a new case gets a yearly reference, the applicant as party, a received event and its deadline in Danish working days', async () => {
  // Friday 18 December 2026: Christmas and New Year's closing days are not counted
  const now = new Date('2026-12-18T09:00:00Z');
  const created = await cases().createCase(
    app.raadhus.database.db,
    integrationClient,
    {
      caseTypeCode: 'access-to-records',
      applicant: { personId: await personId(app.raadhus, 3) },
      channel: 'api',
      fields: {},
    },
    now,
  );
  assert.match(created.reference, /^2026-\d{6}$/);
  assert.deepEqual(created.deadline, deadlineFrom(now, { amount: 7, unit: 'working_days' }));
  // 7 working days from 18 Dec skip 24–27 Dec and 31 Dec–1 Jan: 4 January 2027, end of the Danish day
  assert.equal(created.deadline?.toISOString(), '2027-01-04T22:59:59.999Z');
  assert.equal(created.expectedProcessingDays, 7);
  const row = await caseRow(app.raadhus, created.caseId);
  assert.equal(row.state, 'received');
  assert.equal(await countRows(app.raadhus, 'cases_parties', created.caseId), 1);
  assert.equal(await countRows(app.raadhus, 'cases_events', created.caseId), 1);
  const next = await newHousingCase(app.raadhus, 3);
  assert.equal(Number(next.reference.slice(5)), Number(created.reference.slice(5)) + 1);
});

test("an unknown case type and a citizen creating someone else's case are refused, nothing stored", async () => {
  const before = (
    await sql<{ count: number }>`select count(*)::int as count from cases_cases`.execute(app.raadhus.database.db)
  ).rows[0].count;
  await assert.rejects(
    cases().createCase(app.raadhus.database.db, integrationClient, {
      caseTypeCode: 'nope',
      applicant: { personId: await personId(app.raadhus, 1) },
      channel: 'api',
      fields: {},
    }),
    (error: HttpProblem) => error.statusCode === 400,
  );
  const citizen = {
    kind: 'citizen' as const,
    id: await personId(app.raadhus, 1),
    name: 'x',
    roles: ['citizen' as const],
  };
  await assert.rejects(
    cases().createCase(app.raadhus.database.db, citizen, {
      caseTypeCode: 'housing-benefit',
      applicant: { personId: await personId(app.raadhus, 2) },
      channel: 'selfservice',
      fields: {},
    }),
    (error: HttpProblem) => error.statusCode === 403,
  );
  const afterCount = (
    await sql<{ count: number }>`select count(*)::int as count from cases_cases`.execute(app.raadhus.database.db)
  ).rows[0].count;
  assert.equal(afterCount, before);
});

test('a transition the workflow does not offer from the state, or whose guards fail, is refused with reasons and changes nothing', async () => {
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const created = await newHousingCase(app.raadhus, 4, {});
  const before = await caseRow(app.raadhus, created.caseId);
  const events = await countRows(app.raadhus, 'cases_events', created.caseId);
  await assert.rejects(
    cases().transition(caseworker, created.caseId, { transitionId: 'grant', version: before.version }),
    (error: TransitionRefused) => error.statusCode === 422 && error.messageKey === 'cases.transition.notAllowed',
  );
  await cases().transition(caseworker, created.caseId, { transitionId: 'start_review', version: before.version });
  const inReview = await caseRow(app.raadhus, created.caseId);
  assert.equal(inReview.state, 'in_review');
  await assert.rejects(
    cases().transition(caseworker, created.caseId, { transitionId: 'grant', version: inReview.version }),
    (error: TransitionRefused) => {
      assert.equal(error.statusCode, 422);
      assert.deepEqual(error.reasons.map((reason) => reason.key).sort(), [
        'cases.guard.document',
        'cases.guard.field',
        'cases.guard.openTasks',
      ]);
      return true;
    },
  );
  assert.deepEqual(await caseRow(app.raadhus, created.caseId), inReview);
  assert.equal(
    await countRows(app.raadhus, 'cases_events', created.caseId),
    events + 2,
    'start_review: the transition and its task only',
  );
  // a refusal needs a reason; a citizen-only transition is refused for a caseworker
  await assert.rejects(
    cases().transition(caseworker, created.caseId, { transitionId: 'refuse', version: inReview.version }),
    (error: HttpProblem) => error.statusCode === 422 || error.statusCode === 400,
  );
  await assert.rejects(
    cases().transition(caseworker, created.caseId, { transitionId: 'withdraw', version: inReview.version }),
    (error: TransitionRefused) => error.reasons[0]?.key === 'cases.guard.role',
  );
});

test('a stale version is a 409 conflict and nothing is changed', async () => {
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const colleague = await staffPrincipal(app.raadhus, 'staff-caseworker-2');
  const created = await newHousingCase(app.raadhus, 5);
  const { version } = await caseRow(app.raadhus, created.caseId);
  await cases().assign(caseworker, created.caseId, version, caseworker.id);
  const afterFirst = await caseRow(app.raadhus, created.caseId);
  await assert.rejects(
    cases().assign(colleague, created.caseId, version, colleague.id),
    (error: HttpProblem) => error.statusCode === 409,
  );
  await assert.rejects(
    cases().transition(colleague, created.caseId, { transitionId: 'start_review', version }),
    (error: HttpProblem) => error.statusCode === 409,
  );
  assert.deepEqual(await caseRow(app.raadhus, created.caseId), afterFirst);
  assert.equal(afterFirst.assignee_id, caseworker.id);
});

test('request documentation sends a letter to the applicant and makes a task in one transaction; the document arriving moves the case on; grant sends the decision', async () => {
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const created = await newHousingCase(app.raadhus, 6);
  const applicant = await personId(app.raadhus, 6);
  const sent = (await caseLetters(app.raadhus, created.caseId)).length;
  let row = await caseRow(app.raadhus, created.caseId);
  await cases().transition(caseworker, created.caseId, {
    transitionId: 'request_documentation',
    version: row.version,
    note: 'Send din lejekontrakt.',
  });
  row = await caseRow(app.raadhus, created.caseId);
  assert.equal(row.state, 'awaiting_documentation');
  let letters = await caseLetters(app.raadhus, created.caseId);
  const letter = letters.at(-1)!;
  assert.equal(letters.length, sent + 1);
  assert.deepEqual(letter.recipient, { personId: applicant });
  assert.equal(letter.caseId, created.reference, 'the letter names the case by its number');
  assert.match(letter.body, /Send din lejekontrakt\./);
  assert.match(letter.body, new RegExp(created.reference));
  const { rows: tasks } = await sql<{
    title: string;
    due_at: Date | null;
  }>`select title, due_at from cases_tasks where case_id = ${created.caseId}`.execute(app.raadhus.database.db);
  assert.equal(tasks.length, 1);
  assert.ok(tasks[0].due_at);

  await cases().records.addDocument(caseworker, created.caseId, {
    content: await tinyPdf(),
    filename: 'lease',
    documentType: 'lease',
  });
  row = await caseRow(app.raadhus, created.caseId);
  assert.equal(row.state, 'in_review', 'documentation received (automatic)');
  const { rows: open } = await sql<{
    id: string;
  }>`select id from cases_tasks where case_id = ${created.caseId} and done_at is null`.execute(app.raadhus.database.db);
  for (const task of open) await cases().records.completeTask(caseworker, created.caseId, task.id);
  await cases().transition(caseworker, created.caseId, { transitionId: 'grant', version: row.version });
  row = await caseRow(app.raadhus, created.caseId);
  assert.equal(row.state, 'granted');
  assert.equal(row.result, 'granted');
  assert.ok(row.closed_at);
  letters = await caseLetters(app.raadhus, created.caseId);
  assert.equal(letters.at(-1)!.subject, 'Du har fået boligstøtte');
});

test("a refusal is written in the applicant's language, with the reasons once and the case type's klagevejledning", async () => {
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  // demo citizen 14 (Oliver) reads English; citizen 6 Danish (the default)
  for (const [index, expected] of [
    [14, { hello: /^Dear Oliver /, guidance: /How to complain\nYou can complain about the decision within 4 weeks/ }],
    [6, { hello: /^Kære Gitte /, guidance: /Klagevejledning\nDu kan klage over afgørelsen inden for 4 uger/ }],
  ] as const) {
    const created = await newHousingCase(app.raadhus, index);
    let row = await caseRow(app.raadhus, created.caseId);
    await cases().transition(caseworker, created.caseId, { transitionId: 'start_review', version: row.version });
    const { rows: open } = await sql<{
      id: string;
    }>`select id from cases_tasks where case_id = ${created.caseId}`.execute(app.raadhus.database.db);
    for (const task of open) await cases().records.completeTask(caseworker, created.caseId, task.id);
    row = await caseRow(app.raadhus, created.caseId);
    await cases().transition(caseworker, created.caseId, {
      transitionId: 'refuse',
      version: row.version,
      note: 'Husstandens indkomst er over grænsen.',
    });
    const letter = (await caseLetters(app.raadhus, created.caseId)).at(-1)!;
    assert.match(letter.body, expected.hello);
    assert.match(letter.body, expected.guidance);
    assert.equal(letter.body.split('Husstandens indkomst er over grænsen.').length, 2, 'the note once, as written');
    assert.match(letter.body, /(om|for) housing benefit|om boligstøtte/, 'the case type in running text');
    assert.doesNotMatch(letter.body, /^---$/m);
    assert.doesNotMatch(letter.body, index === 14 ? /Kære|Klagevejledning/ : /Dear|How to complain/);
  }
});

test('a running case keeps the workflow version it started with when an administrator saves a new version', async () => {
  const administrator = await staffPrincipal(app.raadhus, 'staff-admin-1');
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const running = await newHousingCase(app.raadhus, 8);
  const { current } = await cases().caseTypes.currentForAdministration(administrator, 'housing-benefit');
  const definition = structuredClone(current.definition);
  // the local version asks for a remark when the review starts
  definition.workflow.transitions = definition.workflow.transitions.map((transition) =>
    transition.id === 'start_review' ? { ...transition, requiresNote: true } : transition,
  );
  const saved = await cases().caseTypes.saveLocalVersion(administrator, 'housing-benefit', caseTypeToYaml(definition));
  assert.ok(saved.ok);
  assert.equal(saved.version.origin, 'local');
  assert.equal(saved.version.definition.workflow.version, current.definition.workflow.version + 1);
  const fresh = await newHousingCase(app.raadhus, 9);
  const startReview = async (caseId: string) =>
    (await cases().getCase(caseworker, caseId, 'test')).transitions.find(
      (transition) => transition.id === 'start_review',
    )!;
  assert.equal((await startReview(running.caseId)).requiresNote, false, 'the running case keeps its version');
  assert.equal((await startReview(fresh.caseId)).requiresNote, true, 'a new case gets the new version');
  // a removed transition that leaves a state unreachable is refused with the reason
  const broken = structuredClone(current.definition);
  broken.workflow.transitions = broken.workflow.transitions.filter(
    (transition) => transition.id !== 'request_documentation',
  );
  const refused = await cases().caseTypes.saveLocalVersion(administrator, 'housing-benefit', caseTypeToYaml(broken));
  assert.ok(
    !refused.ok && refused.reasons.some((reason) => /awaiting_documentation/.test(reason.message)),
    JSON.stringify(refused),
  );
  // start-up seeding never replaces the administrator's version
  await cases().caseTypes.seedStandard();
  assert.equal((await cases().caseTypes.current('housing-benefit'))?.origin, 'local');
  // restore the standard definition for the other tests
  await cases().caseTypes.saveLocalVersion(administrator, 'housing-benefit', caseTypeToYaml(current.definition));
});

test('an invalid definition is refused with named reasons and no version is stored', async () => {
  const administrator = await staffPrincipal(app.raadhus, 'staff-admin-1');
  const before = (await cases().caseTypes.history(administrator, 'dog-registration')).length;
  const result = await cases().caseTypes.saveLocalVersion(
    administrator,
    'dog-registration',
    'code: dog-registration\nname: { da: Hund }\n',
  );
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.reasons.length > 0);
  const renamed = await cases().caseTypes.saveLocalVersion(
    administrator,
    'dog-registration',
    caseTypeToYaml({ ...(await cases().caseTypes.current('dog-registration'))!.definition, code: 'cat-registration' }),
  );
  assert.ok(!renamed.ok && renamed.reasons.some((reason) => reason.path === 'code'));
  assert.equal((await cases().caseTypes.history(administrator, 'dog-registration')).length, before);
});

test("staff read of a case audits each party with the purpose; another department's case is refused", async () => {
  const caseworker = await staffPrincipal(app.raadhus, 'staff-caseworker-1');
  const other = await staffPrincipal(app.raadhus, 'staff-caseworker-3');
  const created = await newHousingCase(app.raadhus, 10);
  await cases().getCase(caseworker, created.caseId, 'case handling');
  const { rows } = await sql<{
    action: string;
    person_id: string;
    purpose: string;
  }>`select action, person_id, purpose from audit_log where object_id = ${created.caseId}`.execute(
    app.raadhus.database.db,
  );
  assert.deepEqual(
    rows.map((row) => [row.action, row.person_id]),
    [['case:read', await personId(app.raadhus, 10)]],
  );
  assert.match(rows[0].purpose, new RegExp(`case handling \\(${created.reference}, full CPR shown\\)`));
  await assert.rejects(
    cases().getCase(other, created.caseId, 'curious'),
    (error: HttpProblem) => error.statusCode === 404 && error.messageKey === 'cases.case.notFound',
    'another department’s case is not found, as an unknown one',
  );
  const { rows: after } = await sql<{
    count: number;
  }>`select count(*)::int as count from audit_log where object_id = ${created.caseId}`.execute(app.raadhus.database.db);
  assert.equal(after[0].count, 1, 'a refused read leaves no audit row of a read');
});
