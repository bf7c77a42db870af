import type { ColumnType, Generated } from 'kysely';

type Day = ColumnType<string, string, string>;
type Json = ColumnType<Record<string, string>, string, string>;

export interface SignalTable {
  event_id: string;
  signal: string;
  day: Day;
  attributes: Json;
  occurred_at: Date;
}
/** A day whose facts wait for the debounced recomputation. */
export interface DirtyDayTable {
  day: Day;
  marked_at: Date;
}
export interface FactTable {
  figure_id: string;
  day: Day;
  dimension_key: string;
  dimensions: Json;
  numerator: number;
  denominator: number | null;
  value: number;
  source: string;
  lineage: string;
  source_version: number;
  computed_at: Date;
}
export interface TargetTable {
  id: Generated<string>;
  figure_id: string;
  dimension_key: string;
  version: number;
  valid_from: Day;
  valid_to: Day | null;
  green: number;
  red: number;
  created_by: string;
  created_at: Generated<Date>;
}
export interface ObservationBatchTable {
  id: Generated<string>;
  figure_id: string;
  client_id: string;
  client_name: string;
  observations: number;
  received_at: Generated<Date>;
}
export interface AlertRuleTable {
  id: Generated<string>;
  figure_id: string;
  dimension_key: string;
  comparison: 'below' | 'above';
  threshold: number;
  recipient: string;
  raised: Generated<boolean>;
  created_by: string;
  created_at: Generated<Date>;
}
export interface AlertTable {
  id: Generated<string>;
  rule_id: string;
  day: Day;
  value: number;
  raised_at: Generated<Date>;
  mailed_at: Date | null;
  cleared_at: Date | null;
}
export interface ImportTable {
  id: Generated<string>;
  figure_id: string;
  filename: string;
  content: string;
  status: 'uploaded' | 'imported' | 'rolled-back';
  rows: number;
  created_by: string;
  created_at: Generated<Date>;
}
export interface ImportPreviousTable {
  import_id: string;
  day: Day;
  dimension_key: string;
  previous: ColumnType<Record<string, unknown> | null, string | null, string | null>;
}
export type InsightTables = {
  insight_imports: ImportTable;
  insight_import_previous: ImportPreviousTable;
  insight_alert_rules: AlertRuleTable;
  insight_alerts: AlertTable;
  insight_signals: SignalTable;
  insight_dirty_days: DirtyDayTable;
  insight_facts: FactTable;
  insight_targets: TargetTable;
  insight_observation_batches: ObservationBatchTable;
};
