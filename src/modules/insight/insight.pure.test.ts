import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shippedFigures } from './catalogue.ts';
import { numberIn, readCsv } from './csv-import.ts';
import { dayRuns, eachDay } from './each-day.ts';
import { computeFacts, type SignalCount } from './fact-computation.ts';
import { isSuppressed, periodValue, statusOf } from './figure-values.ts';
import { definitionProblems, type KeyFigure } from './key-figure.ts';
import { observationProblems } from './observation.service.ts';
import { caseCreatedSignals, registeredInquirySignals } from './signals.ts';
import { type Target, targetInForce, targetProblems } from './targets.ts';

const figure = (id: string) => shippedFigures.find((candidate) => candidate.id === id)!;
const count = (day: string, signal: SignalCount['signal'], attributes: Record<string, string>, n: number) => ({
  day,
  signal,
  attributes,
  count: n,
});

test('the shipped catalogue is consistent: known dimensions, thresholds on the right side', () => {
  assert.deepEqual(shippedFigures.flatMap(definitionProblems), []);
  const broken = { ...figure('cases-open'), dimensions: ['colour'], initialTarget: { green: 50, red: 10 } };
  assert.deepEqual(definitionProblems(broken as unknown as KeyFigure), [
    'cases-open: unknown dimension colour',
    'cases-open: the red threshold is better than the green',
  ]);
});

test('facts: a share per cell, a stock carried over days, and no row for a cell with nothing to count', () => {
  const counts = [
    count('2026-11-02', 'letter-sent', { channel: 'digital', department: 'ydelser' }, 9),
    count('2026-11-02', 'letter-sent', { channel: 'print', department: 'ydelser' }, 1),
    count('2026-11-02', 'letter-sent', { channel: 'print', department: 'byg' }, 2),
    count('2026-11-02', 'case-received', { caseType: 'a' }, 3),
    count('2026-11-03', 'case-decided', { caseType: 'a' }, 1),
  ];
  const before = [count('', 'case-received', { caseType: 'a' }, 4), count('', 'case-decided', { caseType: 'a' }, 4)];
  const facts = computeFacts(
    [figure('letters-digital-share'), figure('cases-open'), figure('cases-received')],
    counts,
    before,
    '2026-11-02',
    '2026-11-03',
  );
  const cell = (id: string, day: string, key: string) =>
    facts.find((fact) => fact.figureId === id && fact.day === day && fact.dimensionKey === key);
  assert.deepEqual(
    ['', 'department=ydelser', 'department=byg'].map((key) => {
      const fact = cell('letters-digital-share', '2026-11-02', key)!;
      return [fact.numerator, fact.denominator, fact.value];
    }),
    [
      [9, 12, 75],
      [9, 10, 90],
      [0, 2, 0],
    ],
  );
  assert.equal(cell('letters-digital-share', '2026-11-03', ''), undefined, 'no letters that day: no share');
  assert.equal(cell('cases-received', '2026-11-03', ''), undefined, 'nothing received: no row');
  assert.equal(cell('cases-open', '2026-11-02', 'caseType=a')!.value, 3, '4 − 4 before, 3 received');
  assert.equal(cell('cases-open', '2026-11-03', 'caseType=a')!.value, 2);
});

test('a period value: flows add up, a share is sum over sum, a stock its last day, an observation its mean', () => {
  const fact = (day: string, numerator: number, denominator: number | null, value: number) => ({
    day,
    dimensionKey: '',
    numerator,
    denominator,
    value,
  });
  const cases = [
    [figure('cases-received'), [fact('2026-11-01', 3, null, 3), fact('2026-11-02', 4, null, 4)], 7, 7],
    [figure('letters-digital-share'), [fact('2026-11-01', 1, 1, 100), fact('2026-11-02', 1, 3, 33.3)], 50, 4],
    [figure('cases-open'), [fact('2026-11-02', 6, null, 6), fact('2026-11-01', 9, null, 9)], 6, 6],
    [figure('phone-waiting-time'), [fact('2026-11-01', 100, null, 100), fact('2026-11-02', 51, null, 51)], 75.5, null],
    [figure('cases-received'), [], 0, 0],
  ] as const;
  for (const [definition, facts, value, people] of cases)
    assert.deepEqual(periodValue(definition, facts), { value, people }, definition.id);
  const suppress = (people: number | null, id = 'cases-received') => isSuppressed(figure(id), { value: 1, people });
  assert.deepEqual(
    [suppress(0), suppress(1), suppress(4), suppress(5), suppress(null, 'phone-waiting-time')],
    [false, true, true, false, false],
  );
});

