import type { FieldProblem } from '#platform/http/problem.ts';
import { isDay } from '#platform/time/danish-day.ts';

export const committees = ['architecture', 'security', 'digitalisation'] as const;
export const decisions = ['approved', 'conditional', 'rejected'] as const;
export const assessments = ['meets', 'partly', 'no'] as const;

/** A proposal as the committee decides it: the assessment against each principle by principle code. */
export interface DecisionInput {
  committee: string;
  title: string;
  proposal: string;
  systemId: string;
  decision: string;
  conditions: string;
  decidedOn: string;
  assessments: Record<string, { assessment: string; reason: string }>;
}

const oneOf = (list: readonly string[], value: string) => list.includes(value);

/**
 * What is wrong with a decision: missing texts, a day that is not a past or present date, a principle not assessed,
 * a principle partly or not met without a reason, conditions missing on a conditional approval, and a plain approval
 * of a proposal that does not meet a principle (it must be conditional, with what will bring it in line, or rejected).
 */
export function decisionProblems(input: DecisionInput, principles: readonly string[], today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!oneOf(committees, input.committee)) problems.push({ field: 'committee', key: 'governance.code.invalid' });
  if (!input.title.trim()) problems.push({ field: 'title', key: 'governance.decision.title.required' });
  if (!input.proposal.trim()) problems.push({ field: 'proposal', key: 'governance.decision.proposal.required' });
  if (!isDay(input.decidedOn) || input.decidedOn > today)
    problems.push({ field: 'decidedOn', key: 'governance.decision.decidedOn.invalid' });
  for (const code of principles) {
    const given = input.assessments[code];
    if (!given || !oneOf(assessments, given.assessment))
      problems.push({ field: `assessment-${code}`, key: 'governance.decision.assess' });
    else if (given.assessment !== 'meets' && !given.reason.trim())
      problems.push({ field: `reason-${code}`, key: 'governance.decision.reason.required' });
  }
  if (!oneOf(decisions, input.decision)) problems.push({ field: 'decision', key: 'governance.code.invalid' });
  else if (input.decision === 'conditional' && !input.conditions.trim())
    problems.push({ field: 'conditions', key: 'governance.decision.conditions.required' });
  else if (input.decision === 'approved' && principles.some((code) => input.assessments[code]?.assessment === 'no'))
    problems.push({ field: 'decision', key: 'governance.decision.approvedAgainst' });
  return problems;
}
