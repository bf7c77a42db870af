import type { Database } from '#platform/db/database.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { duties } from './governance-codes.ts';
import { addDays, danishDay, previousMonth } from '#platform/time/danish-day.ts';
import { demoSystems } from './demo-systems.ts';
import * as contracts from './repository/contract.repository.ts';
import * as slas from './repository/sla.repository.ts';
import * as systems from './repository/system.repository.ts';
import * as usage from './repository/usage.repository.ts';
import { seedArchitectureDemo } from './demo-architecture.ts';
import { seedPlanDemo } from './demo-plan.ts';
import { seedSecurityDemo } from './demo-security.ts';
import { danishTime } from './sla-compliance.ts';
import { systemRow } from './system-input.ts';

/**
 * Demo Kommune's register, dated from today so the demo always shows the same situation: the case-handling
 * system's owner (Søren Systemejer) has a user-access review due, a contract whose termination deadline is 45 days
 * away, and last month measured against the SLA (one outage of five hours: 99.3 % against 99.5 %, amber).
 */
export async function seedGovernanceDemo(db: Database, identity: Pick<IdentityContract, 'testIdentities'>) {
  const { staff } = await identity.testIdentities();
  const idOf = (subject: string) => staff.find((member) => member.subject === subject)?.id;
  const [owner, admin, manager] = ['staff-system-owner-1', 'staff-admin-1', 'staff-manager-1'].map(idOf);
  if (!owner || !admin || !manager) return;
  const today = danishDay();
  await db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (const system of demoSystems) ids.push(await systems.insertSystem(trx, systemRow(system)));
    const [caseSystem, selfservice, finance, archive] = ids;
    await systems.insertRoles(trx, [
      ...[caseSystem, selfservice, archive].map((id) => ({ system_id: id, role: 'system-owner', staff_id: owner })),
      { system_id: finance, role: 'system-owner', staff_id: manager },
      ...ids.map((id) => ({ system_id: id, role: 'system-administrator', staff_id: admin })),
      { system_id: caseSystem, role: 'business-owner', staff_id: manager },
      { system_id: caseSystem, role: 'security-officer', staff_id: admin },
    ]);
    for (const id of ids)
      for (const duty of duties) {
        // the case system's user-access review (training, support and access) fell due yesterday
        const due = id === caseSystem && duty === 'support';
        await systems.upsertDuty(trx, {
          system_id: id,
          duty,
          status: due ? 'attention' : 'met',
          evidence: due ? '' : 'Gennemgået på systemejermødet',
          last_reviewed: addDays(today, due ? -366 : -30),
          next_review: addDays(today, due ? -1 : 335),
        });
      }
    const contractId = await contracts.insertContract(trx, {
      system_id: caseSystem,
      supplier: 'Demo Software A/S',
      contract_number: 'K-2022-017',
      starts_on: addDays(today, -3 * 365),
      ends_on: addDays(today, 225),
      termination_deadline: addDays(today, 45),
      owner_staff_id: owner,
      payment_model: 'Fast årligt licensbeløb',
    });
    const year = Number(today.slice(0, 4));
    await contracts.insertCosts(trx, [
      { contractId, year, kind: 'operation', payer: 'central', budgetOre: 185_000_000, actualOre: 179_250_000 },
      { contractId, year, kind: 'other', payer: 'ydelser', budgetOre: 12_000_000, actualOre: 14_500_000 },
    ]);
    await slas.upsertSla(trx, {
      system_id: caseSystem,
      availability_target: 9950,
      support_hours: 'Hverdage 8-16',
      response_minutes: 60,
      sourcing: 'outsourced',
      reasoning: 'Leverandøren har kompetencen og driftssikkerheden; egen drift ville kræve to nye stillinger.',
    });
    await seedSecurityDemo(trx, caseSystem, admin, today);
    await seedArchitectureDemo(trx, caseSystem, manager, today);
    await seedPlanDemo(trx, manager, Number(today.slice(0, 4)));
    const month = previousMonth(today);
    // the months before Raadhus counted from events: the case system's closed cases, the self-service applications
    await usage.addUsage(trx, 'cases', month, 312);
    await usage.addUsage(trx, 'selfservice', month, 1480);
    await slas.insertIncidents(trx, [
      {
        system_id: caseSystem,
        severity: 'critical',
        started_at: danishTime(`${month}-10`, '09:00'),
        responded_at: danishTime(`${month}-10`, '09:20'),
        ended_at: danishTime(`${month}-10`, '14:00'),
      },
      {
        system_id: caseSystem,
        severity: 'normal',
        started_at: danishTime(`${month}-17`, '10:00'),
        responded_at: danishTime(`${month}-17`, '10:30'),
        ended_at: danishTime(`${month}-18`, '09:00'),
      },
    ]);
  });
}
