import type { Logger } from 'pino';
import type { Database, Executor } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { assertCan, can } from '#platform/auth/permissions.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { HttpProblem, type FieldProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { Attachment, CasesContract, NotifyContract, PostContract } from '#platform/contracts.ts';
import type { Department } from '#modules/identity/identity.service.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { deadlineFrom } from './engine/deadline.ts';
import { danishDay } from './engine/danish-calendar.ts';
import { blockedReasons, evaluateTransitions, findTransition } from './engine/transitions.ts';
import type { TransitionDefinition } from './engine/workflow-definition.ts';
import { CaseTypeCatalogue, type CaseTypeVersionView } from './case-types.service.ts';
import {
  isUuid,
  maskCpr,
  presentCase,
  presentEvent,
  presentNote,
  presentState,
  presentTask,
} from './case-presenters.ts';
import { eventBy, needsAppointment, runActions, type ActionInput, type ActionServices } from './workflow-actions.ts';
import { CaseRecords, checkUpload, documentTypeFor } from './case-records.service.ts';
import { MyCases } from './my-cases.service.ts';
import { CaseIntake } from './case-intake.service.ts';
import { mayBeAssigned, mayCreateCaseIn, mayCreateOwnCase, partyOf, staffCaseAccess } from './cases.policy.ts';
import * as repository from './cases.repository.ts';
import { CaseEvents } from './case-events.ts';
import type { BlockedReasonView, CaseDetail, CaseSummary, PartyView, TransitionView } from './cases.types.ts';

/** A case handed off to another department carries the reason, for the department that receives it. */
export function handOffProblems(input: { reason: string }): FieldProblem[] {
  return input.reason.trim() ? [] : [{ field: 'reason', key: 'cases.handOff.reasonRequired' }];
}

export interface CasesDependencies {
  db: Database;
  events: EventBus;
  logger: Logger;
  identity: IdentityContract;
  post: PostContract;
  notify: NotifyContract;
}

export type Channel = Parameters<CasesContract['createCase']>[2]['channel'];

/** A transition refused: the workflow does not allow it here, or its guards fail. Nothing was changed. */
export class TransitionRefused extends HttpProblem {
  constructor(
    messageKey: string,
    values: Record<string, string | number>,
    readonly reasons: BlockedReasonView[],
  ) {
    super(
      422,
      messageKey,
      values,
      reasons.map((reason) => ({ field: 'transition', message: t(reason.key, reason.values) })),
    );
  }
}

/** The stale-version refusal: someone changed the case after the caller read it. */
export const staleVersion = (reference: string) => new HttpProblem(409, 'cases.conflict.text', { reference });

export interface QueueFilters {
  state?: string;
  caseType?: string;
  deadline?: 'soon' | 'overdue';
  assignment?: 'all' | 'unassigned' | 'mine';
  sort?: 'deadline' | 'received' | 'reference';
  dir?: 'asc' | 'desc';
  page?: number;
}

/** The direction each queue sort takes unless the caseworker turns it: soonest deadline, newest first. */
export const queueSortDirection = { deadline: 'asc', received: 'desc', reference: 'desc' } as const;

export const QUEUE_PAGE_SIZE = 25;
/** "deadline soon": within this many working days */
export const SOON_WORKING_DAYS = 5;

/** Case handling: creating cases, the work queue, the case page, transitions and everything recorded on a case. */
export class CasesService implements CasesContract {
  readonly caseTypes: CaseTypeCatalogue;
  readonly records: CaseRecords;
  /** cases created at the desk, on the phone, or by a line-of-business system */
  readonly intake: CaseIntake;
  /** "my cases" for citizens and businesses */
  readonly mine: MyCases;

  private readonly caseEvents: CaseEvents;

