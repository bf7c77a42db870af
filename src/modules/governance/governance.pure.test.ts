import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annexA, annexAThemes } from './annex-a.ts';
import { contractProblems, readCost } from './contract-rules.ts';
import { figureValue, realisedGain } from './key-figures.ts';
import { parseIncidentCsv } from './incident-rules.ts';
import { readInitiative } from './initiative-input.ts';
import { KitosFile, systemsFromKitos, systemsToKitos } from './kitos.ts';
import { readKroner } from './money.ts';
import { riskLevel, riskProblems } from './risk-rules.ts';
import { danishTime, monthCompliance } from './sla-compliance.ts';

test('kroner are read in the Danish format only; negative and English amounts are refused', () => {
  const cases: Array<[string, ReturnType<typeof readKroner>]> = [
    ['1.250.000', { ok: true, ore: 125_000_000 }],
    ['1250000', { ok: true, ore: 125_000_000 }],
    ['87.500,50', { ok: true, ore: 8_750_050 }],
    ['87,5 kr.', { ok: true, ore: 8750 }],
    ['0', { ok: true, ore: 0 }],
    ['-1.000', { ok: false, problem: 'negative' }],
    ['1,250.00', { ok: false, problem: 'format' }],
    ['1,250', { ok: false, problem: 'format' }],
    ['12.34', { ok: false, problem: 'format' }],
    ['tusind', { ok: false, problem: 'format' }],
    ['', { ok: false, problem: 'format' }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(readKroner(text), expected, text);
});

const contract = {
  supplier: 'Demo Software A/S',
  contractNumber: 'K-2027-001',
  startsOn: '2027-01-01',
  endsOn: '2029-12-31',
  terminationDeadline: '2029-06-30',
  ownerStaffId: 'x',
  paymentModel: 'Licens',
};
const keys = (problems: ReturnType<typeof contractProblems>) => problems.map(({ field, key }) => `${field}:${key}`);

test('a contract is refused for an overlap with the same supplier, a deadline outside the period, an end before start', () => {
  assert.deepEqual(contractProblems(contract, []), []);
  const earlier = {
    supplier: 'demo software a/s ',
    startsOn: '2024-01-01',
    endsOn: '2027-01-01',
    contractNumber: 'K-1',
  };
  assert.deepEqual(keys(contractProblems(contract, [earlier])), ['startsOn:governance.contract.overlaps']);
  // another supplier's contract may run at the same time (hosting beside a licence)
  assert.deepEqual(contractProblems(contract, [{ ...earlier, supplier: 'Drift A/S' }]), []);
  assert.deepEqual(keys(contractProblems({ ...contract, terminationDeadline: '2030-01-31' }, [])), [
    'terminationDeadline:governance.contract.deadlineAfterEnd',
  ]);
  assert.deepEqual(
    keys(contractProblems({ ...contract, endsOn: '2026-12-31', terminationDeadline: '2026-12-01' }, [])),
    ['endsOn:governance.contract.endsBeforeStart', 'terminationDeadline:governance.contract.deadlineBeforeStart'],
  );
  assert.deepEqual(keys(contractProblems({ ...contract, startsOn: '2027-02-30', supplier: ' ' }, [])), [
    'supplier:governance.contract.supplier.required',
    'startsOn:governance.day.invalid',
  ]);
});

test('a cost line names each wrong field', () => {
  const line = { year: '2027', kind: 'operation', payer: 'central', budget: '100.000', actual: '' };
  assert.deepEqual(readCost(line, ['central']), {
    ok: true,
    row: { year: 2027, kind: 'operation', payer: 'central', budgetOre: 10_000_000, actualOre: null },
  });
  const refused = readCost({ year: '27', kind: 'gold', payer: 'mars', budget: '-5', actual: '1,5.0' }, ['central']);
  assert.equal(refused.ok, false);
  assert.deepEqual(!refused.ok && refused.problems.map(({ field, key }) => `${field}:${key}`), [
    'year:governance.cost.year.invalid',
    'kind:governance.cost.kind.invalid',
    'payer:governance.cost.payer.invalid',
    'budget:governance.cost.negative',
    'actual:governance.cost.format',
  ]);
});

test('a month is measured against the SLA: downtime of critical incidents, responses in time, red/amber/green', () => {
  const terms = { availabilityTarget: 9950, responseMinutes: 60 };
  const now = new Date('2027-01-15T12:00:00Z');
  const at = (day: string, time: string) => danishTime(day, time);
  // November has 43,200 minutes; 300 minutes down is 99.30 %: under the target, within half a point: amber
  const outage = {
    severity: 'critical' as const,
    startedAt: at('2026-11-10', '09:00'),
    respondedAt: at('2026-11-10', '09:20'),
    endedAt: at('2026-11-10', '14:00'),
  };
  assert.deepEqual(monthCompliance(terms, [outage], '2026-11', now), {
    month: '2026-11',
    availability: 9930,
    downtimeMinutes: 300,
    incidents: 1,
    respondedInTime: 1,
    rating: 'amber',
  });
  assert.equal(monthCompliance(terms, [], '2026-11', now).rating, 'green');
  // an answer after 61 minutes of one incident in two: 50 % in time is red although the system never went down
  const late = {
    severity: 'normal' as const,
    startedAt: at('2026-11-03', '08:00'),
    respondedAt: at('2026-11-03', '09:01'),
    endedAt: null,
  };
  const early = { ...late, respondedAt: at('2026-11-03', '08:10') };
  assert.equal(monthCompliance(terms, [late, early], '2026-11', now).rating, 'red');
  // an outage across the month's end counts only its own month's part; one still open counts until now
  const across = { ...outage, startedAt: at('2026-10-31', '23:00'), endedAt: at('2026-11-01', '01:00') };
  assert.equal(monthCompliance(terms, [across], '2026-11', now).downtimeMinutes, 60);
  const open = { ...outage, startedAt: at('2027-01-15', '12:00'), endedAt: null };
  assert.equal(monthCompliance(terms, [open], '2027-01', new Date('2027-01-15T11:30:00Z')).downtimeMinutes, 30);
});

test('Annex A ships its 93 controls by number in four themes', () => {
  assert.equal(annexA.length, 93);
  const last = (theme: string) => annexA.filter((control) => control.theme === theme).at(-1)?.code;
  assert.deepEqual(annexAThemes.map(last), ['5.37', '6.8', '7.14', '8.34']);
  assert.equal(annexA.find((control) => control.code === '8.13')?.title, 'Information backup');
});

test('a risk is refused for scores outside 1–4, no property, a residual risk above the inherent one', () => {
  const risk = {
    threat: 'Ransomware',
    affects: ['availability', 'integrity'],
    likelihood: '3',
    consequence: '4',
    measures: 'Backup',
    residualLikelihood: '2',
    residualConsequence: '4',
    nextRevision: '2027-06-01',
  };
  assert.deepEqual(riskProblems(risk, '2026-12-07').scores, {
    likelihood: 3,
    consequence: 4,
    residualLikelihood: 2,
    residualConsequence: 4,
  });
  const fields = (input: typeof risk) =>
    riskProblems(input, '2026-12-07').problems.map(({ field, key }) => `${field}:${key}`);
  assert.deepEqual(fields({ ...risk, residualLikelihood: '4' }), ['residualLikelihood:governance.risk.residualAbove']);
  assert.deepEqual(fields({ ...risk, likelihood: '5', affects: ['mood'], nextRevision: '2026-12-07' }), [
    'affects:governance.risk.affects.required',
    'likelihood:governance.risk.score',
    'nextRevision:governance.risk.nextRevision.invalid',
  ]);
  assert.deepEqual(
    [riskLevel(1, 3), riskLevel(2, 2), riskLevel(2, 4), riskLevel(3, 4)],
    ['low', 'medium', 'high', 'critical'],
  );
});

test('a key figure’s value and a benefit’s realised gain are computed', () => {
  const counts = new Map([
    ['post.letters-printed', 30],
    ['post.letters-digital', 90],
  ]);
  assert.deepEqual(
    ['post.digital-share', 'post.letters-printed', 'post.letters-digital'].map((id) => figureValue(id, counts)),
    [75, 30, 90],
  );
  assert.equal(figureValue('post.digital-share', new Map()), null);
  // a rise towards a higher target, and a reduction towards a lower one
  assert.deepEqual(realisedGain(70, 90, 75), { expected: 20, realised: 5, deviation: -15 });
  assert.deepEqual(realisedGain(60_000, 10_000, 8_000), { expected: 50_000, realised: 52_000, deviation: 2_000 });
});

test('an initiative names each wrong field; a valid one is read into øre and codes', () => {
  const input = {
    year: '2027',
    title: ' Chatbot ',
    focusArea: 'self-service',
    departmentCode: 'borgerservice',
    ownerStaffId: 'x',
    phase: 'idea',
    status: 'green',
    budget: '1.250.000,50',
    funding: 'pool',
    goLive: '',
  };
  const read = readInitiative(input, ['borgerservice']);
  assert.deepEqual(read.problems, []);
  assert.equal(read.values?.budgetOre, 125_000_050);
  assert.equal(read.values?.title, 'Chatbot');
  assert.equal(read.values?.goLive, null);
  const cases: Array<[Partial<typeof input>, string, string]> = [
    [{ year: '1999' }, 'year', 'governance.initiative.year.invalid'],
    [{ year: '27' }, 'year', 'governance.initiative.year.invalid'],
    [{ title: ' ' }, 'title', 'governance.initiative.title.required'],
    [{ title: 'x'.repeat(201) }, 'title', 'governance.initiative.title.long'],
    [{ focusArea: 'marketing' }, 'focusArea', 'governance.code.invalid'],
    [{ departmentCode: 'nowhere' }, 'departmentCode', 'governance.code.invalid'],
    [{ status: 'blue' }, 'status', 'governance.code.invalid'],
    [{ budget: '-5' }, 'budget', 'governance.cost.negative'],
    [{ budget: '1,250.00' }, 'budget', 'governance.cost.format'],
    [{ goLive: '2027-13-01' }, 'goLive', 'governance.day.invalid'],
  ];
  for (const [change, field, key] of cases) {
    const { problems, values } = readInitiative({ ...input, ...change }, ['borgerservice']);
    assert.deepEqual(problems, [{ field, key }], JSON.stringify(change));
    assert.equal(values, undefined);
  }
});

test('a service desk CSV is read with Danish or English headers; any wrong row refuses the whole file', () => {
  const good = parseIncidentCsv(
    'Priority,Started,Responded,Resolved,Extra\nhigh,2026-11-03 08:15,2026-11-03T08:30,2026-11-03 10:00,x\nKritisk,2026-11-04 09:00,,\n',
  );
  assert.deepEqual(good.problems, []);
  assert.equal(good.incidents.length, 2);
  assert.equal(good.incidents[0].severity, 'high');
  assert.equal(good.incidents[0].startedAt.toISOString(), '2026-11-03T07:15:00.000Z');
  assert.equal(good.incidents[1].severity, 'critical');
  assert.equal(good.incidents[1].endedAt, null);
  const bad = parseIncidentCsv('alvorlighed;start;løst\nnormal;2026-11-03 08:15;2026-11-03 08:00\nhmm;i går;\n');
  assert.deepEqual(bad.incidents, []);
  assert.deepEqual(bad.problems, [
    { line: 2, field: 'endedAt', key: 'governance.incident.beforeStart' },
    { line: 3, field: 'severity', key: 'governance.code.invalid' },
    { line: 3, field: 'startedAt', key: 'governance.time.invalid' },
  ]);
  assert.deepEqual(parseIncidentCsv('system;start\nx;2026-11-03 08:00\n').problems, [
    { line: 1, key: 'governance.import.columns', values: { columns: 'severity' } },
  ]);
  assert.deepEqual(parseIncidentCsv('severity;started\n').problems, [{ line: 1, key: 'governance.import.empty' }]);
});

const kitosSystem = {
  uuid: '11111111-1111-4111-8111-111111111111',
  name: 'Ydelsesportal',
  description: 'Portal',
  kle: [{ uuid: 'x', name: '32.18' }, { name: 'not a number' }],
  rightsHolder: { uuid: 'y', name: 'Portal A/S', cvr: '12345678' },
  deactivated: false,
};
const kitosUsage = {
  uuid: '22222222-2222-4222-8222-222222222222',
  systemContext: { uuid: kitosSystem.uuid, name: 'Ydelsesportal' },
  general: {
    localCallName: null,
    numberOfExpectedUsers: { lowerBound: 51, upperBound: 100 },
    validity: { valid: true, lifeCycleStatus: 'PhasingIn' },
  },
  gdpr: {
    businessCritical: 'Yes',
    hostedAt: 'OnPremise',
    dataSensitivityLevels: ['PersonData'],
    specificPersonalData: ['CprNumber'],
  },
};

test('KITOS usages become systems by the documented mapping; an unknown system or a missing supplier is named', () => {
  const { systems, problems } = systemsFromKitos(
    KitosFile.parse({ itSystems: [kitosSystem], itSystemUsages: [kitosUsage] }),
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(systems, [
    {
      name: 'Ydelsesportal',
      supplier: 'Portal A/S',
      description: 'Portal',
      lifecycle: 'phasing-in',
      criticality: 'high',
      hosting: 'in-house',
      personalData: 'cpr',
      usersBand: '51-250',
      departmentCodes: [],
      kle: ['32.18'],
    },
  ]);
  const unknown = { ...kitosUsage, systemContext: { uuid: 'ffffffff-0000-4000-8000-000000000000', name: 'Ukendt' } };
  const orphan = { ...kitosSystem, rightsHolder: null };
  const bad = systemsFromKitos(KitosFile.parse({ itSystems: [orphan], itSystemUsages: [kitosUsage, unknown] }));
  assert.deepEqual(
    bad.problems.map((problem) => [problem.field, problem.key]),
    [
      ['itSystems.0.rightsHolder', 'governance.kitos.noRightsHolder'],
      ['itSystemUsages.1.systemContext', 'governance.kitos.unknownSystem'],
    ],
  );
});

test('the register exported as KITOS JSON reads back as the same systems', () => {
  const system = {
    id: '33333333-3333-4333-8333-333333333333',
    name: 'Sagssystem',
    supplier: 'Demo A/S',
    description: 'Sager',
    lifecycle: 'phasing-out',
    criticality: 'critical',
    hosting: 'hybrid',
    personalData: 'sensitive',
    usersBand: '1000+',
    departmentCodes: ['ydelser'],
    kle: ['00.01'],
    usageSource: null,
    roles: [],
    owners: [],
    duties: [],
  };
  const file = systemsToKitos([system]);
  assert.equal(file.itSystemUsages[0].general.validity.lifeCycleStatus, 'PhasingOut');
  assert.equal(file.itSystemUsages[0].systemContext.uuid, system.id);
  assert.notEqual(file.itSystemUsages[0].uuid, system.id);
  const back = systemsFromKitos(KitosFile.parse(JSON.parse(JSON.stringify(file))));
  assert.deepEqual(back.problems, []);
  const { departmentCodes, ...rest } = back.systems[0];
  assert.deepEqual(departmentCodes, [], 'KITOS organisation units are not the municipality’s department codes');
  assert.deepEqual(rest, {
    name: 'Sagssystem',
    supplier: 'Demo A/S',
    description: 'Sager',
    lifecycle: 'phasing-out',
    criticality: 'high',
    hosting: 'hybrid',
    personalData: 'sensitive',
    usersBand: '1000+',
    kle: ['00.01'],
  });
});
