import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addDays, danishDay, daysBetween, endOfDanishDay, isDay, previousMonth } from '#platform/time/danish-day.ts';

describe('danishDay', () => {
  test('is the Copenhagen day, not the UTC day, around midnight in winter and summer', () => {
    assert.equal(danishDay(new Date('2025-01-14T22:59:59Z')), '2025-01-14');
    assert.equal(danishDay(new Date('2025-01-14T23:00:00Z')), '2025-01-15');
    assert.equal(danishDay(new Date('2025-07-14T21:59:59Z')), '2025-07-14');
    assert.equal(danishDay(new Date('2025-07-14T22:00:00Z')), '2025-07-15');
    assert.equal(danishDay(new Date('2025-12-31T23:30:00Z')), '2026-01-01');
  });
  test('defaults to now', () => assert.equal(danishDay(), danishDay(new Date())));
  test('an invalid date is a RangeError', () => assert.throws(() => danishDay(new Date('x')), RangeError));
});

describe('isDay', () => {
  for (const day of ['2025-01-01', '2024-02-29', '2025-12-31']) test(`${day} is a day`, () => assert.ok(isDay(day)));
  for (const value of ['2025-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00', '', 'i går', '2025-00-10'])
    test(`${JSON.stringify(value)} is no day`, () => assert.equal(isDay(value), false));
});

describe('addDays and daysBetween', () => {
  test('cross months, years and leap days', () => {
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2025-02-28', 1), '2025-03-01');
    assert.equal(addDays('2025-01-01', -1), '2024-12-31');
    assert.equal(addDays('2025-03-29', 2), '2025-03-31');
  });
  test('count whole days, negative backwards, across summer time', () => {
    assert.equal(daysBetween('2025-03-29', '2025-03-31'), 2);
    assert.equal(daysBetween('2025-01-01', '2024-12-01'), -31);
    assert.equal(daysBetween('2025-05-05', '2025-05-05'), 0);
  });
  test('a day that is no day is a RangeError', () => assert.throws(() => addDays('2025-02-30', 1), RangeError));
});

describe('previousMonth', () => {
  test('the month before, across a year', () => {
    assert.equal(previousMonth('2025-03-15'), '2025-02');
    assert.equal(previousMonth('2025-01-01'), '2024-12');
    assert.equal(previousMonth('2025-11-30'), '2025-10');
  });
});

describe('endOfDanishDay', () => {
  const cases: Array<[string, string, string]> = [
    ['2025-01-15', '2025-01-15T22:59:59.999Z', 'winter time (UTC+1)'],
    ['2025-07-15', '2025-07-15T21:59:59.999Z', 'summer time (UTC+2)'],
    ['2025-03-30', '2025-03-30T21:59:59.999Z', 'the day summer time starts'],
    ['2025-03-29', '2025-03-29T22:59:59.999Z', 'the day before summer time starts'],
    ['2025-10-26', '2025-10-26T22:59:59.999Z', 'the day summer time ends'],
    ['2025-10-25', '2025-10-25T21:59:59.999Z', 'the day before summer time ends'],
  ];
  for (const [day, expected, why] of cases)
    test(`${day} (${why})`, () => assert.equal(endOfDanishDay(day).toISOString(), expected));
});
