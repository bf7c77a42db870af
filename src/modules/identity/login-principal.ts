import type { Database } from '#platform/db/database.ts';
import { staffRoles, type Principal, type StaffRole } from '#platform/auth/principal.ts';
import { checkCpr, isValidCvr } from '#platform/identity-numbers/cpr-cvr.ts';
import * as repository from './identity.repository.ts';
import { assuranceFromClaim, claimNames, localeFromClaim, LoginClaims } from './claims.ts';
import { toStaff } from './people.ts';

/** A login the identity provider vouched for, but which this municipality refuses (the key says why). */
export class LoginRefusedError extends Error {
  constructor(
    readonly messageKey: string,
    readonly values: Record<string, string> = {},
  ) {
    super(messageKey);
  }
}

/** Turns the identity provider's claims into a principal, creating the person, business or staff member on first login. */
export async function principalFromLogin(db: Database, rawClaims: Record<string, unknown>): Promise<Principal> {
  const parsed = LoginClaims.safeParse(rawClaims);
  if (!parsed.success)
    throw new LoginRefusedError('login.missingClaim', {
      claim: parsed.error.issues.map((issue) => issue.path.join('.')).join(', '),
    });
  const claims = parsed.data;
  const assurance = assuranceFromClaim(claims[claimNames.assurance]);
  const claimedRoles = claims[claimNames.staffRoles];
  if (claimedRoles) return staffPrincipal(db, claims, claimedRoles);
  const cvr = claims[claimNames.cvr];
  if (cvr) {
    if (!isValidCvr(cvr)) throw new LoginRefusedError('login.missingClaim', { claim: claimNames.cvr });
    const name = claims[claimNames.organisationName] ?? cvr;
    const business =
      (await repository.findBusinessByCvr(db, cvr)) ?? (await repository.upsertBusiness(db, { cvr, name }));
    await rememberLocale(db, 'businesses', business, claims.locale);
    return {
      kind: 'business',
      id: business.id,
      name: business.name,
      cvr,
      representativeName: claims.name,
      roles: ['business'],
      assurance,
      cpr: undefined,
    };
  }
  const cprClaim = claims[claimNames.cpr];
  if (!cprClaim) throw new LoginRefusedError('login.missingClaim', { claim: claimNames.cpr });
  const checked = checkCpr(cprClaim);
  if (!('cpr' in checked)) throw new LoginRefusedError('login.missingClaim', { claim: claimNames.cpr });
  const person =
    (await repository.findPersonByCpr(db, checked.cpr)) ??
    (await repository.upsertPerson(db, { cpr: checked.cpr, name: claims.name }));
  await rememberLocale(db, 'people', person, claims.locale);
  return { kind: 'citizen', id: person.id, name: person.name, cpr: person.cpr, roles: ['citizen'], assurance };
}

/** A login that names a language (the `locale` claim) sets the language letters are written in. */
async function rememberLocale(
  db: Database,
  table: 'people' | 'businesses',
  row: { id: string; preferred_locale: 'da' | 'en' },
  claim: string | undefined,
): Promise<void> {
  const locale = localeFromClaim(claim);
  if (locale && locale !== row.preferred_locale) await repository.setPreferredLocale(db, table, row.id, locale);
}

async function staffPrincipal(db: Database, claims: LoginClaims, claimedRoles: string[]): Promise<Principal> {
  const roles = claimedRoles.filter((role): role is StaffRole => (staffRoles as readonly string[]).includes(role));
  const departmentCode = claims[claimNames.department];
  const department = departmentCode ? await repository.findDepartmentByCode(db, departmentCode) : undefined;
  const staff = await repository.upsertStaff(db, {
    subject: claims.sub,
    name: claims.name,
    email: claims.email ?? null,
    department_id: department?.id ?? null,
    roles,
  });
  if (!staff.active) throw new LoginRefusedError('login.failed.text');
  const member = toStaff(staff);
  return {
    kind: 'staff',
    id: member.id,
    name: member.name,
    roles: member.roles,
    departmentId: member.departmentId,
    assurance: 'substantial',
  };
}
