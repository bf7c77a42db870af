import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { TransitionDefinition } from './engine/workflow-definition.ts';
import type { CaseTypeVersionView } from './case-types.service.ts';
import * as repository from './cases.repository.ts';
import type { TransitionView } from './cases.types.ts';
import type { ActionInput } from './workflow-actions.ts';
import type { CaseTransitionsDependencies } from './case-transitions.dependencies.ts';
import { offeredTransitions } from './transition-options.ts';
import { takeTransition } from './take-transition.ts';
import { applyTransition } from './transition-apply.ts';
import { partyTransitions, transitionByParty } from './party-transitions.ts';
import { takeAutomatic } from './automatic-transitions.ts';

export type { CaseTransitionsDependencies };

/**
 * Moving a case on in its workflow: the transitions offered with their guards, those taken by staff, by
 * parties on their own case and automatically by the system, and the actions (letters, reminders) they run.
 * Each of these lives in its own file; this is the one object the other case services hold.
 */
export class CaseTransitions {
  constructor(private readonly deps: CaseTransitionsDependencies) {}

  transitionsFor(
    executor: Executor,
    actor: Principal,
    row: repository.Case,
    caseType: CaseTypeVersionView,
  ): Promise<TransitionView[]> {
    return offeredTransitions(executor, actor, row, caseType);
  }

  transition(
    actor: Principal,
    caseId: string,
    input: ActionInput & { transitionId: string; version?: number },
    now = new Date(),
  ): Promise<repository.Case> {
    return takeTransition(this.deps, actor, caseId, input, now);
  }

  /** Demo data only: a step of the demo month, with the caseworker's own words and the day it happened; guards unchecked. */
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
      await applyTransition(this.deps, trx, actor, row, caseType, transition, input, at);
    });
  }

  partyTransitions(
    principal: Principal,
    caseId: string,
  ): Promise<Array<{ id: string; label: { da: string; en: string } }>> {
    return partyTransitions(this.deps, principal, caseId);
  }

  transitionByParty(principal: Principal, caseId: string, transitionId: string, now = new Date()): Promise<void> {
    return transitionByParty(this.deps, principal, caseId, transitionId, now);
  }

  /** When a document arrives: an automatic transition whose guards hold (see automatic-transitions.ts). */
  documentArrived(trx: Executor, row: repository.Case, now = new Date()): Promise<repository.Case> {
    return takeAutomatic(this.deps, trx, row, 'document', now);
  }

  /** After a case is created or its fields change: the automatic transitions with guards that now hold. */
  fieldsChanged(trx: Executor, row: repository.Case, now = new Date()): Promise<repository.Case> {
    return takeAutomatic(this.deps, trx, row, 'change', now);
  }
}
