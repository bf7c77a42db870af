/**
 * The exceptions of the Access to Public Administration Files Act (offentlighedsloven) and the Public
 * Administration Act (forvaltningsloven) a caseworker may cite: to keep a document off the post list, or to
 * withhold a passage of a delivered copy. A fixed list, so every exclusion names its ground the same way.
 */
export const legalGrounds = [
  'ofl-23', // internal documents
  'ofl-27-4', // legal advice for a lawsuit
  'ofl-30-1', // private matters of individuals
  'ofl-30-2', // business secrets
  'ofl-33-1', // crime prevention and investigation
  'ofl-33-5', // other weighty public or private interests
  'fvl-12', // a party's access to internal working documents (forvaltningsloven § 12)
  'fvl-15', // a party's access limited by weighty interests (forvaltningsloven § 15)
] as const;
export type LegalGround = (typeof legalGrounds)[number];
export const isLegalGround = (value: string): value is LegalGround =>
  (legalGrounds as readonly string[]).includes(value);

export const partyCategories = ['citizen', 'business', 'authority'] as const;
export type PartyCategory = (typeof partyCategories)[number];

export const directions = ['in', 'out'] as const;
export type Direction = (typeof directions)[number];

export const decisions = ['full', 'partial', 'refused'] as const;
export type Decision = (typeof decisions)[number];

/** The statutory answer time of a request for access: 7 working days (offentlighedsloven § 36). */
export const ANSWER_WORKING_DAYS = 7;
/** Entries appear on the list this many days after they were registered, unless an administrator says otherwise. */
export const DEFAULT_DELAY_DAYS = 7;
/** The list's page size, in the page and the API. */
export const PAGE_SIZE = 50;
