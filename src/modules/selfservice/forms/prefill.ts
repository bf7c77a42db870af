import type { Principal } from '#platform/auth/principal.ts';
import { maskedCpr } from '#platform/identity-numbers/cpr-cvr.ts';
import type { PrefillSource } from './form-definition.ts';

/** Values from the login's claims for prefilled fields. The CPR number is only ever shown masked; the case gets the person by id. */
export function prefillFromPrincipal(principal: Principal): Partial<Record<PrefillSource, string>> {
  if (principal.kind === 'business') {
    return {
      name: principal.representativeName ?? principal.name,
      representativeName: principal.representativeName,
      businessName: principal.name,
      cvr: principal.cvr,
    };
  }
  return { name: principal.name, cprMasked: principal.cpr ? maskedCpr(principal.cpr) : undefined };
}
