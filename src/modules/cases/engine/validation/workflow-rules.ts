import type { WorkflowDefinition } from '../workflow-definition.ts';
import type { AddReason, DefinitionReason } from './definition-error.ts';
import { letterReasons } from './letter-rules.ts';
import { reachabilityReasons } from './reachability-rules.ts';
import { transitionReasons } from './transition-rules.ts';

/** Ids defined twice in one list (states, transitions); returns the ids defined. */
function uniqueIds(items: ReadonlyArray<{ id: string }>, list: string, noun: string, add: AddReason): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) add(`${list}.${index}.id`, `${noun} "${item.id}" is defined more than once`);
    ids.add(item.id);
  });
  return ids;
}

/** The rules between the parts of a workflow that zod cannot see. */
export function workflowRuleReasons(workflow: WorkflowDefinition, prefix = ''): DefinitionReason[] {
  const reasons: DefinitionReason[] = [];
  const add: AddReason = (path, message) => reasons.push({ path: prefix ? `${prefix}.${path}` : path, message });
  const stateIds = uniqueIds(workflow.states, 'states', 'State', add);
  uniqueIds(workflow.transitions, 'transitions', 'Transition', add);
  const letterIds = letterReasons(workflow, add);
  if (!stateIds.has(workflow.initialState))
    add('initialState', `Initial state "${workflow.initialState}" is not a state of the workflow`);
  transitionReasons(workflow, stateIds, letterIds, add);
  if (!workflow.states.some((state) => state.end))
    add('states', 'The workflow has no end state (a state with `end: { result }`)');
  reachabilityReasons(workflow, stateIds, add);
  return reasons;
}
