import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requirementStatuses } from './document-requirements.ts';

const label = { da: 'x', en: 'x' };
const lease = { type: 'lease', label };
const adultsProof = { type: 'adultsIncomeProof', label, requiredWhen: { field: 'otherAdults', equals: 'yes' } };

test('document requirements follow the answers, and a closed case requires nothing', () => {
  const rows: Array<[Record<string, unknown>, string[], boolean, string[]]> = [
    [{ otherAdults: 'no' }, [], false, ['missing', 'notNeeded']],
    [{ otherAdults: 'yes' }, [], false, ['missing', 'missing']],
    [{ otherAdults: 'yes' }, ['lease', 'adultsIncomeProof'], false, ['present', 'present']],
    [{ otherAdults: 'no' }, ['lease'], true, ['present', 'notNeeded']],
    [{ otherAdults: 'yes' }, ['lease'], true, ['present', 'notReceived']],
    [{}, [], false, ['missing', 'notNeeded']],
    [{ otherAdults: ['yes'] }, [], false, ['missing', 'missing']],
  ];
  for (const [fields, present, closed, expected] of rows)
    assert.deepEqual(
      requirementStatuses([lease, adultsProof], fields, new Set(present), closed).map((row) => row.status),
      expected,
      JSON.stringify({ fields, present, closed }),
    );
});
