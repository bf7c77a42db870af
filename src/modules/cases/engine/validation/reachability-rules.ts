import type { WorkflowDefinition } from '../workflow-definition.ts';
import type { AddReason } from './definition-error.ts';

/** Every state reachable from `starts` along `edges` (breadth-first). */
function closure(starts: string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    for (const next of edges.get(queue.shift()!) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

/**
 * A case must be able to get anywhere in its workflow and always be able to finish: every state is reached
 * forwards from the initial state, and some end state is reached from every state that is not one.
 */
export function reachabilityReasons(workflow: WorkflowDefinition, stateIds: Set<string>, add: AddReason): void {
  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const transition of workflow.transitions) {
    for (const from of transition.from) {
      forward.set(from, [...(forward.get(from) ?? []), transition.to]);
      backward.set(transition.to, [...(backward.get(transition.to) ?? []), from]);
    }
  }
  if (stateIds.has(workflow.initialState)) {
    const reachable = closure([workflow.initialState], forward);
    workflow.states.forEach((state, index) => {
      if (!reachable.has(state.id))
        add(
          `states.${index}`,
          `State "${state.id}" cannot be reached from the initial state "${workflow.initialState}"`,
        );
    });
  }
  const ends = workflow.states.filter((state) => state.end).map((state) => state.id);
  if (ends.length === 0) return;
  const canFinish = closure(ends, backward);
  workflow.states.forEach((state, index) => {
    if (!state.end && !canFinish.has(state.id))
      add(`states.${index}`, `No end state can be reached from state "${state.id}"`);
  });
}
