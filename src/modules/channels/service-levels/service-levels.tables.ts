import type { Generated } from 'kysely';

export interface ServiceTargetTable {
  id: Generated<string>;
  metric: string;
  service_kind: string;
  service_code: string;
  channel: string;
  within_days: number | null;
  within_amount: number | null;
  target_percent: number;
  notice_days: number | null;
  valid_from: string;
  valid_to: string | null;
  decided_by: string;
  decision_reference: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface MeasuredItemTable {
  id: Generated<string>;
  source_key: string;
  metric: string;
  target_id: string;
  service_code: string | null;
  channel: string;
  department_code: string | null;
  party_kind: 'person' | 'business' | null;
  party_id: string | null;
  started_at: Date;
  deadline: Date;
  completed_at: Date | null;
  working_days: number | null;
  outcome: 'pending' | 'hit' | 'missed';
  created_at: Generated<Date>;
}

export interface ProcessingNoticeTable {
  case_id: string;
  item_id: string;
  department_code: string | null;
  case_type_code: string;
  deadline: Date;
  found_at: Date;
  sent_at: Date | null;
  sent_by: string | null;
  message_id: string | null;
  expected_day: string | null;
}

/** Measured items per Danish day (completed, else the deadline's) and key, kept with every change of an item. */
export interface MeasuredDayTable {
  day: string;
  target_id: string;
  metric: string;
  /** '' for none */
  service_code: string;
  department_code: string;
  outcome: 'pending' | 'hit' | 'missed';
  items: string | number;
  working_days: string | number;
  completed: string | number;
}

export type ServiceLevelTables = {
  channels_measured_days: MeasuredDayTable;
  channels_service_targets: ServiceTargetTable;
  channels_measured_items: MeasuredItemTable;
  channels_processing_notices: ProcessingNoticeTable;
};
