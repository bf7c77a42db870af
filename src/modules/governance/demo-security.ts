import type { Executor } from '#platform/db/database.ts';
import { addDays } from '#platform/time/danish-day.ts';
import * as security from './repository/security.repository.ts';
import { ORGANISATION } from './security.service.ts';

/** Demo Kommune's statement of applicability (a start) and the case-handling system's first two threats. */
export async function seedSecurityDemo(trx: Executor, caseSystem: string, officer: string, today: string) {
  const control = (scope: string, code: string, status: string, applicable = true, reason = '') =>
    security.upsertControl(trx, {
      scope,
      control_code: code,
      applicable,
      reason,
      status,
      evidence: status === 'implemented' ? 'Godkendt af informationssikkerhedsudvalget' : '',
      next_review: addDays(today, 365),
      updated_by: officer,
    });
  await control(ORGANISATION, '5.1', 'implemented');
  await control(ORGANISATION, '5.15', 'in-progress');
  await control(
    ORGANISATION,
    '7.4',
    'not-started',
    false,
    'Ingen egne serverrum; overvågning ligger hos driftsleverandøren.',
  );
  await control(caseSystem, '8.13', 'implemented');
  await control(caseSystem, '8.15', 'in-progress');
  const risk = { system_id: caseSystem, recorded_by: officer, next_revision: addDays(today, 365) };
  await security.insertRisk(trx, {
    ...risk,
    threat: 'Medarbejder med for brede adgange læser sager uden arbejdsbetinget behov',
    affects: ['confidentiality'],
    likelihood: 3,
    consequence: 4,
    measures: 'Rollebaseret adgang og logning af opslag',
    residual_likelihood: 2,
    residual_consequence: 3,
  });
  await security.insertRisk(trx, {
    ...risk,
    threat: 'Leverandørens driftscenter er nede i mere end en arbejdsdag',
    affects: ['availability'],
    likelihood: 2,
    consequence: 3,
    measures: 'Nødprocedure med papirblanketter',
    residual_likelihood: 2,
    residual_consequence: 2,
  });
}
