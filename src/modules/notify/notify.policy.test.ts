import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '#platform/auth/principal.ts';
import { contactOwnerOf, mayManageReminder } from './notify.policy.ts';

const principal = (kind: Principal['kind'], id: string): Principal => ({ kind, id, name: id, roles: [] });

test('contactOwnerOf: citizens and businesses own their contact points; staff and clients have none', () => {
  assert.deepEqual(contactOwnerOf(principal('citizen', 'anne')), { kind: 'citizen', id: 'anne' });
  assert.deepEqual(contactOwnerOf(principal('business', 'firm')), { kind: 'business', id: 'firm' });
  assert.equal(contactOwnerOf(principal('staff', 'eva')), undefined);
  assert.equal(contactOwnerOf(principal('client', 'system')), undefined);
});

test('mayManageReminder: staff manage every reminder, an API client only its own', () => {
  const byClient = { created_by_kind: 'client', created_by_id: 'system' };
  const byStaff = { created_by_kind: 'staff', created_by_id: 'eva' };
  const cases: Array<[string, Principal, typeof byClient, boolean]> = [
    ['staff, a client’s reminder', principal('staff', 'bo'), byClient, true],
    ['staff, a colleague’s reminder', principal('staff', 'bo'), byStaff, true],
    ['the client that created it', principal('client', 'system'), byClient, true],
    ['another client', principal('client', 'other'), byClient, false],
    ['a client with a staff member’s id', principal('client', 'eva'), byStaff, false],
    ['a citizen', principal('citizen', 'anne'), byClient, false],
  ];
  for (const [what, who, reminder, expected] of cases) assert.equal(mayManageReminder(who, reminder), expected, what);
});
