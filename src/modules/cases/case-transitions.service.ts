import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { NotifyContract, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { blockedReasons, evaluateTransitions, findTransition } from './engine/transitions.ts';
import type { TransitionDefinition } from './engine/workflow-definition.ts';
import type { CaseAccess } from './case-access.service.ts';
import type { CaseEvents } from './case-events.ts';
import type { CaseTypeCatalogue, CaseTypeVersionView } from './case-types.service.ts';
import type { MyCases } from './my-cases.service.ts';
import { presentState } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import type { BlockedReasonView, TransitionView } from './cases.types.ts';
import { guardText } from './guard-text.ts';
import { eventBy, needsAppointment, runActions, type ActionInput, type ActionServices } from './workflow-actions.ts';

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
      reasons.map((reason) => ({ field: 'transition', message: guardText(reason) })),
    );
  }
}

/** The system itself: automatic transitions, and the letters and reminders of transitions taken by citizens, businesses and other systems. */
export const systemActor: Principal = {
  kind: 'client',
  id: 'cases-workflow',
  name: 'Sagssystemet',
  roles: ['integration'],
  scopes: ['post:send', 'notify:remind'],
};

export interface CaseTransitionsDependencies {
  db: Database;
  caseTypes: CaseTypeCatalogue;
  access: CaseAccess;
  caseEvents: CaseEvents;
  mine: MyCases;
  identity: IdentityContract;
  post: PostContract;
  notify: NotifyContract;
}

/**
 * Moving a case on in its workflow: the transitions offered with their guards, those taken by staff, by
 * parties on their own case and automatically by the system, and the actions (letters, reminders) they run.
 */
export class CaseTransitions {
  constructor(private readonly deps: CaseTransitionsDependencies) {}

  /** What the guards look at: the caller's roles, the case's documents, fields and open tasks. */
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

  /** The transitions the case page offers the caller, each allowed or blocked with the guards' reasons. */
  async transitionsFor(
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
    return this.deps.access.change(actor, caseId, input.version, 'case:transition', async (trx, row, caseType) => {
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

  /** Demo data only: moves a case along a transition without checking its guards (the demo cases have no real documents). */
  /** A step of the demo month: the caseworker's own words and the day it happened (demo data only). */
  async demoTransition(
    actor: Principal,
    row: repository.Case,
    caseType: CaseTypeVersionView,
    transition: TransitionDefinition,
    input: ActionInput,
    at: Date,
  ): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      // a decision closes the case's tasks first, as the caseworker would have
      if (caseType.definition.workflow.states.find((state) => state.id === transition.to)?.end)
        for (const task of await repository.tasksOf(trx, row.id))
          if (!task.done_at) await repository.completeTask(trx, row.id, task.id, actor.name);
      await this.apply(trx, actor, row, caseType, transition, input, at);
    });
  }

  /** The transitions a citizen or business may take on their own case (e.g. withdraw the application). */
  async partyTransitions(
    principal: Principal,
    caseId: string,
  ): Promise<Array<{ id: string; label: { da: string; en: string } }>> {
    const row = await this.deps.mine.ownCase(principal, caseId);
    if (row.closed_at) return [];
    const caseType = await this.deps.caseTypes.version(row.case_type_version_id);
    const context = await this.transitionContext(this.deps.db, principal, row);
    return evaluateTransitions(caseType.definition.workflow, row.state, context)
      .filter((option) => option.allowed)
      .map((option) => ({ id: option.transition.id, label: option.transition.label }));
  }

  /** A citizen or business takes a transition the workflow gives them on their own case; the letters go out from the municipality. */
  async transitionByParty(principal: Principal, caseId: string, transitionId: string, now = new Date()): Promise<void> {
    const owned = await this.deps.mine.ownCase(principal, caseId);
    await this.deps.db.transaction().execute(async (trx) => {
      const row = (await repository.findCase(trx, owned.id, { lock: true }))!;
      const caseType = await this.deps.caseTypes.version(row.case_type_version_id, trx);
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

  /** After a case is created or its fields change: the automatic transitions with guards that now hold. */
  async fieldsChanged(trx: Executor, row: repository.Case, now = new Date()): Promise<repository.Case> {
    return this.takeAutomatic(trx, row, 'change', now);
  }

  private async takeAutomatic(
    trx: Executor,
    row: repository.Case,
    trigger: 'document' | 'change',
    now = new Date(),
  ): Promise<repository.Case> {
    const current = (await repository.findCase(trx, row.id, { lock: true })) ?? row;
    if (current.closed_at) return current;
    const caseType = await this.deps.caseTypes.version(current.case_type_version_id, trx);
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
    const updated = await this.deps.access.update(trx, row, {
      ...changes,
      state: transition.to,
      ...(end ? { result: end.result, closed_at: now } : {}),
    });
    await this.deps.caseEvents.transitioned(trx, actor, row, updated, caseType, transition.id, now);
    const from = presentState(caseType, row.state);
    await repository.insertEvent(trx, {
      // when it happened: now, or the day of a demo step
      occurred_at: now,
      ...eventBy(
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
    });
    return updated;
  }

  private actionServices(): ActionServices {
    const { identity } = this.deps;
    return {
      post: this.deps.post,
      notify: this.deps.notify,
      departmentIdByCode: async (code) => (await identity.departmentByCode(code))?.id,
      partyRecipient: async (party, executor) => {
        const found = party.business_id
          ? await identity.getBusiness(party.business_id, executor)
          : await identity.getPerson(party.person_id!, executor);
        return { name: found?.name ?? '', locale: found?.preferredLocale ?? 'da' };
      },
    };
  }
}
