import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { checkUpload, type CaseRecords } from './case-records.service.ts';
import type { CaseTransitions } from './case-transitions.service.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import type { MyCases } from './my-cases.service.ts';
import * as repository from './cases.repository.ts';

export interface PartyDocumentsDependencies {
  db: Database;
  caseTypes: CaseTypeCatalogue;
  mine: MyCases;
  records: CaseRecords;
  transitions: CaseTransitions;
}

/** Documents a citizen or business sends on their own case from "my cases". */
export class PartyDocuments {
  constructor(private readonly deps: PartyDocumentsDependencies) {}

  /** The document types a party may send on their case (its required documents). */
  async partyUploadTypes(caseId: string) {
    const row = await repository.findCase(this.deps.db, caseId);
    return row ? (await this.deps.caseTypes.version(row.case_type_version_id)).definition.requiredDocuments : [];
  }

  /**
   * A citizen or business sends a document on their own case ("my cases"): checked by content and
   * size, shared with the parties (it is theirs), and an automatic "documentation received" may follow.
   */
  async uploadByParty(
    principal: Principal,
    caseId: string,
    input: { content: Buffer; documentType: string; filename?: string },
  ) {
    const owned = await this.deps.mine.ownCase(principal, caseId);
    if (owned.closed_at) throw new HttpProblem(409, 'cases.case.closed');
    const checked = await checkUpload(input.content);
    if ('key' in checked)
      throw new HttpProblem(
        checked.key === 'cases.document.tooLarge' ? 413 : checked.key === 'cases.document.wrongType' ? 415 : 400,
        checked.key,
        checked.values,
      );
    return this.deps.db.transaction().execute(async (trx) => {
      const row = (await repository.findCase(trx, owned.id, { lock: true }))!;
      const caseType = await this.deps.caseTypes.version(row.case_type_version_id, trx);
      const known = caseType.definition.requiredDocuments.find(
        (requirement) => requirement.type === input.documentType,
      );
      const documentType = known ? known.type : 'attachment';
      const title = known ? known.label.da : 'Dokument fra ansøger';
      await this.deps.records.storeDocument(trx, principal, row, caseType, {
        // the name the applicant gave the file; the document type's only when the browser sent none
        filename: input.filename || `${documentType}.${checked.ext}`,
        contentType: checked.mime,
        content: input.content,
        documentType,
        title,
        sharedWithParties: true,
      });
      await this.deps.transitions.documentArrived(trx, row);
    });
  }
}
