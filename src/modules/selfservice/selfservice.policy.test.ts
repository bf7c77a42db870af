import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AssuranceLevel, Principal } from '#platform/auth/principal.ts';
import { findSolution } from './catalogue/catalogue.ts';
import { applicantOf, applicantParty, solutionRefusal } from './selfservice.policy.ts';

const principal = (kind: Principal['kind'], assurance: AssuranceLevel = 'substantial'): Principal => ({
  kind,
  id: `${kind}-1`,
  name: kind,
  roles: [],
  assurance,
});

test('applicantOf: drafts and submissions belong to the citizen, or to the business; staff apply for nothing', () => {
  assert.deepEqual(applicantOf(principal('citizen')), { kind: 'citizen', id: 'citizen-1' });
  assert.deepEqual(applicantOf(principal('business')), { kind: 'business', id: 'business-1' });
  assert.equal(applicantOf(principal('staff')), undefined);
  assert.equal(applicantOf(principal('client')), undefined);
  assert.deepEqual(applicantParty({ kind: 'citizen', id: 'p' }), { personId: 'p' });
  assert.deepEqual(applicantParty({ kind: 'business', id: 'b' }), { businessId: 'b' });
});

test('solutionRefusal: the audience and the login assurance the solution needs', () => {
  const housing = findSolution('housing-benefit')!;
  assert.ok(housing.audiences.includes('citizen') && !housing.audiences.includes('business'));
  assert.equal(solutionRefusal(principal('citizen', housing.assurance), housing), undefined);
  assert.equal(solutionRefusal(principal('business'), housing)?.reason, 'audience');
  assert.equal(solutionRefusal(principal('staff'), housing)?.reason, 'audience');
  if (housing.assurance !== 'low')
    assert.deepEqual(solutionRefusal(principal('citizen', 'low'), housing), {
      reason: 'assurance',
      required: housing.assurance,
      actual: 'low',
    });
});
