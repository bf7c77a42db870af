import type { Generated } from 'kysely';

export interface SystemTable {
  id: Generated<string>;
  name: string;
  supplier: string;
  description: string;
  lifecycle: string;
  criticality: string;
  hosting: string;
  personal_data: string;
  users_band: string;
  department_codes: string[];
  kle: string[];
  created_at: Generated<Date>;
}
export interface SystemRoleTable {
  system_id: string;
  role: string;
  staff_id: string;
}
export interface DutyTable {
  system_id: string;
  duty: string;
  status: string;
  evidence: string;
  last_reviewed: string | null;
  next_review: string;
}
export interface ContractTable {
  id: Generated<string>;
  system_id: string;
  supplier: string;
  contract_number: string;
  starts_on: string;
  ends_on: string;
  termination_deadline: string;
  owner_staff_id: string;
  payment_model: string;
  created_at: Generated<Date>;
}
export interface CostTable {
  id: Generated<string>;
  contract_id: string;
  year: number;
  kind: string;
  payer: string;
  budget_ore: string | number;
  actual_ore: string | number | null;
}
export interface SlaTable {
  system_id: string;
  availability_target: number;
  support_hours: string;
  response_minutes: number;
  sourcing: string;
  reasoning: string;
}
export interface IncidentTable {
  id: Generated<string>;
  system_id: string;
  severity: string;
  started_at: Date;
  responded_at: Date | null;
  ended_at: Date | null;
}

export type GovernanceTables = {
  governance_systems: SystemTable;
  governance_system_roles: SystemRoleTable;
  governance_duties: DutyTable;
  governance_contracts: ContractTable;
  governance_costs: CostTable;
  governance_slas: SlaTable;
  governance_incidents: IncidentTable;
};

export interface ControlTable {
  scope: string;
  control_code: string;
  applicable: boolean;
  reason: string;
  status: string;
  evidence: string;
  next_review: string | null;
  updated_by: string;
  updated_at: Generated<Date>;
}
export interface RiskTable {
  id: Generated<string>;
  system_id: string;
  threat: string;
  affects: string[];
  likelihood: number;
  consequence: number;
  measures: string;
  residual_likelihood: number;
  residual_consequence: number;
  next_revision: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}

export type SecurityTables = {
  governance_controls: ControlTable;
  governance_risks: RiskTable;
};

export interface PrincipleTable {
  code: string;
  position: number;
  name_da: string;
  name_en: string;
}
export interface DecisionTable {
  id: Generated<string>;
  committee: string;
  title: string;
  proposal: string;
  system_id: string | null;
  decision: string;
  conditions: string;
  decided_on: string;
  recorded_by: string;
  recorded_at: Generated<Date>;
}
export interface AssessmentTable {
  decision_id: string;
  principle_code: string;
  assessment: string;
  reason: string;
}

export type ArchitectureTables = {
  governance_principles: PrincipleTable;
  governance_decisions: DecisionTable;
  governance_decision_assessments: AssessmentTable;
};
