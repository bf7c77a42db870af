import type { EntryRow } from './repository/post-list.repository.ts';
import type { Direction, PartyCategory } from './openness-codes.ts';

/** An entry as anyone may see it: never the document's text, never a citizen's name. */
export interface PublicEntry {
  id: string;
  registeredAt: Date;
  caseReference: string;
  caseTypeCode: string;
  caseTitle: string;
  documentTitle: string;
  direction: Direction;
  partyCategory: PartyCategory;
  partyName: string | null;
  departmentCode: string;
}

export function toPublicEntry(row: EntryRow): PublicEntry {
  return {
    id: row.id,
    registeredAt: row.registered_at,
    caseReference: row.case_reference,
    caseTypeCode: row.case_type_code,
    caseTitle: row.case_title,
    documentTitle: row.document_title,
    direction: row.direction,
    partyCategory: row.party_category,
    // the database refuses a citizen's name; this is the second lock
    partyName: row.party_category === 'citizen' ? null : row.party_name,
    departmentCode: row.department_code,
  };
}
