import type { Generated } from 'kysely';

export interface PurposeTable {
  code: string;
  name_da: string;
  name_en: string;
  kle: string | null;
  department_code: string;
  inquiry_type: string;
  case_type_code: string | null;
  solution_code: string | null;
  created_at: Generated<Date>;
}
export interface StrategyVersionTable {
  id: Generated<string>;
  purpose_code: string;
  valid_from: string;
  desired_channel: string;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface StrategyChannelTable {
  version_id: string;
  channel: string;
  offered: boolean;
  unit_cost_ore: number;
  target_percent: number;
}
export interface InquiryTable {
  id: Generated<string>;
  source_key: string;
  source: 'event' | 'staff' | 'api' | 'import';
  purpose_code: string | null;
  channel: string;
  direction: string;
  outcome: string;
  occurred_at: Date;
  party_kind: 'person' | 'business' | 'anonymous';
  party_id: string | null;
  actor_kind: 'staff' | 'automated' | 'integration';
  actor_id: string | null;
  department_code: string | null;
  object_kind: string | null;
  object_id: string | null;
  resolved_first_contact: boolean | null;
  could_be_digital: boolean | null;
  digital_help: boolean | null;
  note: string | null;
  count: Generated<number>;
  /** why the contact was avoidable (failure demand), if it was */
  failure_demand: string | null;
  created_at: Generated<Date>;
}

/** The register per Danish day and key, kept by the registering statement (`insertInquiries`). */
export interface InquiryDayTable {
  day: string;
  /** '' for a contact without a purpose */
  purpose_code: string;
  channel: string;
  direction: string;
  outcome: string;
  contacts: string | number;
  failure_demand: string | number;
}

export type ChannelsTables = {
  channels_inquiry_days: InquiryDayTable;
  channels_purposes: PurposeTable;
  channels_strategy_versions: StrategyVersionTable;
  channels_strategy_channels: StrategyChannelTable;
  channels_inquiries: InquiryTable;
};