  constructor(private readonly deps: CasesDependencies) {
    this.caseTypes = new CaseTypeCatalogue(deps.db);
    this.mine = new MyCases(deps.db, this.caseTypes, deps.post);
    this.caseEvents = new CaseEvents(
      deps.events,
      async (id) => (await deps.identity.department(id))?.code,
      systemActor.id,
    );
    this.intake = new CaseIntake(deps.db, deps.identity, (executor, actor, input, now) =>
      this.createCase(executor, actor, input, now),
    );
    this.records = new CaseRecords(
      deps.db,
      (actor, caseId, trx) => this.caseForStaff(actor, caseId, trx, 'case:update'),
      (trx, _actor, row) => this.documentArrived(trx, row),
    );
  }

  get db(): Database {
    return this.deps.db;
  }

  /** Demo data only: moves a case along a transition without checking its guards (the demo cases have no real documents). */
  async demoTransition(
    actor: Principal,
    row: repository.Case,
    caseType: CaseTypeVersionView,
    transition: TransitionDefinition,
  ): Promise<void> {
    await this.deps.db
      .transaction()
      .execute((trx) => this.apply(trx, actor, row, caseType, transition, { note: 'Demodata' }, new Date()));
  }

  private get identity() {
    return this.deps.identity;
  }

  private actionServices(): ActionServices {
    return {
      post: this.deps.post,
      notify: this.deps.notify,
      departmentIdByCode: async (code) => (await this.identity.departmentByCode(code))?.id,
      partyName: async (party, executor) =>
        (party.business_id
          ? (await this.identity.getBusiness(party.business_id, executor))?.name
          : (await this.identity.getPerson(party.person_id!, executor))?.name) ?? '',
    };
  }

  private inTransaction<T>(executor: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
    return executor.isTransaction ? work(executor) : this.deps.db.transaction().execute(work);
  }

  // ---- CasesContract ------------------------------------------------------------------------

  async caseTypeSummary(code: string) {
    const current = await this.caseTypes.current(code);
    if (!current) return undefined;
    return {
      code,
      name: current.definition.name,
      expectedProcessingDays: current.definition.serviceLevel?.amount ?? null,
    };
  }

  /**
   * Creates a case of a case type's current version: the legal deadline counted from now (in Danish
   * working days when the case type says so), the owning department, the applicant as party, a
   * "received" event and the documents. A citizen or business may only create their own case through
   * self-service; staff and API clients need `case:create`.
   */
  async createCase(
    executor: Executor,
    actor: Principal,
    input: Parameters<CasesContract['createCase']>[2],
    now = new Date(),
  ) {
    if (partyOf(actor)) {
      if (!mayCreateOwnCase(actor, input.applicant, input.channel)) throw new HttpProblem(403, 'error.403.text');
    } else assertCan(actor, 'case:create');
    const caseType = await this.caseTypes.current(input.caseTypeCode, executor);
    if (!caseType) throw new HttpProblem(400, 'cases.caseType.unknown', { code: input.caseTypeCode });
    const definition = caseType.definition;
    const department = await this.identity.departmentByCode(definition.departmentCode);
    if (!mayCreateCaseIn(actor, department?.id)) throw new HttpProblem(403, 'cases.api.otherDepartment');
    const processing = definition.legalDeadline ?? definition.serviceLevel;
    return this.inTransaction(executor, async (trx) => {
      const reference = await repository.nextReference(trx, Number(danishDay(now).slice(0, 4)));
      const row = await repository.insertCase(trx, {
        reference,
        case_type_code: caseType.code,
        case_type_version_id: caseType.id,
        title: input.title?.trim() || definition.name.da,
        state: definition.workflow.initialState,
        channel: input.channel,
        department_id: department?.id ?? null,
        assignee_id: null,
        // the processing deadline: the legal one where the law sets one, else the published service level
        deadline: processing ? deadlineFrom(now, processing) : null,
        fields: input.fields,
        received_at: now,
        created_by: `${actor.kind}:${actor.id}`,
      });
      await repository.insertParty(trx, {
        case_id: row.id,
        role: 'applicant',
        person_id: input.applicant.personId ?? null,
        business_id: input.applicant.businessId ?? null,
      });
      await repository.insertEvent(trx, {
        ...eventBy(actor, row.id, 'created', { channel: input.channel }, true),
        occurred_at: now,
      });
      await this.caseEvents.created(trx, row, caseType, input.applicant);
      for (const document of input.documents ?? [])
        await this.records.storeDocument(trx, actor, row, caseType, {
          ...document,
          documentType: documentTypeFor(document, caseType),
          sharedWithParties: input.channel === 'selfservice',
        });
      const settled = await this.takeAutomatic(trx, row, 'change', now);
      return {
        caseId: row.id,
        reference,
        expectedProcessingDays: definition.serviceLevel?.amount ?? null,
        deadline: settled.deadline,
      };
    });
  }

