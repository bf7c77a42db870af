import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { TransitionDefinition } from './engine/workflow-definition.ts';
import type { CaseTypeVersionView } from './case-types.service.ts';
import { presentState } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import { eventBy, runActions, type ActionInput, type ActionServices } from './workflow-actions.ts';
import type { CaseTransitionsDependencies } from './case-transitions.dependencies.ts';
import { systemActor } from './system-actor.ts';

/**
 * Moves the case along a transition already allowed: runs its actions (letters, reminders), sets the new state
 * (closing the case at an end state), publishes the change and records it in the case's history.
 */
export async function applyTransition(
  deps: CaseTransitionsDependencies,
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
  const changes = await runActions(trx, actionServices(deps), {
    actor: actionActor,
    row,
    caseType,
    transition,
    input,
    now,
  });
  const updated = await deps.access.update(trx, row, {
    ...changes,
    state: transition.to,
    ...(end ? { result: end.result, closed_at: now } : {}),
  });
  await deps.caseEvents.transitioned(trx, actor, row, updated, caseType, transition.id, now);
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

/** What a transition's actions may use: post, notify and the identity module's departments and names. */
function actionServices(deps: CaseTransitionsDependencies): ActionServices {
  const { identity } = deps;
  return {
    post: deps.post,
    notify: deps.notify,
    departmentIdByCode: async (code) => (await identity.departmentByCode(code))?.id,
    partyRecipient: async (party, executor) => {
      const found = party.business_id
        ? await identity.getBusiness(party.business_id, executor)
        : await identity.getPerson(party.person_id!, executor);
      return { name: found?.name ?? '', locale: found?.preferredLocale ?? 'da' };
    },
  };
}
