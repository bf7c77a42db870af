import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { PostContract } from '#platform/contracts.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import { isUuid, presentState } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import { partyOf } from './cases.policy.ts';
import type { OwnCaseDetail, OwnCaseSummary } from './cases.types.ts';
import { ownCaseSummary } from './own-case-summary.ts';
import { ownCaseDetail } from './own-case-detail.ts';

/**
 * "My cases": a citizen's own cases, and a business's cases for its representatives (by the CVR
 * login's business id). Any other id is "not found", so changing an id in the URL shows nothing.
 */
export class MyCases {
  constructor(
    private readonly db: Database,
    private readonly caseTypes: CaseTypeCatalogue,
    private readonly post: PostContract,
  ) {}

  private partyOf(principal: Principal): { personId?: string; businessId?: string } {
    assertCan(principal, 'case:own');
    const party = partyOf(principal);
    if (!party) throw new HttpProblem(403, 'error.403.text');
    return party;
  }

  async list(principal: Principal): Promise<OwnCaseSummary[]> {
    const rows = await repository.casesOfParty(this.db, this.partyOf(principal));
    const latest = new Map(
      (
        await repository.latestPartyEvents(
          this.db,
          rows.map((row) => row.id),
        )
      ).map((event) => [event.case_id, event]),
    );
    return Promise.all(rows.map((row) => ownCaseSummary(this.caseTypes, row, latest.get(row.id))));
  }

  async ownCase(principal: Principal, caseId: string): Promise<repository.Case> {
    const party = this.partyOf(principal);
    // by id, or by its case number (letters name the case by its number and link to it)
    const row = isUuid(caseId)
      ? await repository.findCase(this.db, caseId)
      : await repository.findCaseByReference(this.db, caseId);
    if (!row || !(await repository.isParty(this.db, row.id, party))) throw new HttpProblem(404, 'cases.case.notFound');
    return row;
  }

  async detail(principal: Principal, caseId: string): Promise<OwnCaseDetail> {
    const row = await this.ownCase(principal, caseId);
    const { db, caseTypes, post } = this;
    return ownCaseDetail({ db, caseTypes, post }, row, this.partyOf(principal));
  }

  /** A document shared with the parties, for its download; anything else is "not found". */
  async document(principal: Principal, caseId: string, documentId: string) {
    const row = await this.ownCase(principal, caseId);
    const document = isUuid(documentId) ? await repository.findDocument(this.db, row.id, documentId) : undefined;
    const content = document?.shared_with_parties ? await repository.documentContent(this.db, document.id) : undefined;
    if (!content) throw new HttpProblem(404, 'cases.document.notFound');
    return { filename: content.filename, contentType: content.content_type, content: content.content };
  }

  /** For the "my page" badge: open cases waiting for the person or business. */
  async waitingCount(principalId: string): Promise<number> {
    if (!isUuid(principalId)) return 0;
    let count = 0;
    for (const party of [{ personId: principalId }, { businessId: principalId }]) {
      for (const row of await repository.casesOfParty(this.db, party)) {
        if (row.closed_at) continue;
        if (presentState(await this.caseTypes.version(row.case_type_version_id), row.state).waitingFor === 'applicant')
          count++;
      }
    }
    return count;
  }
}
