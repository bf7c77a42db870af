import type { Principal } from '#platform/auth/principal.ts';
import { blockedReasons, evaluateTransitions, findTransition } from './engine/transitions.ts';
import { presentState } from './case-presenters.ts';
import * as repository from './cases.repository.ts';
import type { CaseTransitionsDependencies } from './case-transitions.dependencies.ts';
import { TransitionRefused } from './transition-refused.ts';
import { transitionContext } from './transition-context.ts';
import { applyTransition } from './transition-apply.ts';

/** The transitions a citizen or business may take on their own case (e.g. withdraw the application). */
export async function partyTransitions(
  deps: CaseTransitionsDependencies,
  principal: Principal,
  caseId: string,
): Promise<Array<{ id: string; label: { da: string; en: string } }>> {
  const row = await deps.mine.ownCase(principal, caseId);
  if (row.closed_at) return [];
  const caseType = await deps.caseTypes.version(row.case_type_version_id);
  const context = await transitionContext(deps.db, principal, row);
  return evaluateTransitions(caseType.definition.workflow, row.state, context)
    .filter((option) => option.allowed)
    .map((option) => ({ id: option.transition.id, label: option.transition.label }));
}

/** A citizen or business takes a transition the workflow gives them on their own case; the letters go out from the municipality. */
export async function transitionByParty(
  deps: CaseTransitionsDependencies,
  principal: Principal,
  caseId: string,
  transitionId: string,
  now = new Date(),
): Promise<void> {
  const owned = await deps.mine.ownCase(principal, caseId);
  await deps.db.transaction().execute(async (trx) => {
    const row = (await repository.findCase(trx, owned.id, { lock: true }))!;
    const caseType = await deps.caseTypes.version(row.case_type_version_id, trx);
    const workflow = caseType.definition.workflow;
    const transition = row.closed_at ? undefined : findTransition(workflow, row.state, transitionId);
    const stateLabel = presentState(caseType, row.state).citizenLabel.da;
    if (!transition || transition.automatic)
      throw new TransitionRefused('cases.transition.notAllowed', { transition: transitionId, state: stateLabel }, []);
    const blocked = blockedReasons(transition, await transitionContext(trx, principal, row));
    if (blocked.length)
      throw new TransitionRefused(
        'cases.transition.blocked',
        { transition: transition.label.da, state: stateLabel },
        blocked.map((reason) => ({ key: reason.key, values: { ...reason.values } })),
      );
    await applyTransition(deps, trx, principal, row, caseType, transition, {}, now);
  });
}
