import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { decisionRuleReasons } from './decision-rules.ts';
import type { z } from 'zod';
import { unknownPlaceholders } from './letter-template.ts';
import { CaseTypeDefinition, letterPlaceholders, WorkflowDefinition } from './workflow-definition.ts';

/**
 * Parsing a definition checks its shape (zod) and then the rules between its parts, so a case type that would strand
 * a case (a state nothing leads to, a state from which no decision can be reached, a letter that does not exist) is
 * refused when it is loaded, not when a caseworker meets it. Every reason names the state or transition at fault.
 */

export interface DefinitionReason {
  path: string;
  message: string;
}

export class DefinitionError extends Error {
  readonly reasons: DefinitionReason[];
  constructor(reasons: DefinitionReason[], subject = 'definition') {
    const described = reasons.map((reason) => (reason.path ? `${reason.path}: ${reason.message}` : reason.message));
    super(`Invalid ${subject}: ${described.join('; ')}`);
    this.name = 'DefinitionError';
    this.reasons = reasons;
  }
}

const pathOf = (segments: ReadonlyArray<PropertyKey>): string => segments.map(String).join('.');

/** Zod reports positions ("transitions.3.roles.0"); say which state or transition that is when the input has an id. */
/** How a reason names the item it is about, by the list the item is in. */
const itemNouns: Record<string, string | undefined> = { states: 'State', transitions: 'Transition', letters: 'Letter' };

const zodReasons = (error: z.ZodError, input: unknown, prefix: string[]): DefinitionReason[] =>
  error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    let subject = '';
    let node: unknown = input;
    for (let index = 0; index < issue.path.length; index += 1) {
      const key = issue.path[index];
      node =
        node !== null && typeof node === 'object'
          ? (node as Record<PropertyKey, unknown>)[key as PropertyKey]
          : undefined;
      const collection = index > 0 ? issue.path[index - 1] : undefined;
      const id = node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      const noun = typeof collection === 'string' ? itemNouns[collection] : undefined;
      if (typeof id === 'string' && noun) subject = `${noun} "${id}": `;
    }
    return { path: pathOf(path), message: `${subject}${issue.message}` };
  });

/** Adds a reason at a path inside the definition. */
type AddReason = (path: string, message: string) => void;

/** Ids defined twice in one list (states, transitions); returns the ids defined. */
function uniqueIds(items: ReadonlyArray<{ id: string }>, list: string, noun: string, add: AddReason): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (ids.has(item.id)) add(`${list}.${index}.id`, `${noun} "${item.id}" is defined more than once`);
    ids.add(item.id);
  });
  return ids;
}

/** Letter templates: each id once, and only placeholders the engine can fill; returns the letter ids. */
function letterReasons(workflow: WorkflowDefinition, add: AddReason): Set<string> {
  const letterIds = new Set<string>();
  workflow.letters.forEach((letter, index) => {
    if (letterIds.has(letter.id))
      add(`letters.${index}.id`, `Letter template "${letter.id}" is defined more than once`);
    letterIds.add(letter.id);
    for (const part of ['subject', 'body'] as const) {
      for (const locale of ['da', 'en'] as const) {
        for (const name of unknownPlaceholders(letter[part][locale])) {
          add(
            `letters.${index}.${part}.${locale}`,
            `Letter template "${letter.id}" uses unknown placeholder {{${name}}} (known: ${letterPlaceholders.join(', ')})`,
          );
        }
      }
    }
  });
  return letterIds;
}

/** Each transition starts in known states that are not end states, leads to a known state and sends known letters. */
function transitionReasons(
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
function reachabilityReasons(workflow: WorkflowDefinition, stateIds: Set<string>, add: AddReason): void {
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

/** The rules between a case type and its workflow. */
export function caseTypeRuleReasons(caseType: CaseTypeDefinition): DefinitionReason[] {
  const reasons = workflowRuleReasons(caseType.workflow, 'workflow');
  const documentTypes = new Set<string>();
  const stateIds = new Set(caseType.workflow.states.map((state) => state.id));
  caseType.requiredDocuments.forEach((document, index) => {
    if (documentTypes.has(document.type))
      reasons.push({
        path: `requiredDocuments.${index}.type`,
        message: `Document type "${document.type}" is listed more than once`,
      });
    documentTypes.add(document.type);
    if (document.requiredBefore !== undefined && !stateIds.has(document.requiredBefore)) {
      reasons.push({
        path: `requiredDocuments.${index}.requiredBefore`,
        message: `Document type "${document.type}" is required before unknown state "${document.requiredBefore}"`,
      });
    }
  });
  // requiredBefore is enforced through guards: every transition into that state must require the document
  caseType.requiredDocuments.forEach((document) => {
    if (document.requiredBefore === undefined) return;
    caseType.workflow.transitions.forEach((transition, index) => {
      if (transition.to !== document.requiredBefore) return;
      if (transition.guards.some((guard) => guard.kind === 'document' && guard.documentType === document.type)) return;
      reasons.push({
        path: `workflow.transitions.${index}.guards`,
        message: `Transition "${transition.id}" enters state "${document.requiredBefore}" without requiring document type "${document.type}", which must be on the case before that state`,
      });
    });
  });
  caseType.workflow.transitions.forEach((transition, index) => {
    transition.guards.forEach((guard, guardIndex) => {
      if (guard.kind === 'document' && !documentTypes.has(guard.documentType)) {
        reasons.push({
          path: `workflow.transitions.${index}.guards.${guardIndex}.documentType`,
          message: `Transition "${transition.id}" requires document type "${guard.documentType}", which is not among the case type's required documents`,
        });
      }
    });
  });
  reasons.push(...decisionRuleReasons(caseType));
  return reasons;
}

export function parseWorkflow(input: unknown): WorkflowDefinition {
  const parsed = WorkflowDefinition.safeParse(input);
  if (!parsed.success) throw new DefinitionError(zodReasons(parsed.error, input, []), 'workflow definition');
  const reasons = workflowRuleReasons(parsed.data);
  if (reasons.length > 0) throw new DefinitionError(reasons, `workflow definition "${parsed.data.code}"`);
  return parsed.data;
}

export function parseCaseType(input: unknown): CaseTypeDefinition {
  const parsed = CaseTypeDefinition.safeParse(input);
  if (!parsed.success) throw new DefinitionError(zodReasons(parsed.error, input, []), 'case type definition');
  const reasons = caseTypeRuleReasons(parsed.data);
  if (reasons.length > 0) throw new DefinitionError(reasons, `case type definition "${parsed.data.code}"`);
  return parsed.data;
}

export function parseCaseTypeYaml(text: string): CaseTypeDefinition {
  let input: unknown;
  try {
    input = parseYaml(text);
  } catch (error) {
    throw new DefinitionError(
      [{ path: '', message: `Not valid YAML: ${error instanceof Error ? error.message : String(error)}` }],
      'case type definition',
    );
  }
  return parseCaseType(input);
}

/** YAML that parseCaseTypeYaml reads back to an equal definition (defaults written out). */
export function caseTypeToYaml(definition: CaseTypeDefinition): string {
  return stringifyYaml(definition, { lineWidth: 0, aliasDuplicateObjects: false });
}
