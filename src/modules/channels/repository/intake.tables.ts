import type { Generated } from 'kysely';
import type { ChannelsTables } from './channels.tables.ts';

export interface TelephonyImportTable {
  id: Generated<string>;
  filename: string;
  period_from: string;
  period_to: string;
  encoding: string;
  rows: number;
  skipped: number;
  imported_by: string;
  created_at: Generated<Date>;
}
export interface TelephonyDayTable {
  day: string;
  queue: string;
  purpose_code: string | null;
  offered: number;
  answered: number;
  answered_within: number;
  threshold_seconds: number;
  abandoned: number;
  average_wait_seconds: number;
  import_id: string;
}
export interface PartyCaseTable {
  case_id: string;
  party_id: string;
  case_type_code: string;
  created_at: Date;
  closed_at: Date | null;
}
export interface PartyLetterTable {
  message_id: string;
  party_id: string;
  department_code: string;
  sent_at: Date;
  read_at: Date | null;
}

/** The register's tables and those of intake and follow-up (migration 20261207193000_channels_intake). */
export type IntakeTables = ChannelsTables & {
  channels_telephony_imports: TelephonyImportTable;
  channels_telephony_days: TelephonyDayTable;
  channels_party_cases: PartyCaseTable;
  channels_party_letters: PartyLetterTable;
};
