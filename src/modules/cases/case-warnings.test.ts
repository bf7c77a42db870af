import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import type { Principal } from '#platform/auth/principal.ts';
import type { CaseWarning } from '#platform/contracts.ts';
import { CaseWarnings } from './case-warnings.ts';

const actor: Principal = { kind: 'staff', id: 'staff-1', name: 'Sagsbehandler', roles: ['caseworker'] };
const warning = (caseId: string, text: string): CaseWarning => ({
  caseId,
  text: { da: text, en: text },
  link: { href: `/staff/cases/${caseId}/x`, label: { da: 'Se', en: 'See' } },
});

test('warnings are gathered by case from every source; a case not asked about and a failing source are left out', async () => {
  const warnings = new CaseWarnings(pino({ level: 'silent' }));
  warnings.add({ warningsFor: async (_actor, ids) => [warning(ids[0], 'første'), warning('other-case', 'fremmed')] });
  warnings.add({
    warningsFor: async () => {
      throw new Error('the source is down');
    },
  });
  warnings.add({ warningsFor: async () => [warning('case-a', 'anden')] });
  const byCase = await warnings.forCases(actor, ['case-a', 'case-b']);
  assert.deepEqual(
    byCase.get('case-a')?.map((item) => item.text.da),
    ['første', 'anden'],
  );
  assert.equal(byCase.has('case-b'), false);
  assert.equal(byCase.has('other-case'), false);
  assert.equal((await warnings.forCases(actor, [])).size, 0);
});
