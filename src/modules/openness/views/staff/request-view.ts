import type { RequestDocument } from '../../request-documents.ts';
import type { RequestRow } from '../../repository/request.repository.ts';

/** A request as its caseworker's page shows it. */
export interface RequestView {
  request: RequestRow;
  /** the letters, and on a party's request the case's own documents and notes */
  entries: RequestDocument[];
  handedOut: ReadonlySet<string>;
  redactions: Array<{ id: string; document_id: string; passage: string; legal_ground: string }>;
}