test('red, amber, green by direction, and the target version in force on a day', () => {
  const cases = [
    ['higher', 90, 'green'],
    ['higher', 85, 'amber'],
    ['higher', 80, 'red'],
    ['lower', 120, 'green'],
    ['lower', 200, 'amber'],
    ['lower', 300, 'red'],
  ] as const;
  for (const [direction, value, status] of cases) {
    const thresholds = direction === 'higher' ? { green: 90, red: 80 } : { green: 120, red: 300 };
    assert.equal(statusOf(direction, value, thresholds), status, `${direction} ${value}`);
  }
  const version = (n: number, validFrom: string, validTo: string | null): Target => ({
    figureId: 'x',
    dimensionKey: '',
    version: n,
    validFrom,
    validTo,
    green: n,
    red: 0,
  });
  const targets = [version(1, '2020-01-01', '2026-05-31'), version(2, '2026-06-01', null)];
  assert.deepEqual(
    ['2019-12-31', '2026-05-31', '2026-06-01'].map((day) => targetInForce(targets, '', day)?.version),
    [undefined, 1, 2],
  );
  assert.deepEqual(targetProblems('higher', targets, { dimensionKey: '', validFrom: '2026-06-01', green: 1, red: 0 }), [
    'insight.target.overlaps',
  ]);
  assert.deepEqual(targetProblems('lower', [], { dimensionKey: '', validFrom: '2027-01-01', green: 10, red: 5 }), [
    'insight.target.thresholds',
  ]);
});

test('pushed observations: each bad row is named; a case from self-service is no second inquiry', () => {
  const problems = observationProblems(
    figure('phone-waiting-time'),
    [
      { day: '2026-11-01', value: 1 },
      { day: '2026-11-01', value: 2 },
      { day: '1.11.2026', value: 1 },
      { day: '2026-11-02', dimensions: { channel: 'phone' }, value: 1 },
    ],
    '2026-12-01',
  );
  assert.deepEqual(
    problems.map((problem) => `${problem.field} ${problem.key}`),
    [
      'observations[1] insight.api.duplicate',
      'observations[2].day insight.api.dayInvalid',
      'observations[3].dimensions insight.api.dimensionUnknown',
    ],
  );
  const meta = { id: 'e1', event: 'cases.case-created', version: 1, occurredAt: new Date() };
  const payload = {
    caseId: crypto.randomUUID(),
    caseTypeCode: 'a',
    kle: '1',
    state: 's',
    createdAt: '2026-11-30T23:30:00Z',
  };
  assert.deepEqual(
    caseCreatedSignals(meta, { ...payload, channel: 'selfservice' }).map((s) => s.signal),
    ['case-received'],
  );
  const byPhone = caseCreatedSignals(meta, { ...payload, channel: 'phone' });
  assert.deepEqual(
    byPhone.map((s) => [s.signal, s.day, s.attributes.channel]),
    [
      ['case-received', '2026-12-01', 'phone'],
      ['inquiry', '2026-12-01', 'phone'],
    ],
    'counted on the Danish day (23:30 UTC is past midnight in Copenhagen)',
  );
});

test('CSV: semicolons or commas, numbers only in the declared format', () => {
  assert.deepEqual(readCsv('\uFEFFdag;værdi\n2026-11-01;1.234,5\n'), {
    header: ['dag', 'værdi'],
    rows: [['2026-11-01', '1.234,5']],
  });
  assert.deepEqual(readCsv('day,value\n2026-11-01,12.5\n').rows, [['2026-11-01', '12.5']]);
  const cases = [
    ['1234.5', 'point', 1234.5],
    ['1.234,5', 'point', undefined],
    ['1.234,5', 'comma', 1234.5],
    ['1234,5', 'comma', 1234.5],
    ['12.5', 'comma', undefined],
    ['tolv', 'point', undefined],
    ['', 'comma', undefined],
  ] as const;
  for (const [text, decimal, number] of cases) assert.equal(numberIn(text, decimal), number, `${text} (${decimal})`);
});

test('marked days are recomputed as runs of consecutive days, across a month and a year', () => {
  assert.deepEqual(dayRuns([]), []);
  assert.deepEqual(dayRuns(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-03', '2027-02-28', '2027-03-01']), [
    { from: '2026-12-30', to: '2027-01-01' },
    { from: '2027-01-03', to: '2027-01-03' },
    { from: '2027-02-28', to: '2027-03-01' },
  ]);
  assert.deepEqual(eachDay('2027-02-27', '2027-03-01'), ['2027-02-27', '2027-02-28', '2027-03-01']);
});

test('an inquiry staff registered counts on the day the channels module gives, by its channel, naming no one', () => {
  const [signal] = registeredInquirySignals(
    { id: 'event-1', event: 'channels.inquiry-registered', version: 1, occurredAt: new Date() },
    {
      inquiryId: '5f0d9c1e-4a43-4d5a-9a57-3c1c1f6a0b11',
      staffId: '0f0d9c1e-4a43-4d5a-9a57-3c1c1f6a0b12',
      purposeCode: 'pas',
      channel: 'attendance',
      day: '2026-12-07',
      registeredAt: '2026-12-07T23:30:00+00:00',
    },
  );
  assert.deepEqual(
    { ...signal, occurredAt: signal.occurredAt.toISOString() },
    {
      eventId: 'event-1',
      signal: 'inquiry',
      day: '2026-12-07',
      occurredAt: '2026-12-07T23:30:00.000Z',
      attributes: { channel: 'attendance' },
    },
  );
});
