/** The register's code lists; their texts are the i18n keys `governance.<list>.<code>`. */
export const lifecycles = ['planned', 'phasing-in', 'operation', 'phasing-out', 'retired'] as const;
export const criticalities = ['low', 'medium', 'high', 'critical'] as const;
export const hostings = ['in-house', 'outsourced', 'cloud', 'hybrid'] as const;
export const personalDataLevels = ['none', 'ordinary', 'sensitive', 'cpr'] as const;
export const userBands = ['1-10', '11-50', '51-250', '251-1000', '1000+'] as const;

/** The roles people hold on a system (after OS2kitos's system roles). */
export const systemRoles = [
  'system-owner',
  'system-manager',
  'business-owner',
  'super-user-lead',
  'security-officer',
  'change-manager',
  'data-owner',
  'system-administrator',
] as const;
export type SystemRole = (typeof systemRoles)[number];

/** The system owner's five duties in the strategy. */
export const duties = ['budget', 'law', 'security', 'use', 'support'] as const;
export const dutyStatuses = ['met', 'attention', 'not-met'] as const;

export const costKinds = ['acquisition', 'operation', 'other'] as const;
export const severities = ['critical', 'high', 'normal'] as const;
export type Severity = (typeof severities)[number];

export const isCode = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** The action plan's focus areas (the strategy's four), phases, funding sources and status ratings. */
export const focusAreas = ['self-service', 'processes', 'common-solutions', 'management-information'] as const;
export const phases = ['idea', 'analysis', 'implementation', 'operation'] as const;
export const fundings = ['central', 'department', 'pool'] as const;
export const ratings = ['green', 'amber', 'red'] as const;

/** Raadhus's own usage measures that can show a system's use: self-service completions, letters sent, cases closed. */
export const usageSources = ['selfservice', 'letters', 'cases'] as const;
