import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDanishMobile, maskAddress, msisdnOf, parseDanishMobile } from './phone-number.ts';

test('Danish mobile numbers in the ways people write them are normalised to E.164', () => {
  const accepted: Array<[string, string]> = [
    ['20123456', '+4520123456'],
    ['20 12 34 56', '+4520123456'],
    ['2012-3456', '+4520123456'],
    ['+45 20 12 34 56', '+4520123456'],
    ['+4520123456', '+4520123456'],
    ['0045 20123456', '+4520123456'],
    ['45 20 12 34 56', '+4520123456'],
    [' (+45) 91 23 45 67 ', '+4591234567'],
  ];
  for (const [input, e164] of accepted) assert.deepEqual(parseDanishMobile(input), { ok: true, e164 }, input);
});

test('numbers that are not Danish mobile numbers are refused with the reason', () => {
  const refused: Array<[string, 'format' | 'country' | 'range']> = [
    ['', 'format'],
    ['2012345', 'format'],
    ['201234567', 'format'],
    ['20 12 34 5x', 'format'],
    ['+46 70 123 45 67', 'country'],
    ['0046 701234567', 'country'],
    ['+45 0123 4567', 'range'],
    ['12345678', 'range'],
    ['+45 2012 345', 'format'],
    ['++4520123456', 'format'],
  ];
  for (const [input, problem] of refused) assert.deepEqual(parseDanishMobile(input), { ok: false, problem }, input);
});

test('display, gateway and masked forms', () => {
  assert.equal(formatDanishMobile('+4520123456'), '+45 20 12 34 56');
  assert.equal(msisdnOf('+4520123456'), '4520123456');
  assert.equal(maskAddress('+4520123456'), '+45 •• •• •• 56');
  assert.equal(maskAddress('anne@example.dk'), 'a•••@example.dk');
});
