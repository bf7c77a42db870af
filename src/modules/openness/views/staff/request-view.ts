import type { EntryRow } from '../../repository/post-list.repository.ts';
import type { RequestRow } from '../../repository/request.repository.ts';

/** A request as its caseworker's page shows it. */
export interface RequestView {
  request: RequestRow;
  entries: EntryRow[];
  handedOut: ReadonlySet<string>;
  redactions: Array<{ id: string; entry_id: string; passage: string; legal_ground: string }>;
}