  /**
   * The daily deadline check: `cases.deadline-missed` for every open case past its deadline, once per case
   * and deadline, in batches (each batch's cases marked and its events published in one transaction).
   */
  async publishMissedDeadlines(now = new Date()): Promise<number> {
    const batchSize = 500;
    let published = 0;
    for (;;) {
      const batch = await this.deps.db.transaction().execute(async (trx) => {
        const missed = await repository.takeMissedDeadlines(trx, now, batchSize);
        await this.caseEvents.deadlinesMissed(
          trx,
          missed,
          (row) => this.caseTypes.version(row.case_type_version_id, trx),
          now,
        );
        return missed.length;
      });
      published += batch;
      if (batch < batchSize) break;
    }
    if (published) this.deps.logger.info({ published }, 'missed case deadlines published');
    return published;
  }

  // ---- reading --------------------------------------------------------------------------------

  /**
   * A case a staff member may handle (their department's, or assigned to them) or an API client may (its
   * department's, when the key has one); any other case is 404, as an unknown one, so its existence is not told.
   * By id or by reference (`2026-000123`).
   */
  async caseForStaff(
    actor: Principal,
    caseId: string,
    executor: Executor = this.deps.db,
    action = 'case:read',
    lock = false,
  ): Promise<repository.Case> {
    assertCan(actor, action);
    const byReference = isUuid(caseId) ? undefined : await repository.findCaseByReference(executor, caseId);
    const id = byReference?.id ?? (isUuid(caseId) ? caseId : undefined);
    const row = id && (lock || !byReference) ? await repository.findCase(executor, id, { lock }) : byReference;
    if (!row || staffCaseAccess(actor, row) === 'hidden') throw new HttpProblem(404, 'cases.case.notFound');
    return row;
  }

  private async staffName(
    id: string | null,
    cache = new Map<string, string | null>(),
    executor: Executor = this.deps.db,
  ): Promise<string | null> {
    if (!id) return null;
    if (!cache.has(id)) cache.set(id, (await this.identity.getStaff(id, executor))?.name ?? null);
    return cache.get(id) ?? null;
  }

  /** The work queue of the caller's department (or, with `mine`, the caller's own cases). */
  async queue(
    actor: Principal,
    filters: QueueFilters,
    now = new Date(),
  ): Promise<{ cases: CaseSummary[]; page: number; hasNext: boolean }> {
    assertCan(actor, 'case:read');
    const page = Math.max(1, filters.page ?? 1);
    const mine = filters.assignment === 'mine' || !actor.departmentId;
    const rows = await repository.queue(this.deps.db, {
      departmentId: mine ? undefined : actor.departmentId!,
      assigneeId: mine ? actor.id : undefined,
      unassigned: filters.assignment === 'unassigned',
      state: filters.state,
      caseTypeCode: filters.caseType,
      deadline: filters.deadline,
      now,
      soonBefore: deadlineFrom(now, { amount: SOON_WORKING_DAYS, unit: 'working_days' }),
      sort: filters.sort ?? 'deadline',
      direction: filters.dir ?? queueSortDirection[filters.sort ?? 'deadline'],
      limit: QUEUE_PAGE_SIZE + 1,
      offset: (page - 1) * QUEUE_PAGE_SIZE,
    });
    const names = new Map<string, string | null>();
    const cases: CaseSummary[] = [];
    for (const row of rows.slice(0, QUEUE_PAGE_SIZE))
      cases.push(
        presentCase(
          row,
          await this.caseTypes.version(row.case_type_version_id),
          await this.staffName(row.assignee_id, names),
          now,
        ),
      );
    return { cases, page, hasNext: rows.length > QUEUE_PAGE_SIZE };
  }

