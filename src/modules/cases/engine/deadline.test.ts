import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deadlineFrom } from './deadline.ts';
import type { Duration } from './workflow-definition.ts';

const working = (amount: number): Duration => ({ amount, unit: 'working_days' });
const calendar = (amount: number): Duration => ({ amount, unit: 'calendar_days' });

describe('deadlineFrom', () => {
  const cases: Array<[string, Duration, string, string]> = [
    ['2025-01-06T09:00:00Z', working(1), '2025-01-07T22:59:59.999Z', 'next working day'],
    ['2025-01-10T15:55:00Z', working(1), '2025-01-13T22:59:59.999Z', 'Friday afternoon → Monday'],
    ['2025-01-10T23:30:00Z', working(1), '2025-01-13T22:59:59.999Z', 'just after midnight on Saturday in Copenhagen'],
    ['2025-01-10T22:30:00Z', working(1), '2025-01-13T22:59:59.999Z', 'Friday 23:30 in Copenhagen'],
    ['2025-03-27T10:00:00Z', working(2), '2025-03-31T21:59:59.999Z', 'across the start of summer time'],
    [
      '2025-03-28T10:00:00Z',
      calendar(2),
      '2025-03-30T21:59:59.999Z',
      'calendar days ending on the day summer time starts',
    ],
    ['2025-10-24T10:00:00Z', working(1), '2025-10-27T22:59:59.999Z', 'across the end of summer time'],
    [
      '2025-10-24T10:00:00Z',
      calendar(2),
      '2025-10-26T22:59:59.999Z',
      'calendar days ending on the day summer time ends',
    ],
    [
      '2024-03-22T12:00:00Z',
      working(7),
      '2024-04-05T21:59:59.999Z',
      'aktindsigt across Easter and the change to summer time',
    ],
    ['2025-12-19T12:00:00Z', working(7), '2026-01-06T22:59:59.999Z', 'across Christmas and New Year'],
    ['2025-05-01T08:00:00Z', calendar(40), '2025-06-10T21:59:59.999Z', 'a building-permit service level'],
    ['2025-01-06T09:00:00Z', working(0), '2025-01-06T22:59:59.999Z', 'zero: the end of the same day'],
  ];
  for (const [start, duration, expected, why] of cases) {
    test(`${start} + ${duration.amount} ${duration.unit} (${why})`, () =>
      assert.equal(deadlineFrom(new Date(start), duration).toISOString(), expected));
  }

  test('refuses an invalid start', () =>
    assert.throws(() => deadlineFrom(new Date('nonsense'), working(1)), RangeError));
});
