import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '#platform/auth/principal.ts';
import { mayBeAssigned, mayCreateOwnCase, partyOf, staffCaseAccess, type CaseAccess } from './cases.policy.ts';

const staff = (id: string, departmentId: string | null): Principal => ({
  kind: 'staff',
  id,
  name: id,
  roles: ['caseworker'],
  departmentId,
});
const client = (departmentId: string | null): Principal => ({
  kind: 'client',
  id: 'system',
  name: 'system',
  roles: ['integration'],
  departmentId,
});
const citizen: Principal = { kind: 'citizen', id: 'anne', name: 'Anne', roles: ['citizen'] };
const business: Principal = { kind: 'business', id: 'firm', name: 'Firm', roles: ['business'] };
const kase = { department_id: 'benefits', assignee_id: 'bo' };

test('staffCaseAccess: own department or assigned; another department’s case is hidden (404) from staff and from an API client of another department', () => {
  const cases: Array<[string, Principal, CaseAccess]> = [
    ['staff of the case’s department', staff('eva', 'benefits'), 'allowed'],
    ['staff of another department, assigned to the case', staff('bo', 'building'), 'allowed'],
    ['staff of another department', staff('eva', 'building'), 'hidden'],
    ['staff without a department', staff('eva', null), 'hidden'],
    ['API client of the case’s department', client('benefits'), 'allowed'],
    ['API client of another department', client('building'), 'hidden'],
    ['API client without a department', client(null), 'allowed'],
    ['a citizen', citizen, 'hidden'],
  ];
  for (const [who, principal, expected] of cases) assert.equal(staffCaseAccess(principal, kase), expected, who);
});

test('partyOf: a citizen is the person, a business representative the business, staff no party', () => {
  assert.deepEqual(partyOf(citizen), { personId: 'anne' });
  assert.deepEqual(partyOf(business), { businessId: 'firm' });
  assert.equal(partyOf(staff('eva', 'benefits')), undefined);
  assert.equal(partyOf(client(null)), undefined);
});

test('mayCreateOwnCase: only one’s own case, only through self-service', () => {
  const cases: Array<[string, Principal, { personId?: string; businessId?: string }, string, boolean]> = [
    ['citizen, own, self-service', citizen, { personId: 'anne' }, 'selfservice', true],
    ['citizen, own, by phone', citizen, { personId: 'anne' }, 'phone', false],
    ['citizen, someone else', citizen, { personId: 'bo' }, 'selfservice', false],
    ['citizen, a business with the same id', citizen, { businessId: 'anne' }, 'selfservice', false],
    ['business, own', business, { businessId: 'firm' }, 'selfservice', true],
    ['business, a person with the same id', business, { personId: 'firm' }, 'selfservice', false],
    ['staff are no applicant', staff('eva', 'benefits'), { personId: 'eva' }, 'selfservice', false],
  ];
  for (const [what, principal, applicant, channel, expected] of cases)
    assert.equal(mayCreateOwnCase(principal, applicant, channel), expected, what);
});

test('mayBeAssigned: only a staff member of the case’s department', () => {
  assert.equal(mayBeAssigned({ departmentId: 'benefits' }, kase), true);
  assert.equal(mayBeAssigned({ departmentId: 'building' }, kase), false);
  assert.equal(mayBeAssigned({ departmentId: null }, kase), false);
  assert.equal(mayBeAssigned(undefined, kase), false);
});
