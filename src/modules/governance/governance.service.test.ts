import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Principal } from '#platform/auth/principal.ts';
import type { HttpProblem } from '#platform/http/problem.ts';
import { withLocale } from '#platform/i18n/i18n.ts';
import { startTestApp, type TestApp } from '#test-support/test-app.ts';
import { waitFor } from '#test-support/wait-for.ts';
import { PostMessageSent } from '#modules/post/post.events.ts';
import type { GovernanceService } from './governance.service.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { figureCounts, insertInitiative } from './repository/plan.repository.ts';
import { demoStaff, governanceCounts, systemId } from './test-support/governance-fixtures.ts';

let app: TestApp;
let governance: GovernanceService;
let owner: Principal;
let admin: Principal;
let manager: Principal;
let caseSystem: string;
before(async () => {
  app = await startTestApp();
  governance = app.raadhus.services.governance;
  owner = await demoStaff(app.raadhus, 'staff-system-owner-1');
  admin = await demoStaff(app.raadhus, 'staff-admin-1');
  manager = await demoStaff(app.raadhus, 'staff-manager-1');
  caseSystem = await systemId(app.raadhus, 'Sagsbehandlingssystemet');
});
after(() => app?.close());

const today = danishDay();
const contract = (changes: Record<string, string> = {}) => ({
  supplier: 'Demo Software A/S',
  contractNumber: 'K-NEXT',
  startsOn: addDays(today, 300),
  endsOn: addDays(today, 300 + 3 * 365),
  terminationDeadline: addDays(today, 300 + 2 * 365),
  ownerStaffId: owner.id,
  paymentModel: 'Licens',
  ...changes,
});
const cost = (changes: Record<string, string> = {}) => ({
  year: today.slice(0, 4),
  kind: 'operation',
  payer: 'central',
  budget: '1.000.000',
  actual: '',
  ...changes,
});

/** The problem a refused change throws, as `field: message` lines in the given language. */
async function refusal(work: () => Promise<unknown>, locale: 'da' | 'en' = 'da'): Promise<string[]> {
  const problem = await withLocale(locale, () =>
    work().then(
      () => assert.fail('expected a refusal'),
      (error) => error as HttpProblem,
    ),
  );
  assert.equal(problem.statusCode, 400, String(problem));
  return (problem.errors ?? []).map(({ field, message }) => `${field}: ${message}`);
}

test('a contract overlapping the running one, with its deadline after the end, a negative cost: refused, nothing stored', async () => {
  const before = await governanceCounts(app.raadhus);
  const overlapping = contract({ startsOn: today, terminationDeadline: addDays(today, 5 * 365) });
  const messages = await refusal(() =>
    governance.contracts.add(owner, caseSystem, overlapping, [
      cost({ budget: '-250.000', actual: '1,250.00', payer: 'nowhere' }),
    ]),
  );
  assert.deepEqual(messages, [
    'terminationDeadline: Opsigelsesfristen kan ikke ligge efter kontraktens udløb.',
    `startsOn: Perioden overlapper kontrakt K-2022-017 med samme leverandør (${addDays(today, -3 * 365)} – ${addDays(today, 225)}).`,
    'costs.0.payer: Vælg central IT eller en afdeling.',
    'costs.0.budget: Beløbet kan ikke være negativt.',
    'costs.0.actual: Skriv beløbet i kroner som 1.250.000 eller 87.500,50.',
  ]);
  const english = await refusal(
    () => governance.contracts.add(owner, caseSystem, contract({ ownerStaffId: 'nobody' }), []),
    'en',
  );
  assert.deepEqual(english, ['ownerStaffId: The person is not in the staff register.']);
  assert.deepEqual(await governanceCounts(app.raadhus), before);
});

