import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CaseTypeDefinitionInput, WorkflowDefinitionInput } from './workflow-definition.ts';
import { sampleCaseType, sampleWorkflow } from './workflow-fixture.test-support.ts';
import {
  caseTypeToYaml,
  DefinitionError,
  parseCaseType,
  parseCaseTypeYaml,
  parseWorkflow,
} from './workflow-validation.ts';

const reasonsOf = (work: () => unknown): DefinitionError['reasons'] => {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof DefinitionError, `expected a DefinitionError, got ${String(error)}`);
    return error.reasons;
  }
  assert.fail('expected the definition to be refused');
};

describe('parseWorkflow', () => {
  test('accepts a valid workflow and fills the defaults', () => {
    const workflow = parseWorkflow(sampleWorkflow());
    assert.deepEqual(workflow.transitions[0].guards, []);
    assert.equal(workflow.transitions[0].requiresNote, false);
    assert.equal(workflow.transitions[0].automatic, false);
    assert.deepEqual(workflow.transitions[1].actions, [{ kind: 'letter', template: 'ask', to: 'parties' }]);
  });

  const broken: Array<{
    reason: string;
    breakIt: (workflow: WorkflowDefinitionInput) => void;
    path: string;
    message: RegExp;
  }> = [
    {
      reason: 'a shape error names the state',
      breakIt: (w) => (w.states[1].label = { da: '', en: 'x' }),
      path: 'states.1.label.da',
      message: /^State "in_review": /,
    },
    {
      reason: 'a bad state id',
      breakIt: (w) => (w.states[1].id = 'In Review'),
      path: 'states.1.id',
      message: /State "In Review"/,
    },
    {
      reason: 'an unknown role',
      breakIt: (w) => ((w.transitions[0].roles as string[]) = ['clerk']),
      path: 'transitions.0.roles.0',
      message: /Transition "start": unknown role "clerk"/,
    },
    {
      reason: 'an unknown task role',
      breakIt: (w) =>
        (w.transitions[0].actions = [{ kind: 'task', title: { da: 'x', en: 'x' }, role: 'citizen' as 'manager' }]),
      path: 'transitions.0.actions.0.role',
      message: /Transition "start": unknown staff role "citizen"/,
    },
    {
      reason: 'initial state unknown',
      breakIt: (w) => (w.initialState = 'nowhere'),
      path: 'initialState',
      message: /Initial state "nowhere"/,
    },
    {
      reason: 'transition from an unknown state',
      breakIt: (w) => (w.transitions[0].from = ['limbo']),
      path: 'transitions.0.from.0',
      message: /Transition "start" starts in unknown state "limbo"/,
    },
    {
      reason: 'transition to an unknown state',
      breakIt: (w) => (w.transitions[0].to = 'limbo'),
      path: 'transitions.0.to',
      message: /Transition "start" leads to unknown state "limbo"/,
    },
    {
      reason: 'an unreachable state',
      breakIt: (w) =>
        w.states.push({ id: 'orphan', label: { da: 'Forældreløs', en: 'Orphan' }, end: { result: 'closed' } }),
      path: 'states.5',
      message: /State "orphan" cannot be reached from the initial state "received"/,
    },
    {
      reason: 'no end state',
      breakIt: (w) => {
        w.states = w.states.filter((state) => !state.end);
        w.transitions = w.transitions.filter((transition) => transition.id !== 'grant' && transition.id !== 'withdraw');
        w.transitions.push({
          id: 'again',
          from: ['in_review'],
          to: 'received',
          label: { da: 'Igen', en: 'Again' },
          roles: ['caseworker'],
        });
      },
      path: 'states',
      message: /no end state/,
    },
    {
      reason: 'an end state with an outgoing transition',
      breakIt: (w) =>
        w.transitions.push({
          id: 'reopen',
          from: ['granted'],
          to: 'in_review',
          label: { da: 'Genoptag', en: 'Reopen' },
          roles: ['manager'],
        }),
      path: 'transitions.5.from.0',
      message: /End state "granted" has an outgoing transition "reopen"/,
    },
    {
      reason: 'a state from which no end state can be reached',
      breakIt: (w) => {
        w.states.push({ id: 'trap', label: { da: 'Fælde', en: 'Trap' } });
        w.transitions.push({
          id: 'into_trap',
          from: ['in_review'],
          to: 'trap',
          label: { da: 'Ind', en: 'In' },
          roles: ['caseworker'],
        });
      },
      path: 'states.5',
      message: /No end state can be reached from state "trap"/,
    },
    {
      reason: 'duplicate state ids',
      breakIt: (w) => w.states.push({ ...w.states[1] }),
      path: 'states.5.id',
      message: /State "in_review" is defined more than once/,
    },
    {
      reason: 'duplicate transition ids',
      breakIt: (w) => w.transitions.push({ ...w.transitions[0] }),
      path: 'transitions.5.id',
      message: /Transition "start" is defined more than once/,
    },
    {
      reason: 'a letter action naming an unknown template',
      breakIt: (w) => (w.letters = []),
      path: 'transitions.1.actions.0.template',
      message: /Transition "ask" sends letter "ask", which is not among/,
    },
    {
      reason: 'a letter with an unknown placeholder',
      breakIt: (w) => (w.letters![0].body.en = 'Dear {{ applicantName }}'),
      path: 'letters.0.body.en',
      message: /Letter template "ask" uses unknown placeholder \{\{applicantName\}\}/,
    },
    {
      reason: 'a role named twice',
      breakIt: (w) => (w.transitions[0].roles = ['caseworker', 'caseworker']),
      path: 'transitions.0.roles.1',
      message: /Transition "start" names role "caseworker" twice/,
    },
  ];
  for (const { reason, breakIt, path, message } of broken) {
    test(`refuses ${reason}`, () => {
      const workflow = sampleWorkflow();
      breakIt(workflow);
      const reasons = reasonsOf(() => parseWorkflow(workflow));
      const match = reasons.find((candidate) => candidate.path === path);
      assert.ok(match, `no reason at ${path}: ${JSON.stringify(reasons)}`);
      assert.match(match.message, message);
    });
  }

  test('the error message lists every reason', () => {
    const workflow = sampleWorkflow();
    workflow.initialState = 'nowhere';
    workflow.letters = [];
    const reasons = reasonsOf(() => parseWorkflow(workflow));
    assert.ok(reasons.length >= 2);
    assert.throws(
      () => parseWorkflow(workflow),
      (error: Error) => /Initial state "nowhere"/.test(error.message) && /letter "ask"/.test(error.message),
    );
  });
});

