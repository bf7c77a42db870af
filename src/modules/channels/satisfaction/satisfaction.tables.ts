import type { Generated } from 'kysely';

/** One survey invitation per contact; answered once (score and comment), never linked to a person. */
export interface SurveyInvitationTable {
  id: Generated<string>;
  /** the contact it follows (`inquiry:<id>`, `chat:<id>`, `case:<id>`): one invitation per contact */
  source_key: string;
  service_kind: 'purpose' | 'case-type';
  service_code: string;
  /** the contact's channel (attendance, phone, web-chat, or the case's intake channel) */
  channel: string;
  department_code: string | null;
  /** how the invitation went: SMS or e-mail */
  sent_by: 'sms' | 'email';
  contact_at: Date;
  invited_at: Generated<Date>;
  expires_at: Date;
  answered_at: Date | null;
  score: number | null;
  comment: string | null;
}

/** A person's case between created and closed (the closing event names no party). */
export interface SurveyCaseTable {
  case_id: string;
  person_id: string;
  channel: string;
  created_at: Date;
}

export type SatisfactionTables = {
  channels_survey_invitations: SurveyInvitationTable;
  channels_survey_cases: SurveyCaseTable;
};
