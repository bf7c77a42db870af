import { duties as dutyOrder } from './governance-codes.ts';
import type { DutyTable } from './repository/governance.tables.ts';
import type { SystemRow } from './repository/system.repository.ts';

export interface SystemRoleHolder {
  role: string;
  staffId: string;
  name: string;
}

export interface Duty {
  duty: string;
  status: string;
  evidence: string;
  lastReviewed: string | null;
  nextReview: string;
  overdue: boolean;
}

/** An IT system as the pages and the API show it (never the database row). */
export interface ItSystem {
  id: string;
  name: string;
  supplier: string;
  description: string;
  lifecycle: string;
  criticality: string;
  hosting: string;
  personalData: string;
  usersBand: string;
  departmentCodes: string[];
  kle: string[];
  usageSource: string | null;
  roles: SystemRoleHolder[];
  /** the system owners' names, for lists */
  owners: string[];
  duties: Duty[];
}

export function toSystem(row: SystemRow, roles: SystemRoleHolder[], duties: DutyTable[], today = ''): ItSystem {
  return {
    id: row.id,
    name: row.name,
    supplier: row.supplier,
    description: row.description,
    lifecycle: row.lifecycle,
    criticality: row.criticality,
    hosting: row.hosting,
    personalData: row.personal_data,
    usersBand: row.users_band,
    departmentCodes: row.department_codes,
    kle: row.kle,
    usageSource: row.usage_source,
    roles,
    owners: roles.filter((holder) => holder.role === 'system-owner').map((holder) => holder.name),
    duties: [...duties]
      .sort((a, b) => order(a.duty) - order(b.duty))
      .map((duty) => ({
        duty: duty.duty,
        status: duty.status,
        evidence: duty.evidence,
        lastReviewed: duty.last_reviewed,
        nextReview: duty.next_review,
        overdue: duty.next_review <= today,
      })),
  };
}

const order = (duty: string) => (dutyOrder as readonly string[]).indexOf(duty);