  /** For the staff start page's badge: open cases assigned to the staff member. */
  async openAssignedCount(staffId: string): Promise<number> {
    return isUuid(staffId) ? repository.countOpenAssignedTo(this.deps.db, staffId) : 0;
  }

  /** States of the case types in use, for the queue's filter. */
  async queueFilterOptions(actor: Principal) {
    assertCan(actor, 'case:read');
    const caseTypes = await this.caseTypes.allCurrent();
    return {
      caseTypes: caseTypes.map((type) => ({ code: type.code, name: type.definition.name })),
      states: [
        ...new Map(
          caseTypes.flatMap((type) =>
            type.definition.workflow.states
              .filter((state) => !state.end)
              .map((state) => [state.id, state.label] as const),
          ),
        ).entries(),
      ].map(([id, label]) => ({ id, label })),
    };
  }

  private async transitionContext(executor: Executor, actor: Principal, row: repository.Case) {
    const [documents, tasks] = await Promise.all([
      repository.documentsOf(executor, row.id),
      repository.tasksOf(executor, row.id),
    ]);
    return {
      roles: actor.roles,
      documentTypes: new Set(documents.map((document) => document.document_type)),
      fields: row.fields,
      openTaskCount: tasks.filter((task) => !task.done_at).length,
    };
  }

  private async transitionsFor(
    executor: Executor,
    actor: Principal,
    row: repository.Case,
    caseType: CaseTypeVersionView,
  ): Promise<TransitionView[]> {
    if (row.closed_at) return [];
    const options = evaluateTransitions(
      caseType.definition.workflow,
      row.state,
      await this.transitionContext(executor, actor, row),
    );
    return options.map((option) => ({
      id: option.transition.id,
      label: option.transition.label,
      to: presentState(caseType, option.transition.to),
      allowed: option.allowed,
      blocked: option.blocked.map((reason) => ({ key: reason.key, values: { ...reason.values } })),
      requiresNote: option.transition.requiresNote,
      needsAppointment: needsAppointment(option.transition),
    }));
  }

