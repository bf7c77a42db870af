import type { Generated } from 'kysely';
import type { Executor } from '#platform/db/database.ts';

export interface PersonRow {
  id: Generated<string>;
  cpr: string;
  name: string;
  address: string | null;
  postcode: string | null;
  city: string | null;
  is_test: Generated<boolean>;
  preferred_locale: Generated<'da' | 'en'>;
  created_at: Generated<Date>;
}
export interface BusinessRow {
  id: Generated<string>;
  cvr: string;
  name: string;
  address: string | null;
  /** the CVR register's company form (virksomhedsform), when known */
  company_form: string | null;
  is_test: Generated<boolean>;
  preferred_locale: Generated<'da' | 'en'>;
  created_at: Generated<Date>;
}
export interface StaffRow {
  id: Generated<string>;
  subject: string;
  name: string;
  email: string | null;
  department_id: string | null;
  roles: string[];
  roles_managed_locally: Generated<boolean>;
  active: Generated<boolean>;
  is_test: Generated<boolean>;
  created_at: Generated<Date>;
}
export interface DepartmentRow {
  id: Generated<string>;
  code: string;
  name_da: string;
  name_en: string;
}
export interface ApiClientRow {
  id: Generated<string>;
  name: string;
  key_hash: string;
  scopes: string[];
  department_id: string | null;
  created_at: Generated<Date>;
  revoked_at: Date | null;
}

export type IdentityTables = {
  people: PersonRow;
  businesses: BusinessRow;
  staff: StaffRow;
  departments: DepartmentRow;
  api_clients: ApiClientRow;
  demo_seed: { seeded_at: Generated<Date> };
};

/** The identity module's tables on an executor (no other module's tables can be named). */
export const identity = (executor: Executor) => executor.withTables<IdentityTables>();
