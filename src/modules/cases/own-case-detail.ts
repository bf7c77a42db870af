import type { Database } from '#platform/db/database.ts';
import type { PostContract } from '#platform/contracts.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import { presentEvent } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import type { OwnCaseDetail } from './cases.types.ts';
import { ownCaseSummary, partyEventKinds } from './own-case-summary.ts';

/** The party's own case in full: its timeline, the documents shared with them and the letters about it. */
export async function ownCaseDetail(
  deps: { db: Database; caseTypes: CaseTypeCatalogue; post: PostContract },
  row: repository.Case,
  party: { personId?: string; businessId?: string },
): Promise<OwnCaseDetail> {
  const events = (await repository.eventsOf(deps.db, row.id, { partiesOnly: true })).filter((event) =>
    partyEventKinds.has(event.kind),
  );
  const documents = await repository.documentsOf(deps.db, row.id, { sharedOnly: true });
  const versions = await repository.versionsOf(
    deps.db,
    documents.map((document) => document.id),
  );
  const letters = await deps.post
    .lettersForCase(row.reference, party.businessId ? { businessId: party.businessId } : { personId: party.personId! })
    .catch(() => []);
  return {
    ...(await ownCaseSummary(deps.caseTypes, row, events.at(-1))),
    timeline: events.map(presentEvent).reverse(),
    documents: documents.map((document) => {
      const latest = versions.find((version) => version.document_id === document.id)!;
      return {
        id: document.id,
        title: document.title,
        filename: latest?.filename ?? '',
        size: latest?.size ?? 0,
        createdAt: document.created_at,
      };
    }),
    letters,
  };
}
