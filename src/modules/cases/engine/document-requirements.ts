import type { DocumentRequirement } from './workflow-definition.ts';

/**
 * Where a document the case type names stands on one case: received; missing (still needed); not needed (the
 * answers make it unnecessary); or not received on a closed case (nothing is required of a decided case).
 */
export type RequirementStatus = 'present' | 'missing' | 'notNeeded' | 'notReceived';

/** Whether the case's answers call for the document (a requirement without `requiredWhen` always applies). */
export function isNeeded(requirement: DocumentRequirement, fields: Record<string, unknown>): boolean {
  const condition = requirement.requiredWhen;
  if (!condition) return true;
  const answer = fields[condition.field];
  return Array.isArray(answer) ? answer.includes(condition.equals) : answer === condition.equals;
}

/** Each requirement's status on a case, from its answers, the document types on it, and whether it is closed. */
export function requirementStatuses(
  requirements: readonly DocumentRequirement[],
  fields: Record<string, unknown>,
  presentTypes: ReadonlySet<string>,
  closed: boolean,
): Array<{ requirement: DocumentRequirement; status: RequirementStatus }> {
  return requirements.map((requirement) => {
    const status: RequirementStatus = presentTypes.has(requirement.type)
      ? 'present'
      : !isNeeded(requirement, fields)
        ? 'notNeeded'
        : closed
          ? 'notReceived'
          : 'missing';
    return { requirement, status };
  });
}
