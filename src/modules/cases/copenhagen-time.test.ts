import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copenhagenTime } from './copenhagen-time.ts';

test('a typed Copenhagen time becomes the right instant, winter and summer, and nonsense is refused', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['2026-12-10T08:00', '2026-12-10T07:00:00.000Z'],
    ['2026-07-10T08:00', '2026-07-10T06:00:00.000Z'],
    // the last Sunday of March: 03:30 local is already summer time
    ['2026-03-29T03:30', '2026-03-29T01:30:00.000Z'],
    ['2026-03-28T23:59', '2026-03-28T22:59:00.000Z'],
    // the last Sunday of October: 12:00 local is winter time again
    ['2026-10-25T12:00', '2026-10-25T11:00:00.000Z'],
    ['2026-02-30T10:00', undefined],
    ['2026-12-10T25:00', undefined],
    ['2026-12-10 08:00', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [input, expected] of cases) assert.equal(copenhagenTime(input)?.toISOString(), expected, String(input));
});
