import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addCalendarDays,
  addWorkingDays,
  danishDay,
  danishPublicHolidays,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

describe('easterSunday', () => {
  const cases: Array<[number, string]> = [
    [1961, '1961-04-02'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2035, '2035-03-25'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ];
  for (const [year, expected] of cases) test(`${year} → ${expected}`, () => assert.equal(easterSunday(year), expected));

  test('every Easter Sunday is a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const day = easterSunday(year);
      assert.equal(new Date(`${day}T00:00:00Z`).getUTCDay(), 0, day);
      assert.ok(day.slice(5) >= '03-22' && day.slice(5) <= '04-25', day);
    }
  });

  test('refuses a year outside the Gregorian calendar', () => assert.throws(() => easterSunday(1500), RangeError));
});

describe('danishPublicHolidays', () => {
  test('2023 still has store bededag (5 May)', () => {
    const dates = danishPublicHolidays(2023).map((holiday) => holiday.date);
    assert.deepEqual(dates, [
      '2023-01-01',
      '2023-04-06',
      '2023-04-07',
      '2023-04-09',
      '2023-04-10',
      '2023-05-05',
      '2023-05-18',
      '2023-05-28',
      '2023-05-29',
      '2023-06-05',
      '2023-12-24',
      '2023-12-25',
      '2023-12-26',
      '2023-12-31',
    ]);
    assert.equal(danishPublicHolidays(2023).find((holiday) => holiday.date === '2023-05-05')?.name.da, 'Store bededag');
  });

  test('2024 has no store bededag', () => {
    const holidays = danishPublicHolidays(2024);
    assert.equal(
      holidays.some((holiday) => holiday.name.da === 'Store bededag'),
      false,
    );
    assert.deepEqual(
      holidays.map((holiday) => holiday.date),
      [
        '2024-01-01',
        '2024-03-28',
        '2024-03-29',
        '2024-03-31',
        '2024-04-01',
        '2024-05-09',
        '2024-05-19',
        '2024-05-20',
        '2024-06-05',
        '2024-12-24',
        '2024-12-25',
        '2024-12-26',
        '2024-12-31',
      ],
    );
    assert.equal(isWorkingDay('2024-04-26'), true, 'the Friday that would have been store bededag');
  });

  test('both names are kept when pinsedag falls on grundlovsdag (2022)', () => {
    const onFifthJune = danishPublicHolidays(2022)
      .filter((holiday) => holiday.date === '2022-06-05')
      .map((holiday) => holiday.name.da);
    assert.deepEqual(onFifthJune, ['Pinsedag', 'Grundlovsdag']);
  });

  test('callers cannot change the cached list', () => {
    danishPublicHolidays(2025)[0].date = '2025-01-02';
    danishPublicHolidays(2025)[0].name.da = 'Ændret';
    assert.deepEqual(danishPublicHolidays(2025)[0], {
      date: '2025-01-01',
      name: { da: 'Nytårsdag', en: "New Year's Day" },
    });
  });
});

describe('isWorkingDay', () => {
  const cases: Array<[string, boolean, string]> = [
    ['2025-01-01', false, 'nytårsdag'],
    ['2025-01-02', true, 'an ordinary Thursday'],
    ['2025-01-04', false, 'Saturday'],
    ['2025-01-05', false, 'Sunday'],
    ['2025-04-17', false, 'skærtorsdag'],
    ['2025-04-18', false, 'langfredag'],
    ['2025-04-21', false, '2. påskedag'],
    ['2025-05-29', false, 'Kristi himmelfartsdag'],
    ['2025-05-30', true, 'the Friday after'],
    ['2025-06-09', false, '2. pinsedag'],
    ['2025-06-05', false, 'grundlovsdag'],
    ['2025-12-24', false, 'juleaftensdag'],
    ['2025-12-31', false, 'nytårsaftensdag'],
    ['2025-12-29', true, 'between Christmas and New Year'],
    ['2023-05-05', false, 'store bededag 2023'],
  ];
  for (const [day, expected, why] of cases)
    test(`${day} (${why}) → ${expected}`, () => assert.equal(isWorkingDay(day), expected));

  for (const bad of ['2025-02-30', '2025-1-01', '20250101', '']) {
    test(`refuses ${JSON.stringify(bad)}`, () => assert.throws(() => isWorkingDay(bad), RangeError));
  }
});

