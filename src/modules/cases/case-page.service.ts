import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { CaseAccess } from './case-access.service.ts';
import type { CaseRecords } from './case-records.service.ts';
import type { CaseTransitions } from './case-transitions.service.ts';
import type { CaseTypeCatalogue } from './case-types.service.ts';
import { formatCpr, maskCpr, presentCase, presentEvent, presentNote, presentTask } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import { requirementStatuses } from './engine/document-requirements.ts';
import type { CaseDetail, PartyView } from './cases.types.ts';

export interface CasePageDependencies {
  db: Database;
  caseTypes: CaseTypeCatalogue;
  access: CaseAccess;
  records: CaseRecords;
  transitions: CaseTransitions;
  identity: IdentityContract;
}

/** The case page for staff: everything on a case in one read, with the parties' lookup audited. */
export class CasePage {
  constructor(private readonly deps: CasePageDependencies) {}

  /**
   * The case page: parties looked up and the read audited (one row per party, with the purpose), the
   * timeline, documents, notes, tasks and the transitions the workflow offers with the guards' reasons.
   */
  async getCase(actor: Principal, caseId: string, purpose: string, now = new Date()): Promise<CaseDetail> {
    const { access, caseTypes, records, transitions } = this.deps;
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await access.caseForStaff(actor, caseId, trx);
      const caseType = await caseTypes.version(row.case_type_version_id, trx);
      const fullCpr = caseType.definition.fullCpr;
      const parties = await this.parties(trx, row.id, fullCpr);
      const names = new Map<string, string | null>();
      const [events, documents, notes, tasks] = await Promise.all([
        repository.eventsOf(trx, row.id),
        records.documentViews(trx, row.id),
        repository.notesOf(trx, row.id),
        repository.tasksOf(trx, row.id),
      ]);
      const presentTasks = [];
      for (const task of tasks)
        presentTasks.push(presentTask(task, await access.staffName(task.assignee_id, names, trx), now));
      const documentTypes = new Set(documents.map((document) => document.documentType));
      const detail: CaseDetail = {
        ...presentCase(row, caseType, await access.staffName(row.assignee_id, names, trx), now),
        fields: row.fields,
        parties,
        events: events.map(presentEvent).reverse(),
        documents,
        notes: notes.map(presentNote),
        tasks: presentTasks,
        transitions: await transitions.transitionsFor(trx, actor, row, caseType),
        requiredDocuments: requirementStatuses(
          caseType.definition.requiredDocuments,
          row.fields,
          documentTypes,
          row.closed_at !== null,
        ).map(({ requirement, status }) => ({ type: requirement.type, label: requirement.label, status })),
        submittedForm: row.submitted_form ?? null,
        workflowVersion: caseType.definition.workflow.version,
        caseTypeVersionId: caseType.id,
      };
      // Audited last, still in the transaction: the audit chain's lock is then held only until the commit.
      for (const party of parties) {
        await recordAudit(trx, {
          actor,
          action: 'case:read',
          personId: party.kind === 'person' ? party.id : null,
          businessId: party.kind === 'business' ? party.id : null,
          objectType: 'case',
          objectId: row.id,
          purpose: `${purpose} (${row.reference}${fullCpr && party.kind === 'person' ? ', full CPR shown' : ''})`,
        });
      }
      return detail;
    });
  }

  /** The case's parties with name, CPR (masked unless the case type needs it in full) or CVR and address. */
  private async parties(executor: Executor, caseId: string, fullCpr: boolean): Promise<PartyView[]> {
    const { identity } = this.deps;
    const views: PartyView[] = [];
    for (const party of await repository.partiesOf(executor, caseId)) {
      if (party.business_id) {
        const business = await identity.getBusiness(party.business_id, executor);
        views.push({
          role: party.role,
          kind: 'business',
          id: party.business_id,
          name: business?.name ?? '',
          identifier: business ? `CVR ${business.cvr}` : '',
          address: business?.address ?? null,
        });
      } else {
        const person = await identity.getPerson(party.person_id!, executor);
        const address = person?.address
          ? [person.address, [person.postcode, person.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
          : null;
        views.push({
          role: party.role,
          kind: 'person',
          id: party.person_id!,
          name: person?.name ?? '',
          identifier: person ? (fullCpr ? formatCpr(person.cpr) : maskCpr(person.cpr)) : '',
          address,
        });
      }
    }
    return views;
  }
}