describe('parseCaseType', () => {
  test('accepts a valid case type', () => assert.equal(parseCaseType(sampleCaseType()).workflow.code, 'sample'));

  const broken: Array<{
    reason: string;
    breakIt: (caseType: CaseTypeDefinitionInput) => void;
    path: string;
    message: RegExp;
  }> = [
    {
      reason: 'a document guard naming an unknown document type',
      breakIt: (c) => (c.requiredDocuments = []),
      path: 'workflow.transitions.3.guards.0.documentType',
      message: /Transition "grant" requires document type "lease"/,
    },
    {
      reason: 'a document required before an unknown state',
      breakIt: (c) => (c.requiredDocuments![0].requiredBefore = 'nowhere'),
      path: 'requiredDocuments.0.requiredBefore',
      message: /"lease" is required before unknown state "nowhere"/,
    },
    {
      reason: 'a transition into a requiredBefore state without the document guard',
      breakIt: (c) => (c.workflow.transitions[3].guards = [{ kind: 'noOpenTasks' }]),
      path: 'workflow.transitions.3.guards',
      message: /Transition "grant" enters state "granted" without requiring document type "lease"/,
    },
    { reason: 'a bad KLE number', breakIt: (c) => (c.kle = '27.24'), path: 'kle', message: /KLE/ },
    { reason: 'no audience', breakIt: (c) => (c.audiences = []), path: 'audiences', message: /./ },
    {
      reason: 'a workflow rule, with the path inside the case type',
      breakIt: (c) => (c.workflow.initialState = 'nowhere'),
      path: 'workflow.initialState',
      message: /Initial state "nowhere"/,
    },
    {
      reason: 'a workflow shape error naming the transition',
      breakIt: (c) => ((c.workflow.transitions[4].roles as string[]) = ['citizen', 'visitor']),
      path: 'workflow.transitions.4.roles.1',
      message: /Transition "withdraw": unknown role "visitor"/,
    },
  ];
  for (const { reason, breakIt, path, message } of broken) {
    test(`refuses ${reason}`, () => {
      const caseType = sampleCaseType();
      breakIt(caseType);
      const reasons = reasonsOf(() => parseCaseType(caseType));
      const match = reasons.find((candidate) => candidate.path === path);
      assert.ok(match, `no reason at ${path}: ${JSON.stringify(reasons)}`);
      assert.match(match.message, message);
    });
  }
});

describe('YAML', () => {
  test('round-trips through caseTypeToYaml and parseCaseTypeYaml', () => {
    const caseType = parseCaseType(sampleCaseType());
    assert.deepEqual(parseCaseTypeYaml(caseTypeToYaml(caseType)), caseType);
  });

  test('refuses text that is not YAML', () => {
    const reasons = reasonsOf(() => parseCaseTypeYaml('code: [unclosed'));
    assert.match(reasons[0].message, /Not valid YAML/);
  });

  test('refuses YAML that is not a case type', () => {
    const reasons = reasonsOf(() => parseCaseTypeYaml('code: sample\n'));
    assert.ok(reasons.some((reason) => reason.path === 'workflow'));
  });
});
