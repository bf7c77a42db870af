import type { Generated } from 'kysely';

export interface ClosedCaseTypeTable {
  case_type_code: string;
  reason: string;
  created_by: string;
  created_at: Generated<Date>;
}
export interface SettingTable {
  key: string;
  value: number;
}
export interface EntryTable {
  id: Generated<string>;
  case_reference: string;
  case_type_code: string;
  case_title: string;
  document_title: string;
  document_text: string;
  direction: 'in' | 'out';
  party_category: 'citizen' | 'business' | 'authority';
  party_name: string | null;
  department_code: string;
  internal: Generated<boolean>;
  registered_at: Date;
  /** the letter in the post module it was registered from (none for an import or the demo) */
  source_message_id?: string | null;
}
export interface ExclusionTable {
  entry_id: string;
  exception_code: string;
  excluded_by: string;
  excluded_at: Generated<Date>;
}
export interface RequestTable {
  id: Generated<string>;
  kind: 'public' | 'party';
  person_id: string | null;
  business_id: string | null;
  email: string | null;
  description: string;
  department_code: string;
  state: 'received' | 'extended' | 'decided';
  received_at: Generated<Date>;
  deadline: Date;
  extension_reason: string | null;
  expected_at: string | null;
  decision: 'full' | 'partial' | 'refused' | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  /** the case of type "Aktindsigt" in the cases module that carries the request */
  case_id?: string | null;
  case_reference?: string | null;
}
export interface RequestEntryTable {
  request_id: string;
  entry_id: string;
  handed_out: Generated<boolean>;
}
/** A document or note of the party's own case, brought by a party's request (forvaltningsloven § 9). */
export interface RequestRecordTable {
  id: Generated<string>;
  request_id: string;
  source_kind: 'document' | 'note';
  /** the document's or note's id in the cases module */
  source_id: string;
  case_id: string;
  case_reference: string;
  title: string;
  /** a note's text; empty for a document (its file is asked of the cases module) */
  body: string;
  filename: string | null;
  /** an internal working document (forvaltningsloven § 12) */
  internal: boolean;
  recorded_at: Date;
  handed_out: boolean;
}
export interface RedactionTable {
  id: Generated<string>;
  request_id: string;
  /** a letter of the post list, or ... */
  entry_id: string | null;
  /** ... a record of the party's own case */
  record_id?: string | null;
  passage: string;
  legal_ground: string;
  created_by: string;
}

export type OpennessTables = {
  openness_closed_case_types: ClosedCaseTypeTable;
  openness_settings: SettingTable;
  openness_entries: EntryTable;
  openness_exclusions: ExclusionTable;
  openness_requests: RequestTable;
  openness_request_entries: RequestEntryTable;
  openness_redactions: RedactionTable;
  openness_request_records: RequestRecordTable;
};
