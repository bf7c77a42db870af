import { z } from 'zod';
import type { AssuranceLevel } from '#platform/auth/principal.ts';

/** Claim names as NemLog-in (OIOIDC profile) sends them; staff claims are Raadhus's own, for the municipality's staff IdP. */
export const claimNames = {
  cpr: 'dk:gov:saml:attribute:CprNumberIdentifier',
  cvr: 'dk:gov:saml:attribute:CvrNumberIdentifier',
  organisationName: 'dk:gov:saml:attribute:CompanyName',
  assurance: 'https://data.gov.dk/concept/core/nsis/loa',
  staffRoles: 'raadhus:roles',
  department: 'raadhus:department',
} as const;

export const LoginClaims = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  email: z.string().optional(),
  /** OpenID Connect's standard claim (BCP 47, e.g. "en-GB"): the language the person wants letters in */
  locale: z.string().optional(),
  [claimNames.cpr]: z.string().optional(),
  [claimNames.cvr]: z.string().optional(),
  [claimNames.organisationName]: z.string().optional(),
  [claimNames.assurance]: z.enum(['Low', 'Substantial', 'High']).optional(),
  [claimNames.staffRoles]: z.array(z.string()).optional(),
  [claimNames.department]: z.string().optional(),
});
export type LoginClaims = z.infer<typeof LoginClaims>;

export const assuranceFromClaim = (value: string | undefined): AssuranceLevel =>
  (value?.toLowerCase() as AssuranceLevel | undefined) ?? 'low';
export const assuranceClaimValue = (level: AssuranceLevel): 'Low' | 'Substantial' | 'High' =>
  level === 'low' ? 'Low' : level === 'substantial' ? 'Substantial' : 'High';

/** The letter language a `locale` claim asks for: English for any English tag, Danish for any Danish one. */
export const localeFromClaim = (value: string | undefined): 'da' | 'en' | undefined =>
  /^en\b/i.test(value ?? '') ? 'en' : /^da\b/i.test(value ?? '') ? 'da' : undefined;
