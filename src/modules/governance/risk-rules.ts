import type { FieldProblem } from '#platform/http/problem.ts';
import { addDays, isDay } from '#platform/time/danish-day.ts';

export const securityProperties = ['confidentiality', 'integrity', 'availability'] as const;
export const controlStatuses = ['not-started', 'in-progress', 'implemented'] as const;

/** A threat as the security officer assesses it: scores 1 (low) to 4 (high), as typed. */
export interface RiskInput {
  threat: string;
  affects: string[];
  likelihood: string;
  consequence: string;
  measures: string;
  residualLikelihood: string;
  residualConsequence: string;
  nextRevision: string;
}

export interface RiskScores {
  likelihood: number;
  consequence: number;
  residualLikelihood: number;
  residualConsequence: number;
}

const score = (text: string) => (/^[1-4]$/.test(text.trim()) ? Number(text) : null);
const scoreFields = ['likelihood', 'consequence', 'residualLikelihood', 'residualConsequence'] as const;

/**
 * What is wrong with a risk assessment: a threat without text or without a property it threatens, scores outside 1–4,
 * a residual risk above the risk before the measures (measures do not make a risk worse), a next revision that is not
 * within three years.
 */
export function riskProblems(input: RiskInput, today: string): { problems: FieldProblem[]; scores?: RiskScores } {
  const problems: FieldProblem[] = [];
  if (!input.threat.trim()) problems.push({ field: 'threat', key: 'governance.risk.threat.required' });
  const affects = input.affects.filter((value) => (securityProperties as readonly string[]).includes(value));
  if (affects.length === 0 || affects.length !== input.affects.length)
    problems.push({ field: 'affects', key: 'governance.risk.affects.required' });
  const scores = Object.fromEntries(scoreFields.map((field) => [field, score(input[field])]));
  for (const field of scoreFields) if (scores[field] === null) problems.push({ field, key: 'governance.risk.score' });
  if (!isDay(input.nextRevision) || input.nextRevision <= today || input.nextRevision > addDays(today, 3 * 366))
    problems.push({ field: 'nextRevision', key: 'governance.risk.nextRevision.invalid' });
  const complete = scoreFields.every((field) => scores[field] !== null);
  if (complete && scores.residualLikelihood! * scores.residualConsequence! > scores.likelihood! * scores.consequence!)
    problems.push({ field: 'residualLikelihood', key: 'governance.risk.residualAbove' });
  return problems.length ? { problems } : { problems, scores: scores as unknown as RiskScores };
}

/** Low, medium, high or critical from likelihood × consequence (1–16), as the matrix colours it. */
export function riskLevel(likelihood: number, consequence: number): 'low' | 'medium' | 'high' | 'critical' {
  const product = likelihood * consequence;
  return product >= 12 ? 'critical' : product >= 8 ? 'high' : product >= 4 ? 'medium' : 'low';
}
