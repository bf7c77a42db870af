import type { Executor } from '#platform/db/database.ts';
import * as plan from './repository/plan.repository.ts';

/**
 * This year's action plan of Demo Kommune: an initiative whose gain is bound to a measured key figure (the share of
 * letters sent digitally, counted from the post module's events) and one whose gain its owner enters, and the
 * strategy pool with a deposit, a grant and a first repayment.
 */
export async function seedPlanDemo(trx: Executor, owner: string, year: number) {
  const post = await plan.insertInitiative(trx, {
    year,
    focus_area: 'common-solutions',
    department_code: 'borgerservice',
    title: 'Digital Post frem for papirbreve',
    owner_staff_id: owner,
    phase: 'implementation',
    status: 'green',
    budget_ore: 45_000_000,
    funding: 'pool',
    go_live: `${year}-03-01`,
  });
  const housing = await plan.insertInitiative(trx, {
    year,
    focus_area: 'self-service',
    department_code: 'ydelser',
    title: 'Selvbetjening og automatisk sagsoprettelse for boligstøtte',
    owner_staff_id: owner,
    phase: 'analysis',
    status: 'amber',
    budget_ore: 80_000_000,
    funding: 'department',
    go_live: null,
  });
  const benefit = { realised_entered: null, note: '' };
  await plan.insertBenefit(trx, {
    ...benefit,
    initiative_id: post,
    description: 'Digital andel af udgående breve til 90 %',
    key_figure: 'post.digital-share',
    unit: 'percent',
    baseline: 70,
    target: 90,
  });
  await plan.insertBenefit(trx, {
    initiative_id: housing,
    description: 'Sparede sagsbehandlertimer på boligstøtte',
    key_figure: null,
    unit: 'hours',
    baseline: 0,
    target: 800,
    realised_entered: 350,
    note: 'Skønnet af teamlederen efter de første tre måneder',
  });
  await plan.insertPoolEntries(trx, [
    { year, kind: 'deposit', amount_ore: 200_000_000, initiative_id: null, note: 'Afsat i budgettet' },
    { year, kind: 'grant', amount_ore: 45_000_000, initiative_id: post, note: 'Bevilget af direktionen' },
    { year, kind: 'repayment', amount_ore: 12_000_000, initiative_id: post, note: 'Sparet porto første halvår' },
  ]);
}
