import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Principal } from '#platform/auth/principal.ts';
import { removesOwnAdministratorRole } from './identity.policy.ts';

const admin: Principal = { kind: 'staff', id: 'eva', name: 'Eva', roles: ['administrator'] };

test('removesOwnAdministratorRole: only an administrator taking their own administrator role away', () => {
  const cases: Array<[string, string, Parameters<typeof removesOwnAdministratorRole>[2], boolean]> = [
    ['own roles without administrator', 'eva', ['caseworker'], true],
    ['own roles, no roles at all', 'eva', [], true],
    ['own roles keeping administrator', 'eva', ['administrator', 'manager'], false],
    ['someone else’s roles', 'bo', ['caseworker'], false],
  ];
  for (const [what, staffId, roles, expected] of cases)
    assert.equal(removesOwnAdministratorRole(admin, staffId, roles), expected, what);
});