describe('addWorkingDays', () => {
  const cases: Array<[string, number, string, string]> = [
    ['2025-01-06', 1, '2025-01-07', 'Monday + 1'],
    ['2025-01-10', 1, '2025-01-13', 'over a weekend'],
    ['2025-01-11', 1, '2025-01-13', 'from a Saturday'],
    ['2025-01-06', 5, '2025-01-13', 'a full week'],
    ['2025-01-06', 0, '2025-01-06', 'zero keeps the day'],
    ['2025-04-16', 1, '2025-04-22', 'across Easter 2025'],
    ['2024-03-27', 1, '2024-04-02', 'across Easter 2024'],
    ['2024-03-22', 7, '2024-04-05', 'aktindsigt over Easter 2024'],
    ['2025-12-23', 1, '2025-12-29', 'across Christmas'],
    ['2025-12-30', 1, '2026-01-02', 'across New Year'],
    ['2025-12-19', 7, '2026-01-06', 'over Christmas and New Year'],
    ['2023-05-04', 1, '2023-05-08', 'store bededag 2023'],
    ['2024-04-25', 1, '2024-04-26', 'no store bededag in 2024'],
    ['2025-05-28', 1, '2025-05-30', 'Kristi himmelfartsdag'],
    ['2025-06-04', 1, '2025-06-06', 'grundlovsdag'],
    ['2025-01-13', -1, '2025-01-10', 'back over a weekend'],
    ['2025-04-22', -1, '2025-04-16', 'back over Easter'],
  ];
  for (const [day, amount, expected, why] of cases) {
    test(`${day} + ${amount} → ${expected} (${why})`, () => assert.equal(addWorkingDays(day, amount), expected));
  }
  test('refuses a fraction', () => assert.throws(() => addWorkingDays('2025-01-06', 1.5), RangeError));
});

describe('workingDaysBetween', () => {
  const cases: Array<[string, string, number]> = [
    ['2025-01-06', '2025-01-06', 0],
    ['2025-01-06', '2025-01-07', 1],
    ['2025-01-10', '2025-01-13', 1],
    ['2025-01-06', '2025-01-12', 4],
    ['2025-04-16', '2025-04-22', 1],
    ['2025-12-19', '2026-01-06', 7],
    ['2025-01-13', '2025-01-10', -1],
    ['2025-01-01', '2025-12-31', 250], // 261 weekdays, minus 1 January itself and 10 weekday closing days,
  ];
  for (const [from, to, expected] of cases)
    test(`${from} → ${to} = ${expected}`, () => assert.equal(workingDaysBetween(from, to), expected));

  test('is the inverse of addWorkingDays', () => {
    for (let offset = 0; offset < 400; offset += 7) {
      const from = addCalendarDays('2024-01-01', offset);
      for (const amount of [1, 3, 7, 20])
        assert.equal(workingDaysBetween(from, addWorkingDays(from, amount)), amount, `${from} + ${amount}`);
    }
  });
});

describe('danishDay', () => {
  const cases: Array<[string, string]> = [
    ['2025-01-10T22:59:59.999Z', '2025-01-10'],
    ['2025-01-10T23:00:00.000Z', '2025-01-11'],
    ['2025-06-30T21:59:59.999Z', '2025-06-30'],
    ['2025-06-30T22:00:00.000Z', '2025-07-01'],
    ['2025-03-30T00:30:00.000Z', '2025-03-30'],
    ['2025-10-25T22:30:00.000Z', '2025-10-26'],
  ];
  for (const [instant, expected] of cases)
    test(`${instant} → ${expected}`, () => assert.equal(danishDay(new Date(instant)), expected));
});
