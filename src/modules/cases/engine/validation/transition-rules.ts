import type { WorkflowDefinition } from '../workflow-definition.ts';
import type { AddReason } from './definition-error.ts';

/** Each transition starts in known states that are not end states, leads to a known state and sends known letters. */
export function transitionReasons(
  workflow: WorkflowDefinition,
  stateIds: Set<string>,
  letterIds: Set<string>,
  add: AddReason,
): void {
  const isEnd = new Map(workflow.states.map((state) => [state.id, state.end !== undefined]));
  workflow.transitions.forEach((transition, index) => {
    const at = `transitions.${index}`;
    transition.from.forEach((from, fromIndex) => {
      if (!stateIds.has(from))
        add(`${at}.from.${fromIndex}`, `Transition "${transition.id}" starts in unknown state "${from}"`);
      else if (isEnd.get(from))
        add(`${at}.from.${fromIndex}`, `End state "${from}" has an outgoing transition "${transition.id}"`);
    });
    if (!stateIds.has(transition.to))
      add(`${at}.to`, `Transition "${transition.id}" leads to unknown state "${transition.to}"`);
    const roles = new Set<string>();
    transition.roles.forEach((role, roleIndex) => {
      if (roles.has(role)) add(`${at}.roles.${roleIndex}`, `Transition "${transition.id}" names role "${role}" twice`);
      roles.add(role);
    });
    transition.actions.forEach((action, actionIndex) => {
      if (action.kind === 'letter' && !letterIds.has(action.template))
        add(
          `${at}.actions.${actionIndex}.template`,
          `Transition "${transition.id}" sends letter "${action.template}", which is not among the workflow's letters`,
        );
    });
  });
}
