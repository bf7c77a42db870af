import { test } from 'node:test';
import assert from 'node:assert/strict';
import { channelFigures, type DayCount } from './channel-figures.ts';
import { newVersionProblems, type StrategyVersion, versionInForce } from './strategy-version.ts';
import { caseContact } from './event-registration.ts';
import { selfserviceContact } from './selfservice-registration.ts';
import { bookedContact } from './frontdesk-registration.ts';
import { countsAsContact } from './channel-codes.ts';
import { komhenClosure } from './komhen/komhen-categories.ts';
import { kronerToOre } from './version-form.ts';
import { starterStrategy } from './unit-costs.ts';
import { starterPurposes } from './starter-purposes.ts';
import { isDay } from '#platform/time/danish-day.ts';
import { purposeProblems } from './purpose-input.ts';

const version = (validFrom: string, phoneOre: number, selfserviceTarget = 80): StrategyVersion => ({
  id: validFrom,
  purposeCode: 'passport',
  validFrom,
  desiredChannel: 'selfservice',
  channels: [
    { channel: 'selfservice', offered: true, unitCostOre: 300, targetPercent: selfserviceTarget },
    { channel: 'phone', offered: true, unitCostOre: phoneOre, targetPercent: 100 - selfserviceTarget },
  ],
});

test('the version in force on a day is the latest that started on or before it', () => {
  const versions = [version('2026-01-01', 100), version('2026-06-01', 200)];
  for (const [day, expected] of [
    ['2025-12-31', undefined],
    ['2026-01-01', '2026-01-01'],
    ['2026-05-31', '2026-01-01'],
    ['2026-06-01', '2026-06-01'],
    ['2027-01-01', '2026-06-01'],
  ] as const)
    assert.equal(versionInForce(versions, day)?.validFrom, expected, day);
});

test('a new version starts today or later, after the latest, with the desired channel offered and targets of 100', () => {
  const good = { validFrom: '2026-12-10', desiredChannel: 'selfservice', channels: version('x', 100).channels };
  const cases: Array<[string, Partial<typeof good>, string[]]> = [
    ['valid', {}, []],
    ['not a date', { validFrom: '10-12-2026' }, ['validFrom']],
    ['in the past', { validFrom: '2026-12-01' }, ['validFrom']],
    ['not after the latest', { validFrom: '2026-12-20' }, ['validFrom']],
    ['desired not offered', { desiredChannel: 'attendance' }, ['desiredChannel']],
    [
      'targets of 90',
      { channels: version('x', 100, 70).channels.map((c, i) => (i ? { ...c, targetPercent: 20 } : c)) },
      ['target-total'],
    ],
    [
      'negative cost',
      { channels: [{ ...good.channels[0] }, { ...good.channels[1], unitCostOre: -1 }] },
      ['cost-phone'],
    ],
  ];
  for (const [name, change, fields] of cases) {
    const existing = name === 'not after the latest' ? ['2026-01-01', '2026-12-20'] : ['2026-01-01'];
    const problems = newVersionProblems({ ...good, ...change }, existing, '2026-12-07');
    assert.deepEqual(
      problems.map((problem) => problem.field),
      fields,
      name,
    );
  }
});

test('figures: mix against the target, each day costed at the version in force that day', () => {
  const versions = new Map([['passport', [version('2026-01-01', 100), version('2026-06-01', 200, 90)]]]);
  const counts: DayCount[] = [
    { purposeCode: 'passport', channel: 'phone', day: '2026-05-31', count: 2 },
    { purposeCode: 'passport', channel: 'phone', day: '2026-06-01', count: 1 },
    { purposeCode: 'passport', channel: 'selfservice', day: '2026-06-02', count: 1 },
    { purposeCode: null, channel: 'digital-post', day: '2026-06-02', count: 5 },
  ];
  const [unclassified, passport] = channelFigures(counts, versions, '2026-06-30');
  assert.equal(unclassified.purposeCode, null);
  assert.equal(unclassified.uncosted, 5);
  assert.equal(passport.total, 4);
  assert.equal(passport.desiredChannel, 'selfservice');
  assert.equal(passport.costOre, 2 * 100 + 1 * 200 + 300);
  assert.deepEqual(
    passport.channels.map((c) => [c.channel, c.count, c.sharePercent, c.targetPercent]),
    [
      ['phone', 3, 75, 10],
      ['selfservice', 1, 25, 90],
    ],
  );
  // a channel with a target and no contacts still shows, at 0
  const empty = channelFigures(
    [{ purposeCode: 'passport', channel: 'phone', day: '2026-07-01', count: 1 }],
    versions,
    '2026-07-01',
  );
  assert.deepEqual(
    empty[0].channels.map((c) => [c.channel, c.count]),
    [
      ['phone', 1],
      ['selfservice', 0],
    ],
  );
});

