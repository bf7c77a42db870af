import type { Principal, Role } from '#platform/auth/principal.ts';
import { csrfTokenIn, TestClient } from './http-client.ts';

/** A browser user of the cross-cutting tests: anonymous, or a test-identity-provider account with its one role. */
export interface BrowserUser {
  label: string;
  account?: string;
  kind?: Principal['kind'];
  role?: Role;
}

/**
 * One browser user per role, and an anonymous one: the callers the role matrix and the fuzz test try every route
 * as. `citizenCpr` is the demo citizen to sign in as (each test picks its own, so their data do not meet).
 */
export const browserUsers = (citizenCpr: string): readonly BrowserUser[] => [
  { label: 'anonymous' },
  { label: 'citizen', account: `citizen-${citizenCpr}`, kind: 'citizen', role: 'citizen' },
  { label: 'business', account: 'business-29189838', kind: 'business', role: 'business' },
  { label: 'caseworker', account: 'staff-caseworker-1', kind: 'staff', role: 'caseworker' },
  { label: 'front desk', account: 'staff-front-desk-1', kind: 'staff', role: 'front_desk' },
  { label: 'manager', account: 'staff-manager-1', kind: 'staff', role: 'manager' },
  { label: 'system owner', account: 'staff-system-owner-1', kind: 'staff', role: 'system_owner' },
  { label: 'administrator', account: 'staff-admin-1', kind: 'staff', role: 'administrator' },
];

/**
 * A fresh browser (the identity provider remembers no one) signed in as `account`, or anonymous without one, with the
 * CSRF token its forms carry: the logout form's for a session, the identity provider's picker's for an anonymous one.
 */
export async function browserFor(baseUrl: string, account?: string): Promise<{ client: TestClient; csrf: string }> {
  const client = new TestClient(baseUrl);
  const page = account ? await client.login(account) : await client.follow('/auth/login');
  return { client, csrf: csrfTokenIn(await page.text()) };
}
