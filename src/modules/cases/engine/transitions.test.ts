import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateTransitions, findTransition, stateOf } from './transitions.ts';
import type { BlockedReason, TransitionContext } from './transition-guards.ts';
import { assertTransition, TransitionError } from './transition-assertion.ts';
import { sampleWorkflow } from './workflow-fixture.test-support.ts';
import { parseWorkflow } from './workflow-validation.ts';

const workflow = parseWorkflow(sampleWorkflow());
const ready: TransitionContext = {
  roles: ['caseworker'],
  documentTypes: new Set(['lease']),
  fields: { monthlyRent: 6500 },
  openTaskCount: 0,
};
const grantOption = (context: Partial<TransitionContext>) =>
  evaluateTransitions(workflow, 'in_review', { ...ready, ...context }).find(
    (option) => option.transition.id === 'grant',
  )!;

describe('evaluateTransitions', () => {
  test('lists the non-automatic transitions from a state in definition order', () => {
    assert.deepEqual(
      evaluateTransitions(workflow, 'in_review', ready).map((option) => option.transition.id),
      ['ask', 'grant', 'withdraw'],
    );
    assert.deepEqual(
      evaluateTransitions(workflow, 'waiting', ready).map((option) => option.transition.id),
      ['withdraw'],
      'the automatic one is not a button',
    );
    assert.deepEqual(evaluateTransitions(workflow, 'granted', ready), [], 'nothing leaves an end state');
  });

  const cases: Array<{ name: string; context: Partial<TransitionContext>; blocked: BlockedReason[] }> = [
    { name: 'allowed when every guard holds', context: {}, blocked: [] },
    { name: 'a manager may grant too', context: { roles: ['manager'] }, blocked: [] },
    {
      name: 'blocked without the document',
      context: { documentTypes: new Set(['payslip']) },
      blocked: [{ key: 'cases.guard.document', values: { documentType: 'lease' } }],
    },
    {
      name: 'blocked without the field',
      context: { fields: {} },
      blocked: [{ key: 'cases.guard.field', values: { field: 'monthlyRent' } }],
    },
    {
      name: 'a blank field is not set',
      context: { fields: { monthlyRent: '  ' } },
      blocked: [{ key: 'cases.guard.field', values: { field: 'monthlyRent' } }],
    },
    {
      name: 'an empty list is not set',
      context: { fields: { monthlyRent: [] } },
      blocked: [{ key: 'cases.guard.field', values: { field: 'monthlyRent' } }],
    },
    { name: 'zero and false are set', context: { fields: { monthlyRent: 0 } }, blocked: [] },
    {
      name: 'blocked by open tasks',
      context: { openTaskCount: 2 },
      blocked: [{ key: 'cases.guard.openTasks', values: { count: 2 } }],
    },
    {
      name: 'blocked for a role that may not',
      context: { roles: ['front_desk'] },
      blocked: [{ key: 'cases.guard.role', values: { roles: 'caseworker, manager' } }],
    },
    {
      name: 'every reason at once, the role first',
      context: { roles: ['citizen'], documentTypes: new Set(), fields: {}, openTaskCount: 1 },
      blocked: [
        { key: 'cases.guard.role', values: { roles: 'caseworker, manager' } },
        { key: 'cases.guard.document', values: { documentType: 'lease' } },
        { key: 'cases.guard.field', values: { field: 'monthlyRent' } },
        { key: 'cases.guard.openTasks', values: { count: 1 } },
      ],
    },
  ];
  for (const { name, context, blocked } of cases) {
    test(name, () => {
      const option = grantOption(context);
      assert.deepEqual(option.blocked, blocked);
      assert.equal(option.allowed, blocked.length === 0);
    });
  }

  test('the applicant may withdraw but not grant', () => {
    const options = evaluateTransitions(workflow, 'in_review', { ...ready, roles: ['citizen'] });
    assert.deepEqual(
      options.filter((option) => option.allowed).map((option) => option.transition.id),
      ['withdraw'],
    );
  });
});

describe('findTransition, stateOf and assertTransition', () => {
  test('findTransition only finds transitions from the given state', () => {
    assert.equal(findTransition(workflow, 'in_review', 'grant')?.to, 'granted');
    assert.equal(findTransition(workflow, 'received', 'grant'), undefined);
    assert.equal(findTransition(workflow, 'waiting', 'received_document')?.automatic, true);
  });

  test('stateOf returns the state or throws naming it', () => {
    assert.equal(stateOf(workflow, 'waiting').waitingFor, 'applicant');
    assert.throws(() => stateOf(workflow, 'limbo'), /no state "limbo"/);
  });

  test('assertTransition returns an allowed transition', () =>
    assert.equal(assertTransition(workflow, 'in_review', 'grant', ready).id, 'grant'));

  test('assertTransition refuses a transition not available from the state', () => {
    assert.throws(
      () => assertTransition(workflow, 'received', 'grant', ready),
      (error: unknown) => error instanceof TransitionError && error.code === 'unknown_transition',
    );
  });

  test('assertTransition refuses a blocked transition with the reasons', () => {
    assert.throws(
      () => assertTransition(workflow, 'in_review', 'grant', { ...ready, openTaskCount: 3 }),
      (error: unknown) =>
        error instanceof TransitionError &&
        error.code === 'blocked' &&
        error.blocked[0].key === 'cases.guard.openTasks',
    );
  });

  test('assertTransition applies the role check to automatic transitions', () => {
    assert.equal(
      assertTransition(workflow, 'waiting', 'received_document', { ...ready, roles: ['integration'] }).to,
      'in_review',
    );
    assert.throws(() => assertTransition(workflow, 'waiting', 'received_document', ready), TransitionError);
  });
});