test('the renewal after the running contract is stored with its cost line, and the change is audited', async () => {
  const id = await governance.contracts.add(owner, caseSystem, contract(), [cost({ actual: '87.500,50' })]);
  const [stored] = (await governance.contracts.ofSystems([caseSystem])).filter((row) => row.id === id);
  assert.equal(stored.contractNumber, 'K-NEXT');
  assert.deepEqual(
    stored.costs.map(({ budgetOre, actualOre }) => [budgetOre, actualOre]),
    [[100_000_000, 8_750_050]],
  );
  const audit = await sql<{
    action: string;
  }>`select action from audit_log where object_id = ${caseSystem} order by id desc limit 1`.execute(
    app.raadhus.database.db,
  );
  assert.equal(audit.rows[0]?.action, 'governance:contract-add');
});

test('only the system owner or an administrator changes a system; the manager is refused with 403', async () => {
  const finance = await systemId(app.raadhus, 'Økonomisystemet');
  const before = await governanceCounts(app.raadhus);
  // Søren owns the case system, not the finance system (Lone Leder does, but as a manager she may not change it)
  const incident = { severity: 'normal', startedAt: `${today}T08:00`, respondedAt: '', endedAt: '' };
  await assert.rejects(governance.slas.recordIncident(owner, finance, incident), { statusCode: 403 });
  await assert.rejects(governance.slas.recordIncident(manager, caseSystem, incident), { statusCode: 403 });
  assert.deepEqual(await governanceCounts(app.raadhus), before);
  await governance.slas.recordIncident(admin, finance, incident);
});

test('an incident with times out of order or not times is refused by field', async () => {
  const messages = await refusal(() =>
    governance.slas.recordIncident(owner, caseSystem, {
      severity: 'meltdown',
      startedAt: `${today}T10:00`,
      respondedAt: `${today}T09:00`,
      endedAt: 'i går',
    }),
  );
  assert.deepEqual(messages, [
    'severity: Vælg en af mulighederne.',
    'endedAt: Skriv tidspunktet som ÅÅÅÅ-MM-DDTTT:MM.',
    'respondedAt: Tidspunktet kan ikke ligge før hændelsens start.',
  ]);
});

test('a role goes only to someone in the staff register; a leaver’s roles move to the successor in one action', async () => {
  const before = await governanceCounts(app.raadhus);
  const unknown = await refusal(() =>
    governance.register.assignRole(admin, caseSystem, 'data-owner', '00000000-0000-4000-8000-000000000000'),
  );
  assert.deepEqual(unknown, ['staffId: Personen findes ikke i medarbejderregistret.']);
  assert.deepEqual(await refusal(() => governance.register.transferRoles(admin, owner.id, owner.id)), [
    'to: Vælg en anden person end den, der fratræder.',
  ]);
  assert.deepEqual(await governanceCounts(app.raadhus), before);
  const caseworker = await demoStaff(app.raadhus, 'staff-caseworker-3');
  const owned = (await governance.register.systemsOf(owner.id)).size;
  assert.equal(await governance.register.transferRoles(admin, owner.id, caseworker.id, true), 3);
  assert.equal((await governance.register.systemsOf(caseworker.id)).size, owned);
  assert.equal((await governance.register.systemsOf(owner.id)).size, owned, 'a copy keeps the original holder');
  const frontDesk = await demoStaff(app.raadhus, 'staff-front-desk-1');
  await governance.register.transferRoles(admin, caseworker.id, frontDesk.id);
  assert.equal((await governance.register.systemsOf(caseworker.id)).size, 0, 'a transfer takes the roles away');
});

test('the owner reviews the user-access duty: it is no longer due, and a next review in the past is refused', async () => {
  const due = (await governance.ownerPage(owner)).flatMap(({ system }) => system.duties.filter((duty) => duty.overdue));
  assert.deepEqual(
    due.map((duty) => duty.duty),
    ['support'],
  );
  const review = { duty: 'support', status: 'met', evidence: 'Adgangsliste bekræftet', nextReview: addDays(today, -1) };
  assert.deepEqual(await refusal(() => governance.register.reviewDuty(owner, caseSystem, review)), [
    'nextReview: Næste gennemgang skal ligge efter i dag og højst tre år frem.',
  ]);
  await governance.register.reviewDuty(owner, caseSystem, { ...review, nextReview: addDays(today, 180) });
  const after = (await governance.systemPage(owner, caseSystem)).system.duties.find((duty) => duty.duty === 'support');
  assert.deepEqual([after?.status, after?.overdue, after?.lastReviewed], ['met', false, today]);
});