test('events become contacts keyed by the event id; a case from self-service is not registered twice', () => {
  const event = { id: 'e1', event: 'x', version: 1, occurredAt: new Date('2026-12-01T10:00:00Z') };
  const started = selfserviceContact(event, 'started', {
    draftId: '00000000-0000-4000-8000-000000000001',
    solutionCode: 'housing-benefit',
    audience: 'citizen',
    startedAt: '2026-12-01T09:00:00+01:00',
  });
  assert.equal(started.input.sourceKey, 'event:e1');
  assert.deepEqual(started.purposeOf, { solutionCode: 'housing-benefit' });
  const base = {
    caseId: '00000000-0000-4000-8000-000000000002',
    caseTypeCode: 'housing-benefit',
    kle: '27.24.00',
    state: 'received',
    createdAt: '2026-12-01T09:00:00+01:00',
  };
  assert.equal(caseContact(event, { ...base, channel: 'selfservice' }), null);
  assert.equal(caseContact(event, { ...base, channel: 'phone', personId: base.caseId })?.input.channel, 'phone');
  assert.equal(caseContact(event, { ...base, channel: 'api' })?.input.channel, 'system');
});

test('a booking is a self-service contact, or a phone one when staff booked it; a missed appointment is no contact', () => {
  const event = { id: 'e2', event: 'x', version: 1, occurredAt: new Date('2026-12-01T10:00:00Z') };
  const booking = {
    appointmentId: '00000000-0000-4000-8000-000000000003',
    serviceCode: 'passport',
    purposeCode: 'passport',
    locationCode: 'town-hall',
    personId: '00000000-0000-4000-8000-000000000004',
    startsAt: '2026-12-03T10:00:00+01:00',
    persons: 1,
  };
  const online = bookedContact(event, { ...booking, bookedBy: 'citizen' });
  assert.deepEqual(
    [online.input.sourceKey, online.input.channel, online.input.outcome, online.purposeOf],
    ['event:e2', 'selfservice', 'booked', { purposeCode: 'passport' }],
  );
  assert.equal(bookedContact(event, { ...booking, bookedBy: 'staff' }).input.channel, 'phone');
  assert.deepEqual(['booked', 'served', 'missed', 'started'].map(countsAsContact), [true, true, false, false]);
  assert.equal(komhenClosure('served', null), 'first-contact');
});

test('kroner as typed become øre; starter targets add up to 100', () => {
  for (const [text, ore] of [
    ['45', 4500],
    ['45,5', 4550],
    ['45.50', 4550],
    ['-1', Number.NaN],
    ['abc', Number.NaN],
  ] as const)
    assert.deepEqual(kronerToOre(text), ore, text);
  for (const purpose of starterPurposes)
    assert.equal(
      starterStrategy(purpose).reduce((sum, row) => sum + row.targetPercent, 0),
      100,
      purpose.code,
    );
});

test('a day is a real calendar date', () => {
  for (const [value, ok] of [
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-13-40', false],
    ['2026-1-1', false],
    ['', false],
  ] as const)
    assert.equal(isDay(value), ok, value);
});

test('a new purpose needs a free code, both names, a KLE number in form, a type and a channel from the lists', () => {
  const good = {
    code: 'parking-fine',
    nameDa: 'Parkeringsafgift',
    nameEn: 'Parking fine',
    kle: '05.13.00',
    departmentCode: 'teknik',
    inquiryType: 'transaction',
    caseTypeCode: '',
    solutionCode: '',
    desiredChannel: 'selfservice',
  };
  const cases: Array<[string, Partial<typeof good>, string[]]> = [
    ['valid', {}, []],
    ['code taken', { code: 'passport' }, ['code']],
    ['code with capitals', { code: 'Parking' }, ['code']],
    ['no English name', { nameEn: ' ' }, ['nameEn']],
    ['KLE wrong', { kle: '5.13' }, ['kle']],
    ['type unknown', { inquiryType: 'complaint' }, ['inquiryType']],
    ['channel unknown', { desiredChannel: 'fax' }, ['desiredChannel']],
  ];
  for (const [name, change, fields] of cases)
    assert.deepEqual(
      purposeProblems({ ...good, ...change }, new Set(['passport'])).map((problem) => problem.field),
      fields,
      name,
    );
});