  private async parties(executor: Executor, caseId: string): Promise<PartyView[]> {
    const views: PartyView[] = [];
    for (const party of await repository.partiesOf(executor, caseId)) {
      if (party.business_id) {
        const business = await this.identity.getBusiness(party.business_id, executor);
        views.push({
          role: party.role,
          kind: 'business',
          id: party.business_id,
          name: business?.name ?? '',
          identifier: business ? `CVR ${business.cvr}` : '',
          address: business?.address ?? null,
        });
      } else {
        const person = await this.identity.getPerson(party.person_id!, executor);
        const address = person?.address
          ? [person.address, [person.postcode, person.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
          : null;
        views.push({
          role: party.role,
          kind: 'person',
          id: party.person_id!,
          name: person?.name ?? '',
          identifier: person ? maskCpr(person.cpr) : '',
          address,
        });
      }
    }
    return views;
  }

  /**
   * The case page: parties looked up and the read audited (one row per party, with the purpose), the
   * timeline, documents, notes, tasks and the transitions the workflow offers with the guards' reasons.
   */
  async getCase(actor: Principal, caseId: string, purpose: string, now = new Date()): Promise<CaseDetail> {
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await this.caseForStaff(actor, caseId, trx);
      const caseType = await this.caseTypes.version(row.case_type_version_id, trx);
      const parties = await this.parties(trx, row.id);
      const names = new Map<string, string | null>();
      const [events, documents, notes, tasks] = await Promise.all([
        repository.eventsOf(trx, row.id),
        this.records.documentViews(trx, row.id),
        repository.notesOf(trx, row.id),
        repository.tasksOf(trx, row.id),
      ]);
      const presentTasks = [];
      for (const task of tasks)
        presentTasks.push(presentTask(task, await this.staffName(task.assignee_id, names, trx), now));
      const documentTypes = new Set(documents.map((document) => document.documentType));
      const detail: CaseDetail = {
        ...presentCase(row, caseType, await this.staffName(row.assignee_id, names, trx), now),
        fields: row.fields,
        parties,
        events: events.map(presentEvent).reverse(),
        documents,
        notes: notes.map(presentNote),
        tasks: presentTasks,
        transitions: await this.transitionsFor(trx, actor, row, caseType),
        requiredDocuments: caseType.definition.requiredDocuments.map((requirement) => ({
          type: requirement.type,
          label: requirement.label,
          present: documentTypes.has(requirement.type),
        })),
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
          purpose: `${purpose} (${row.reference})`,
        });
      }
      return detail;
    });
  }

  // ---- changes with optimistic locking ---------------------------------------------------------

  /** Locks the case, checks the caller's version and access; the work's changes apply with the version moved on. */
  private async change<T>(
    actor: Principal,
    caseId: string,
    expectedVersion: number | undefined,
    action: string,
    work: (trx: Executor, row: repository.Case, caseType: CaseTypeVersionView) => Promise<T>,
  ): Promise<T> {
    return this.deps.db.transaction().execute(async (trx) => {
      const row = await this.caseForStaff(actor, caseId, trx, action, true);
      if (expectedVersion !== undefined && row.version !== expectedVersion) throw staleVersion(row.reference);
      return work(trx, row, await this.caseTypes.version(row.case_type_version_id, trx));
    });
  }

  private async update(
    trx: Executor,
    row: repository.Case,
    changes: Parameters<typeof repository.updateCase>[3],
  ): Promise<repository.Case> {
    const updated = await repository.updateCase(trx, row.id, row.version, changes);
    if (!updated) throw staleVersion(row.reference);
    return updated;
  }

  /** Assigns the case to a caseworker of its department (or to nobody). */
  async assign(
    actor: Principal,
    caseId: string,
    version: number | undefined,
    assigneeId: string | null,
  ): Promise<repository.Case> {
    return this.change(actor, caseId, version, 'case:update', async (trx, row) => {
      let name: string | null = null;
      if (assigneeId) {
        const staff = isUuid(assigneeId) ? await this.identity.getStaff(assigneeId, trx) : undefined;
        if (!mayBeAssigned(staff, row)) throw new HttpProblem(400, 'cases.assign.notColleague');
        name = staff.name;
      }
      const updated = await this.update(trx, row, { assignee_id: assigneeId });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'assigned', { assigneeId, assigneeName: name }));
      return updated;
    });
  }

  /** Hands the case off to another department (audited); it leaves the caller's queue unassigned. */
  async handOff(
    actor: Principal,
    caseId: string,
    version: number | undefined,
    departmentCode: string,
    reason: string,
  ): Promise<repository.Case> {
    if (handOffProblems({ reason }).length) throw new HttpProblem(400, 'cases.handOff.reasonRequired');
    return this.change(actor, caseId, version, 'case:update', async (trx, row) => {
      const department = await this.identity.departmentByCode(departmentCode);
      if (!department) throw new HttpProblem(400, 'cases.department.unknown', { code: departmentCode });
      if (department.id === row.department_id) throw new HttpProblem(400, 'cases.handOff.sameDepartment');
      const updated = await this.update(trx, row, { department_id: department.id, assignee_id: null });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'department', { departmentCode, reason }));
      await recordAudit(trx, {
        actor,
        action: 'case:hand-off',
        objectType: 'case',
        objectId: row.id,
        purpose: `handed off to ${departmentCode}: ${reason}`.slice(0, 500),
      });
      return updated;
    });
  }

  /** Sets case fields (the integration API); a field given as null is removed. */
  async updateFields(
    actor: Principal,
    caseId: string,
    version: number | undefined,
    fields: Record<string, unknown>,
  ): Promise<repository.Case> {
    return this.change(actor, caseId, version, 'case:update', async (trx, row) => {
      const next = { ...row.fields };
      for (const [name, value] of Object.entries(fields)) {
        if (value === null) delete next[name];
        else next[name] = value;
      }
      const updated = await this.update(trx, row, { fields: next });
      await repository.insertEvent(trx, eventBy(actor, row.id, 'fields', { names: Object.keys(fields).join(', ') }));
      return this.takeAutomatic(trx, updated, 'change');
    });
  }

  /**
   * Takes a transition: refused (nothing changed) when the workflow does not offer it from the case's
   * state or a guard fails, with the reasons; otherwise the state moves, the actions run and an event
   * is recorded — all in one transaction, with the case version checked.
   */
  async transition(
    actor: Principal,
    caseId: string,
    input: ActionInput & { transitionId: string; version?: number },
    now = new Date(),
  ): Promise<repository.Case> {
    return this.change(actor, caseId, input.version, 'case:transition', async (trx, row, caseType) => {
      const workflow = caseType.definition.workflow;
      const transition = row.closed_at ? undefined : findTransition(workflow, row.state, input.transitionId);
      const stateLabel = presentState(caseType, row.state).label.da;
      // automatic transitions are never offered to people; a line-of-business system may report one (e.g. "collected")
      if (!transition || (transition.automatic && actor.kind !== 'client')) {
        throw new TransitionRefused(
          'cases.transition.notAllowed',
          {
            transition:
              workflow.transitions.find((candidate) => candidate.id === input.transitionId)?.label.da ??
              input.transitionId,
            state: stateLabel,
          },
          [],
        );
      }
      const blocked = blockedReasons(transition, await this.transitionContext(trx, actor, row));
      if (blocked.length)
        throw new TransitionRefused(
          'cases.transition.blocked',
          { transition: transition.label.da, state: stateLabel },
          blocked.map((reason) => ({ key: reason.key, values: { ...reason.values } })),
        );
      if (transition.requiresNote && !input.note?.trim())
        throw new HttpProblem(400, 'cases.transition.noteRequired', {}, [
          { field: 'note', message: 'cases.transition.noteRequired' },
        ]);
      return this.apply(trx, actor, row, caseType, transition, input, now);
    });
  }

  private async apply(
    trx: Executor,
    actor: Principal,
    row: repository.Case,
    caseType: CaseTypeVersionView,
    transition: TransitionDefinition,
    input: ActionInput,
    now: Date,
  ): Promise<repository.Case> {
    const target = presentState(caseType, transition.to);
    const end = caseType.definition.workflow.states.find((state) => state.id === transition.to)?.end;
    // a citizen's, business's or line-of-business system's transition: its letters go out from the municipality (the case system), not from the caller
    const actionActor = actor.kind === 'staff' ? actor : systemActor;
    const changes = await runActions(trx, this.actionServices(), {
      actor: actionActor,
      row,
      caseType,
      transition,
      input,
      now,
    });
    const updated = await this.update(trx, row, {
      ...changes,
      state: transition.to,
      ...(end ? { result: end.result, closed_at: now } : {}),
    });
    await this.caseEvents.transitioned(trx, actor, row, updated, caseType, transition.id, now);
    const from = presentState(caseType, row.state);
    await repository.insertEvent(
      trx,
      eventBy(
        actor,
        row.id,
        'transition',
        {
          transitionId: transition.id,
          transition: transition.label,
          from: from.id,
          to: target.id,
          fromLabel: from.label,
          toLabel: target.label,
          citizenLabel: target.citizenLabel,
          result: end?.result ?? null,
          ...(input.note ? { note: input.note } : {}),
        },
        true,
      ),
    );
    return updated;
  }

  /**
   * Automatic transitions are taken by the system, never shown as buttons. When a document arrives
   * while the case waits for the applicant (or the transition asks for a document), an automatic
   * transition whose guards hold is taken (e.g. "documentation received"); when a case is created or its fields change, only automatic transitions with guards
   * are, so that a guarded rule like "issue automatically when registration and zone are given" fires
   * while an unguarded "documentation received" waits for its document. Roles do not apply: the system acts.
   */
  async documentArrived(trx: Executor, row: repository.Case, now = new Date()): Promise<repository.Case> {
    return this.takeAutomatic(trx, row, 'document', now);
  }

  private async takeAutomatic(
    trx: Executor,
    row: repository.Case,
    trigger: 'document' | 'change',
    now = new Date(),
  ): Promise<repository.Case> {
    const current = (await repository.findCase(trx, row.id, { lock: true })) ?? row;
    if (current.closed_at) return current;
    const caseType = await this.caseTypes.version(current.case_type_version_id, trx);
    const context = await this.transitionContext(trx, systemActor, current);
    const waitingForApplicant = presentState(caseType, current.state).waitingFor === 'applicant';
    const next = caseType.definition.workflow.transitions.find(
      (transition) =>
        transition.automatic &&
        transition.from.includes(current.state) &&
        (trigger === 'document'
          ? waitingForApplicant || transition.guards.some((guard) => guard.kind === 'document')
          : transition.guards.length > 0) &&
        blockedReasons(transition, context).every((reason) => reason.key === 'cases.guard.role'),
    );
    return next ? this.apply(trx, systemActor, current, caseType, next, {}, now) : current;
  }

  /** Presents a case row after a change (for redirects and API answers). */
  async summary(row: repository.Case, now = new Date()): Promise<CaseSummary> {
    return presentCase(
      row,
      await this.caseTypes.version(row.case_type_version_id),
      await this.staffName(row.assignee_id),
      now,
    );
  }

  /** Colleagues for the case page's assign and task forms (none for those who cannot change cases). */
  async colleaguesFor(actor: Principal): Promise<Array<{ id: string; name: string }>> {
    return can(actor, 'case:update') ? this.colleagues(actor) : [];
  }

  async caseTypeOptions(): Promise<Array<{ code: string; name: { da: string; en: string } }>> {
    return (await this.caseTypes.allCurrent()).map((type) => ({ code: type.code, name: type.definition.name }));
  }

  /** Whether the caller may open the case (after creating it at the desk for another department, perhaps not). */
  async mayRead(actor: Principal, caseId: string): Promise<boolean> {
    return this.caseForStaff(actor, caseId).then(
      () => true,
      () => false,
    );
  }

  async addTask(
    actor: Principal,
    caseId: string,
    input: { title: string; dueDate?: string; assigneeId?: string },
  ): Promise<void> {
    await this.records.addTask(actor, caseId, input, (id, trx) => this.identity.getStaff(id, trx));
  }

  async downloadForStaff(actor: Principal, caseId: string, documentId: string, version?: number) {
    return this.records.download(actor, caseId, documentId, version, (who, id, trx) => this.caseForStaff(who, id, trx));
  }

  /** Colleagues in the caller's department, for "assign to a colleague". */
  async colleagues(actor: Principal): Promise<Array<{ id: string; name: string }>> {
    assertCan(actor, 'case:update');
    return actor.departmentId ? this.identity.staffInDepartment(actor.departmentId) : [];
  }

  async departments(): Promise<Department[]> {
    return this.identity.listDepartments();
  }

  /** The transitions a citizen or business may take on their own case (e.g. withdraw the application). */
  async partyTransitions(
    principal: Principal,
    caseId: string,
  ): Promise<Array<{ id: string; label: { da: string; en: string } }>> {
    const row = await this.mine.ownCase(principal, caseId);
    if (row.closed_at) return [];
    const caseType = await this.caseTypes.version(row.case_type_version_id);
    const context = await this.transitionContext(this.deps.db, principal, row);
    return evaluateTransitions(caseType.definition.workflow, row.state, context)
      .filter((option) => option.allowed)
      .map((option) => ({ id: option.transition.id, label: option.transition.label }));
  }

  /** A citizen or business takes a transition the workflow gives them on their own case; the letters go out from the municipality. */
  async transitionByParty(principal: Principal, caseId: string, transitionId: string, now = new Date()): Promise<void> {
    const owned = await this.mine.ownCase(principal, caseId);
    await this.deps.db.transaction().execute(async (trx) => {
      const row = (await repository.findCase(trx, owned.id, { lock: true }))!;
      const caseType = await this.caseTypes.version(row.case_type_version_id, trx);
      const workflow = caseType.definition.workflow;
      const transition = row.closed_at ? undefined : findTransition(workflow, row.state, transitionId);
      const stateLabel = presentState(caseType, row.state).citizenLabel.da;
      if (!transition || transition.automatic)
        throw new TransitionRefused('cases.transition.notAllowed', { transition: transitionId, state: stateLabel }, []);
      const blocked = blockedReasons(transition, await this.transitionContext(trx, principal, row));
      if (blocked.length)
        throw new TransitionRefused(
          'cases.transition.blocked',
          { transition: transition.label.da, state: stateLabel },
          blocked.map((reason) => ({ key: reason.key, values: { ...reason.values } })),
        );
      await this.apply(trx, principal, row, caseType, transition, {}, now);
    });
  }

  /** The document types a party may send on their case (its required documents). */
  async partyUploadTypes(caseId: string) {
    const row = await repository.findCase(this.deps.db, caseId);
    return row ? (await this.caseTypes.version(row.case_type_version_id)).definition.requiredDocuments : [];
  }

  /**
   * A citizen or business sends a document on their own case ("my cases"): checked by content and
   * size, shared with the parties (it is theirs), and an automatic "documentation received" may follow.
   */
  async uploadByParty(principal: Principal, caseId: string, input: { content: Buffer; documentType: string }) {
    const owned = await this.mine.ownCase(principal, caseId);
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
      const caseType = await this.caseTypes.version(row.case_type_version_id, trx);
      const known = caseType.definition.requiredDocuments.find(
        (requirement) => requirement.type === input.documentType,
      );
      const documentType = known ? known.type : 'attachment';
      const title = known ? known.label.da : 'Dokument fra ansøger';
      await this.records.storeDocument(trx, principal, row, caseType, {
        filename: `${documentType}.${checked.ext}`,
        contentType: checked.mime,
        content: input.content,
        documentType,
        title,
        sharedWithParties: true,
      });
      await this.documentArrived(trx, row);
    });
  }

  async addDocumentFromApi(
    actor: Principal,
    caseId: string,
    document: Attachment & { documentType: string; title?: string; sharedWithParties?: boolean; documentId?: string },
  ) {
    return this.records.addDocument(actor, caseId, document);
  }
}

/** The system itself, for automatic transitions. */
/** The system itself: automatic transitions, and the letters and reminders of transitions taken by citizens, businesses and other systems. */
export const systemActor: Principal = {
  kind: 'client',
  id: 'cases-workflow',
  name: 'Sagssystemet',
  roles: ['integration'],
  scopes: ['post:send', 'notify:remind'],
};
