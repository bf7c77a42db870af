import type { StaffRole } from '#platform/auth/principal.ts';
import { staffRoles } from '#platform/auth/principal.ts';
import type * as repository from './identity.repository.ts';
import { isPublicAuthorityForm } from './company-form.ts';

// People, businesses and staff members as the rest of the system sees them, mapped from their rows.

export interface Person {
  id: string;
  cpr: string;
  name: string;
  address: string | null;
  postcode: string | null;
  city: string | null;
  isTest: boolean;
  /** the language letters to them are written in */
  preferredLocale: 'da' | 'en';
}
export interface Business {
  id: string;
  cvr: string;
  name: string;
  address: string | null;
  /** the CVR register's company form, when known */
  companyForm: string | null;
  /** a public authority (a state unit, a region, a municipality) by its company form */
  publicAuthority: boolean;
  isTest: boolean;
  preferredLocale: 'da' | 'en';
}
export interface StaffMember {
  id: string;
  subject: string;
  name: string;
  email: string | null;
  departmentId: string | null;
  roles: StaffRole[];
  rolesManagedLocally: boolean;
  isTest: boolean;
}

type Row<T> = { [K in keyof T]: T[K] extends import('kysely').Generated<infer U> ? U : T[K] };

export const toPerson = (row: Row<repository.PersonRow>): Person => ({
  id: row.id,
  cpr: row.cpr,
  name: row.name,
  address: row.address,
  postcode: row.postcode,
  city: row.city,
  isTest: row.is_test,
  preferredLocale: row.preferred_locale,
});
export const toBusiness = (row: Row<repository.BusinessRow>): Business => ({
  id: row.id,
  cvr: row.cvr,
  name: row.name,
  address: row.address,
  companyForm: row.company_form,
  publicAuthority: isPublicAuthorityForm(row.company_form),
  isTest: row.is_test,
  preferredLocale: row.preferred_locale,
});
export const toStaff = (row: Row<repository.StaffRow>): StaffMember => ({
  id: row.id,
  subject: row.subject,
  name: row.name,
  email: row.email,
  departmentId: row.department_id,
  roles: row.roles.filter((role): role is StaffRole => (staffRoles as readonly string[]).includes(role)),
  rolesManagedLocally: row.roles_managed_locally,
  isTest: row.is_test,
});
