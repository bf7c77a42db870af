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
  /** which of Raadhus's own usage measures shows the system's use (`selfservice`, `letters`, `cases`), if any */
  usage_source: string | null;
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
  /** days before the termination deadline the contract owner is warned by e-mail */
  alert_days: Generated<number>;
  created_at: Generated<Date>;
}
export interface DeadlineAlertTable {
  contract_id: string;
  termination_deadline: string;
  staff_id: string;
  sent_at: Generated<Date>;
}
export interface UsageCountTable {
  source: string;
  month: string;
  count: number;
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
  governance_deadline_alerts: DeadlineAlertTable;
  governance_usage_counts: UsageCountTable;
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

export interface InitiativeTable {
  id: Generated<string>;
  year: number;
  focus_area: string;
  department_code: string;
  title: string;
  owner_staff_id: string;
  phase: string;
  status: string;
  budget_ore: string | number;
  funding: string;
  go_live: string | null;
}
export interface BenefitTable {
  id: Generated<string>;
  initiative_id: string;
  description: string;
  key_figure: string | null;
  unit: string;
  baseline: string | number;
  target: string | number;
  realised_entered: string | number | null;
  note: string;
}
export interface PoolEntryTable {
  id: Generated<string>;
  year: number;
  kind: string;
  amount_ore: string | number;
  initiative_id: string | null;
  note: string;
}
export interface FigureCountTable {
  key_figure: string;
  year: number;
  count: string | number;
}

export type PlanTables = {
  governance_initiatives: InitiativeTable;
  governance_benefits: BenefitTable;
  governance_pool_entries: PoolEntryTable;
  governance_figure_counts: FigureCountTable;
  governance_counted_events: { event_id: string };
};