test('the security officer records a threat; a residual risk above the inherent one is refused, nothing stored', async () => {
  const risk = {
    threat: 'Phishing mod sagsbehandlere',
    affects: ['confidentiality', 'integrity'],
    likelihood: '3',
    consequence: '3',
    measures: 'Awareness-træning og MFA',
    residualLikelihood: '2',
    residualConsequence: '3',
    nextRevision: addDays(today, 200),
  };
  const before = (await governance.security.risks(admin, caseSystem)).length;
  assert.deepEqual(
    await refusal(() => governance.security.addRisk(admin, caseSystem, { ...risk, residualLikelihood: '4' })),
    ['residualLikelihood: Restrisikoen kan ikke være større end risikoen før foranstaltningerne.'],
  );
  await assert.rejects(governance.security.addRisk(manager, caseSystem, risk), { statusCode: 403 });
  assert.equal((await governance.security.risks(admin, caseSystem)).length, before);
  await governance.security.addRisk(admin, caseSystem, risk);
  const stored = (await governance.security.risks(admin, caseSystem)).at(-1);
  assert.deepEqual([stored?.threat, stored?.residualLikelihood, stored?.affects], [risk.threat, 2, risk.affects]);
});

test('a control left out needs its reason; the organisation’s statement is the administrator’s alone', async () => {
  const control = { code: '5.7', applicable: 'no', reason: '', status: 'not-started', evidence: '', nextReview: '' };
  assert.deepEqual(await refusal(() => governance.security.setControl(admin, 'organisation', control), 'en'), [
    'reason: Say why the control is not applicable.',
  ]);
  assert.deepEqual(
    await refusal(() => governance.security.setControl(admin, 'organisation', { ...control, code: '9.1' })),
    ['code: Vælg en kontrol fra bilag A.', 'reason: Skriv, hvorfor kontrollen ikke er relevant.'],
  );
  await assert.rejects(governance.security.setControl(owner, 'organisation', { ...control, reason: 'x' }), {
    statusCode: 403,
  });
  await governance.security.setControl(owner, caseSystem, {
    ...control,
    code: '8.7',
    applicable: 'yes',
    status: 'implemented',
  });
  const statement = await governance.security.statement(owner, caseSystem);
  assert.deepEqual(
    governance.security.progress(statement).find((theme) => theme.theme === 'technological'),
    { theme: 'technological', applicable: 34, implemented: 2, notApplicable: 0 },
  );
});

test('the committee decides a proposal against every principle; an approval against an unmet principle is refused', async () => {
  const principles = (await governance.architecture.principles()).map((principle) => principle.code);
  assert.deepEqual(principles.slice(0, 3), ['open-standards', 'open-architecture', 'common-components']);
  const assessments = Object.fromEntries(principles.map((code) => [code, { assessment: 'meets', reason: '' }]));
  const proposal = {
    committee: 'architecture',
    title: 'Egen chatbot på hjemmesiden',
    proposal: 'En chatbot uden MitID-login, hostet hos en ny leverandør.',
    systemId: '',
    decision: 'approved',
    conditions: '',
    decidedOn: today,
    assessments: { ...assessments, 'common-components': { assessment: 'no', reason: '' } },
  };
  assert.deepEqual(await refusal(() => governance.architecture.decide(manager, proposal)), [
    'reason-common-components: Begrund, hvorfor princippet ikke er opfyldt.',
    'decision: Et forslag, der ikke opfylder et princip, kan kun godkendes med betingelser eller afvises.',
  ]);
  const partial = {
    ...proposal,
    decision: 'conditional',
    assessments: { 'open-standards': { assessment: 'meets', reason: '' } },
  };
  const missing = await refusal(() => governance.architecture.decide(manager, partial), 'en');
  assert.equal(missing.length, principles.length, 'every unassessed principle and the missing conditions are named');
  assert.equal(missing.at(-1), 'conditions: Enter the conditions of the approval.');
  await assert.rejects(governance.architecture.decide(owner, proposal), { statusCode: 403 });
  assert.deepEqual(await governance.architecture.search(manager, 'chatbot'), []);
  const rejected = {
    ...proposal,
    decision: 'rejected',
    assessments: { ...proposal.assessments, 'common-components': { assessment: 'no', reason: 'Skal bruge MitID' } },
  };
  const id = await governance.architecture.decide(manager, rejected);
  const [found] = await governance.architecture.search(manager, 'CHATBOT');
  assert.deepEqual([found.id, found.decision], [id, 'rejected']);
  const decision = await governance.architecture.get(manager, id);
  assert.equal(
    decision.assessments.find((row) => row.principle.code === 'common-components')?.reason,
    'Skal bruge MitID',
  );
});

