import type { Logger } from 'pino';
import type { Database, Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type {
  Attachment,
  CasesContract,
  CaseWarningSource,
  NotifyContract,
  PartyRef,
  PostContract,
} from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { CaseAccess } from './case-access.service.ts';
import { CaseAssignment } from './case-assignment.service.ts';
import { CaseCreation } from './case-creation.service.ts';
import { CaseDeadlines } from './case-deadlines.service.ts';
import { CaseEvents } from './case-events.ts';
import { CaseFields } from './case-fields.service.ts';
import { CaseIntake } from './case-intake.service.ts';
import { CasePage } from './case-page.service.ts';
import { CaseQueue } from './case-queue.service.ts';
import { CaseRecords } from './case-records.service.ts';
import { CaseTransitions } from './case-transitions.service.ts';
import { CaseWarnings } from './case-warnings.ts';
import { systemActor } from './system-actor.ts';
import { CaseTypeCatalogue } from './case-types.service.ts';
import { MyCases } from './my-cases.service.ts';
import { PartyDocuments } from './party-documents.service.ts';
import { isWorkingDay, workingDayDeadline } from '#platform/time/working-days.ts';

import {
  caseOfParty,
  closeDecidedElsewhere,
  journalFacts,
  type OutsideDecisionDependencies,
} from './case-outside-decision.ts';

import { documentFileForAccess, recordsForAccess } from './case-records-for-access.ts';

export { handOffProblems } from './case-assignment.service.ts';
export type { Channel } from './case-creation.service.ts';
export { queueSortDirection, type QueueFilters, QUEUE_PAGE_SIZE, SOON_WORKING_DAYS } from './case-queue.service.ts';
export { staleVersion } from './case-access.service.ts';
export { systemActor } from './system-actor.ts';
export { TransitionRefused } from './transition-refused.ts';

export interface CasesDependencies {
  db: Database;
  events: EventBus;
  logger: Logger;
  identity: IdentityContract;
  post: PostContract;
  notify: NotifyContract;
}

/**
 * Case handling, built from its parts: creating cases, the work queue, the case page, assignment and hand-off,
 * transitions, everything recorded on a case, the parties' own cases and the daily deadline check. Routes and
 * other modules call the facade; each rule lives in the part named for it.
 */
export class CasesService implements CasesContract {
  readonly db: Database;
  readonly caseTypes: CaseTypeCatalogue;
  /** finding a case a staff member may handle, and changing it under its version */
  readonly access: CaseAccess;
  readonly transitions: CaseTransitions;
  /** documents, notes and tasks on a case */
  readonly records: CaseRecords;
  readonly creation: CaseCreation;
  /** cases created at the desk, on the phone, or by a line-of-business system */
  readonly intake: CaseIntake;
  readonly workQueue: CaseQueue;
  readonly assignment: CaseAssignment;
  readonly page: CasePage;
  readonly fields: CaseFields;
  readonly deadlines: CaseDeadlines;
  /** "my cases" for citizens and businesses */
  readonly mine: MyCases;
  readonly partyDocuments: PartyDocuments;
  /** what other modules warn about cases (the § 3 notice): shown on the case page and in the work queue */
  readonly warnings: CaseWarnings;
  private readonly identity: IdentityContract;
  private readonly outside: OutsideDecisionDependencies;

  constructor(deps: CasesDependencies) {
    const { db, identity } = deps;
    this.db = db;
    this.identity = identity;
    const caseTypes = new CaseTypeCatalogue(db);
    const mine = new MyCases(db, caseTypes, deps.post);
    const caseEvents = new CaseEvents(deps.events, async (id) => (await identity.department(id))?.code, systemActor.id);
    const access = new CaseAccess(db, caseTypes, identity);
    const transitions = new CaseTransitions({
      db,
      caseTypes,
      access,
      caseEvents,
      mine,
      identity,
      post: deps.post,
      notify: deps.notify,
    });
    const records = new CaseRecords(
      db,
      (actor, caseId, trx) => access.caseForStaff(actor, caseId, trx, 'case:update'),
      (trx, _actor, row) => transitions.documentArrived(trx, row),
    );
    this.outside = { caseTypes, caseEvents, identity };
    const creation = new CaseCreation({ db, caseTypes, caseEvents, records, transitions, identity });
    this.caseTypes = caseTypes;
    this.mine = mine;
    this.access = access;
    this.transitions = transitions;
    this.records = records;
    this.creation = creation;
    this.intake = new CaseIntake(db, identity, (executor, actor, input, now) =>
      creation.createCase(executor, actor, input, now),
    );
    this.workQueue = new CaseQueue(db, caseTypes, access, identity);
    this.assignment = new CaseAssignment(access, identity);
    this.page = new CasePage({ db, caseTypes, access, records, transitions, identity });
    this.fields = new CaseFields(access, transitions);
    this.deadlines = new CaseDeadlines(db, caseTypes, caseEvents, deps.logger);
    this.partyDocuments = new PartyDocuments({ db, caseTypes, mine, records, transitions });
    this.warnings = new CaseWarnings(deps.logger);
  }

  // ---- CasesContract ------------------------------------------------------------------------

  addWarningSource(source: CaseWarningSource): void {
    this.warnings.add(source);
  }

  caseTypeSummary(code: string) {
    return this.creation.caseTypeSummary(code);
  }

  async publishedProcessingTimes() {
    return (await this.caseTypes.allCurrent()).flatMap(({ code, definition }) => {
      const processing = definition.legalDeadline ?? definition.serviceLevel;
      if (!processing) return [];
      return [{ code, name: definition.name, departmentCode: definition.departmentCode, ...processing }];
    });
  }

  /** Kept for the modules that still ask the contract; the calendar itself is the platform's (src/platform/time). */
  isWorkingDay(day: string): boolean {
    return isWorkingDay(day);
  }

  createCase(...args: Parameters<CaseCreation['createCase']>) {
    return this.creation.createCase(...args);
  }

  journalFacts(caseIdOrReference: string, executor: Executor = this.db) {
    return journalFacts(this.outside, executor, caseIdOrReference);
  }

  caseOfParty(caseIdOrReference: string, party: PartyRef, executor: Executor = this.db) {
    return caseOfParty(executor, caseIdOrReference, party);
  }

  recordsForAccess(caseId: string, executor: Executor = this.db) {
    return recordsForAccess(executor, caseId);
  }

  documentFileForAccess(caseId: string, documentId: string, executor: Executor = this.db) {
    return documentFileForAccess(executor, caseId, documentId);
  }

  closeDecidedElsewhere(
    executor: Executor,
    actor: Principal,
    caseId: string,
    input: { result: string; note: string },
    now = new Date(),
  ) {
    return closeDecidedElsewhere(this.outside, executor, actor, caseId, input, now);
  }

  /** Kept for the modules that still ask the contract; the calendar itself is the platform's (src/platform/time). */
  workingDayDeadline(start: Date, workingDays: number) {
    return workingDayDeadline(start, workingDays);
  }

  // ---- the staff side -------------------------------------------------------------------------

  caseForStaff(...args: Parameters<CaseAccess['caseForStaff']>) {
    return this.access.caseForStaff(...args);
  }

  mayRead(actor: Principal, caseId: string) {
    return this.access.mayRead(actor, caseId);
  }

  queue(...args: Parameters<CaseQueue['queue']>) {
    return this.workQueue.queue(...args);
  }

  openAssignedCount(staffId: string) {
    return this.workQueue.openAssignedCount(staffId);
  }

  queueFilterOptions(actor: Principal) {
    return this.workQueue.queueFilterOptions(actor);
  }

  summary(...args: Parameters<CaseQueue['summary']>) {
    return this.workQueue.summary(...args);
  }

  async caseTypeOptions(): Promise<Array<{ code: string; name: { da: string; en: string } }>> {
    return (await this.caseTypes.allCurrent()).map((type) => ({ code: type.code, name: type.definition.name }));
  }

  /** Other modules' warnings about these cases (already shown to the caller by the queue or the case page). */
  caseWarnings(actor: Principal, caseIds: readonly string[]) {
    return this.warnings.forCases(actor, caseIds);
  }

  getCase(...args: Parameters<CasePage['getCase']>) {
    return this.page.getCase(...args);
  }

  assign(...args: Parameters<CaseAssignment['assign']>) {
    return this.assignment.assign(...args);
  }

  handOff(...args: Parameters<CaseAssignment['handOff']>) {
    return this.assignment.handOff(...args);
  }

  colleaguesFor(actor: Principal) {
    return this.assignment.colleaguesFor(actor);
  }

  colleagues(actor: Principal) {
    return this.assignment.colleagues(actor);
  }

  departments() {
    return this.assignment.departments();
  }

  updateFields(...args: Parameters<CaseFields['updateFields']>) {
    return this.fields.updateFields(...args);
  }

  transition(...args: Parameters<CaseTransitions['transition']>) {
    return this.transitions.transition(...args);
  }

  demoTransition(...args: Parameters<CaseTransitions['demoTransition']>) {
    return this.transitions.demoTransition(...args);
  }

  documentArrived(...args: Parameters<CaseTransitions['documentArrived']>) {
    return this.transitions.documentArrived(...args);
  }

  addTask(actor: Principal, caseId: string, input: { title: string; dueDate?: string; assigneeId?: string }) {
    return this.records.addTask(actor, caseId, input, (id, trx) => this.identity.getStaff(id, trx));
  }

  downloadForStaff(actor: Principal, caseId: string, documentId: string, version?: number) {
    return this.records.download(actor, caseId, documentId, version, (who, id, trx) =>
      this.access.caseForStaff(who, id, trx),
    );
  }

  addDocumentFromApi(
    actor: Principal,
    caseId: string,
    document: Attachment & { documentType: string; title?: string; sharedWithParties?: boolean; documentId?: string },
  ) {
    return this.records.addDocument(actor, caseId, document);
  }

  publishMissedDeadlines(now?: Date) {
    return this.deadlines.publishMissedDeadlines(now);
  }

  // ---- the parties' side ----------------------------------------------------------------------

  partyTransitions(principal: Principal, caseId: string) {
    return this.transitions.partyTransitions(principal, caseId);
  }

  transitionByParty(...args: Parameters<CaseTransitions['transitionByParty']>) {
    return this.transitions.transitionByParty(...args);
  }

  partyUploadTypes(caseId: string) {
    return this.partyDocuments.partyUploadTypes(caseId);
  }

  uploadByParty(...args: Parameters<PartyDocuments['uploadByParty']>) {
    return this.partyDocuments.uploadByParty(...args);
  }
}
