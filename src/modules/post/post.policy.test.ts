import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '#platform/auth/principal.ts';
import { mailboxOwnerOf, mayManageBulkLetter, mayReadDepartmentRecord, messageRecord } from './post.policy.ts';

const staff = (id: string, departmentId: string | null): Principal => ({
  kind: 'staff',
  id,
  name: id,
  roles: ['caseworker'],
  departmentId,
});
const client = (id: string, departmentId: string | null): Principal => ({
  kind: 'client',
  id,
  name: id,
  roles: ['integration'],
  departmentId,
});
const citizen: Principal = { kind: 'citizen', id: 'anne', name: 'Anne', roles: ['citizen'] };
const business: Principal = { kind: 'business', id: 'firm', name: 'Firm', roles: ['business'] };

test('mailboxOwnerOf: a citizen reads their own mailbox, a representative the business’s; staff have none', () => {
  assert.deepEqual(mailboxOwnerOf(citizen), { kind: 'person', id: 'anne' });
  assert.deepEqual(mailboxOwnerOf(business), { kind: 'business', id: 'firm' });
  assert.equal(mailboxOwnerOf(staff('eva', 'benefits')), undefined);
  assert.equal(mailboxOwnerOf(client('system', null)), undefined);
});

test('mayReadDepartmentRecord: the department’s staff and clients, and the client that sent it', () => {
  const letter = messageRecord({ department_id: 'benefits', sender_kind: 'client', sender_id: 'system' });
  const cases: Array<[string, Principal, boolean]> = [
    ['staff of the department', staff('eva', 'benefits'), true],
    ['staff of another department', staff('eva', 'building'), false],
    ['staff without a department', staff('eva', null), false],
    ['the client that sent it, without a department', client('system', null), true],
    ['the client that sent it, now limited to another department', client('system', 'building'), false],
    ['another client of the department', client('other', 'benefits'), true],
    ['another client of another department', client('other', 'building'), false],
    ['another client without a department', client('other', null), false],
    ['the mailbox owner (reads it as their own post instead)', citizen, false],
  ];
  for (const [who, principal, expected] of cases)
    assert.equal(mayReadDepartmentRecord(principal, letter), expected, who);
  const byStaff = messageRecord({ department_id: 'benefits', sender_kind: 'staff', sender_id: 'eva' });
  assert.equal(mayReadDepartmentRecord(client('eva', null), byStaff), false, 'a client never matches a staff sender');
});

test('mayManageBulkLetter: the department’s, or the one who started it', () => {
  const bulk = { department_id: 'benefits', created_by_kind: 'staff', created_by_id: 'eva' };
  const cases: Array<[string, Principal, boolean]> = [
    ['staff of the department', staff('bo', 'benefits'), true],
    ['the staff member who started it, now elsewhere', staff('eva', 'building'), true],
    ['staff of another department', staff('bo', 'building'), false],
    ['a client of the department', client('system', 'benefits'), true],
    ['a client of another department', client('system', 'building'), false],
    ['a client with the starter’s id', client('eva', null), false],
    ['a citizen', citizen, false],
  ];
  for (const [who, principal, expected] of cases) assert.equal(mayManageBulkLetter(principal, bulk), expected, who);
  const byClient = { department_id: 'benefits', created_by_kind: 'client', created_by_id: 'system' };
  assert.equal(mayManageBulkLetter(client('system', null), byClient), true, 'the client that started it');
  assert.equal(mayManageBulkLetter(client('system', 'building'), byClient), false, 'limited to another department');
});
