import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkCpr, cprBirthDate, isValidCvr, maskedCpr } from './cpr-cvr.ts';

test('CPR numbers: format and date part', () => {
  const cases: Array<[string, 'ok' | 'format' | 'date']> = [
    ['010190-1234', 'ok'],
    ['0101901234', 'ok'],
    ['290200-4001', 'ok'], // 2000 is a leap year (century digit 4, yy 00 → 2000)
    ['290201-4001', 'date'], // 2001 is not
    ['310490-1234', 'date'], // April has 30 days
    ['010190-123', 'format'],
    ['01019O-1234', 'format'],
    ['', 'format'],
    ['321290-1234', 'date'],
  ];
  for (const [input, expected] of cases) {
    const result = checkCpr(input);
    assert.equal('cpr' in result ? 'ok' : result.problem, expected, input);
  }
});

test('CPR century follows the first serial digit', () => {
  assert.equal(cprBirthDate('0101374000')?.getUTCFullYear(), 1937);
  assert.equal(cprBirthDate('0101364000')?.getUTCFullYear(), 2036);
  assert.equal(cprBirthDate('0101585000')?.getUTCFullYear(), 1858);
  assert.equal(cprBirthDate('0101575000')?.getUTCFullYear(), 2057);
  assert.equal(cprBirthDate('0101990000')?.getUTCFullYear(), 1999);
});

test('CVR numbers: eight digits with modulus 11', () => {
  assert.equal(isValidCvr('29189838'), true);
  assert.equal(isValidCvr('29189839'), false);
  assert.equal(isValidCvr('2918983'), false);
  assert.equal(isValidCvr('09189838'), false);
});

test('masked CPR hides the serial', () => {
  assert.equal(maskedCpr('0101901234'), '010190-xxxx');
});
