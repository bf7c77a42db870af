import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  classifyHttpStatus,
  classifySmtpResponseCode,
  isLastAttempt,
  nextRateWindow,
  rateWindowStart,
  retryDelaySeconds,
} from './delivery-policy.ts';
import { danishDateTime } from './reminder-time.ts';

test('the retry delay doubles from the base and is capped', () => {
  const table: Array<[number, number, number, number]> = [
    // attempt, base, max, expected
    [0, 30, 3600, 0],
    [1, 30, 3600, 30],
    [2, 30, 3600, 60],
    [3, 30, 3600, 120],
    [6, 30, 3600, 960],
    [8, 30, 3600, 3600],
    [20, 30, 3600, 3600],
    [3, 0.5, 3600, 2],
  ];
  for (const [attempt, base, max, expected] of table)
    assert.equal(retryDelaySeconds(attempt, base, max), expected, `attempt ${attempt}`);
  assert.ok(!isLastAttempt(2, 3));
  assert.ok(isLastAttempt(3, 3));
  assert.ok(isLastAttempt(4, 3));
});

test('the rate limit counts per whole minute; a send over the limit waits for the next minute', () => {
  const table: Array<[string, string, string]> = [
    ['2026-12-01T12:00:00.000Z', '2026-12-01T12:00:00.000Z', '2026-12-01T12:01:00.000Z'],
    ['2026-12-01T12:00:59.999Z', '2026-12-01T12:00:00.000Z', '2026-12-01T12:01:00.000Z'],
    ['2026-12-01T23:59:30.000Z', '2026-12-01T23:59:00.000Z', '2026-12-02T00:00:00.000Z'],
  ];
  for (const [now, start, next] of table) {
    assert.equal(rateWindowStart(new Date(now)).toISOString(), start, now);
    assert.equal(nextRateWindow(new Date(now)).toISOString(), next, now);
  }
});

test('gateway and SMTP failures: rejections are permanent, the rest is tried again', () => {
  const http: Array<[number, 'permanent' | 'transient']> = [
    [400, 'permanent'],
    [401, 'permanent'],
    [403, 'permanent'],
    [422, 'permanent'],
    [408, 'transient'],
    [429, 'transient'],
    [500, 'transient'],
    [502, 'transient'],
    [503, 'transient'],
  ];
  for (const [status, kind] of http) assert.equal(classifyHttpStatus(status), kind, String(status));
  const smtp: Array<[number | undefined, 'permanent' | 'transient']> = [
    [550, 'permanent'],
    [553, 'permanent'],
    [421, 'transient'],
    [451, 'transient'],
    [undefined, 'transient'],
  ];
  for (const [code, kind] of smtp) assert.equal(classifySmtpResponseCode(code), kind, String(code));
});

test('appointment times entered in Danish time become instants, across summer and winter time', () => {
  const table: Array<[string, string, string | undefined]> = [
    ['2026-12-24', '14:30', '2026-12-24T13:30:00.000Z'],
    ['2026-07-01', '09:00', '2026-07-01T07:00:00.000Z'],
    ['2026-03-29', '03:30', '2026-03-29T01:30:00.000Z'],
    ['2026-10-25', '12.15', '2026-10-25T11:15:00.000Z'],
    ['2026-02-30', '10:00', undefined],
    ['2026-12-24', '24:00', undefined],
    ['24-12-2026', '10:00', undefined],
    ['2026-12-24', '', undefined],
  ];
  for (const [date, time, expected] of table)
    assert.equal(danishDateTime(date, time)?.toISOString(), expected, `${date} ${time}`);
});