test('letters sent are counted once into the key figures, and a benefit bound to one has its gain computed', async () => {
  const publish = (channel: 'digital' | 'print') =>
    app.raadhus.database.db.transaction().execute((trx) =>
      app.raadhus.events.publish(trx, PostMessageSent, {
        messageId: randomUUID(),
        businessId: randomUUID(),
        departmentCode: 'borgerservice',
        channel,
        sentAt: '2030-02-01T10:00:00+01:00',
      }),
    );
  for (let letter = 0; letter < 3; letter++) await publish('print');
  const db = app.raadhus.database.db;
  await waitFor(
    async () => (await figureCounts(db, 2030)).get('post.letters-printed') === 3,
    'three printed letters counted',
  );
  // a retried delivery of an event counts nothing; a digital letter counts in its own figure
  assert.equal(await governance.plan.countLetter('event-1', 'digital', '2030-03-01T09:00:00+01:00', db), true);
  assert.equal(await governance.plan.countLetter('event-1', 'digital', '2030-03-01T09:00:00+01:00', db), false);
  const initiative = await insertInitiative(db, {
    year: 2030,
    focus_area: 'common-solutions',
    department_code: 'borgerservice',
    title: 'Flere digitale breve',
    owner_staff_id: manager.id,
    phase: 'implementation',
    status: 'green',
    budget_ore: 0,
    funding: 'central',
    go_live: null,
  });
  const benefit = {
    description: 'Digital andel til 50 %',
    keyFigure: 'post.digital-share',
    unit: 'letters',
    baseline: '20',
    target: '50',
    note: '',
  };
  assert.deepEqual(await refusal(() => governance.plan.addBenefit(manager, initiative, benefit)), [
    'unit: Nøgletallet post.digital-share måles i enheden percent; vælg samme enhed.',
  ]);
  assert.deepEqual(
    await refusal(() =>
      governance.plan.addBenefit(manager, initiative, {
        ...benefit,
        keyFigure: 'calls.passport',
        unit: 'calls',
        target: '-30 %',
      }),
    ),
    ['keyFigure: Nøgletallet findes ikke.', 'target: Skriv et tal, fx 70 eller 12,5.'],
  );
  assert.equal((await governance.plan.board(manager, 2030)).initiatives[0].benefits.length, 0, 'nothing stored');
  await assert.rejects(governance.plan.addBenefit(owner, initiative, { ...benefit, unit: 'percent' }), {
    statusCode: 403,
  });
  await governance.plan.addBenefit(manager, initiative, { ...benefit, unit: 'percent' });
  const [gain] = (await governance.plan.board(manager, 2030)).initiatives[0].benefits;
  // one digital letter of four: 25 %, five points of the thirty expected
  assert.deepEqual([gain.measured, gain.expected, gain.realised, gain.deviation], [25, 30, 5, -25]);
});
