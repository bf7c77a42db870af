import type { Principal } from '#platform/auth/principal.ts';
import { can } from '#platform/auth/permissions.ts';
import type { GovernanceService } from './governance.service.ts';
import { mayChangeSystem } from './governance.policy.ts';
import { payerText } from './views/staff/contracts-section.tsx';
import type { SystemPageProps } from './views/staff/system-page.tsx';

/** What the system page needs: the overview, and the forms' choices for those who may change the system. */
export async function systemPageProps(
  governance: GovernanceService,
  actor: Principal,
  id: string,
): Promise<SystemPageProps> {
  const overview = await governance.systemPage(actor, id);
  const roleForms = can(actor, 'governance:admin')
    ? {
        people: (await governance.register.staffChoices(actor)).map((person) => ({
          value: person.id,
          label: person.name,
        })),
      }
    : undefined;
  if (!can(actor, 'governance:change') || !mayChangeSystem(actor, overview.system.roles))
    return { overview, roleForms };
  const people = new Map(overview.system.roles.map((holder) => [holder.staffId, holder.name]));
  people.set(actor.id, actor.name);
  const payers = await governance.contracts.payers();
  return {
    overview,
    roleForms,
    forms: {
      people: [...people].map(([value, label]) => ({ value, label })),
      payers: payers.map((payer) => ({ value: payer, label: payerText(payer) })),
    },
  };
}
