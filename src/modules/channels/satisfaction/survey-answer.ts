/** Pure: the survey's answer as typed, checked. A score from 1 to 5, and an optional comment of at most 1000 characters. */
export const MAX_COMMENT = 1000;
export const scores = ['1', '2', '3', '4', '5'] as const;

export interface SurveyForm {
  score?: string;
  comment?: string;
}

export type SurveyAnswer = { score: number; comment: string | null };
export type AnswerProblem = { field: 'score' | 'comment'; key: string; values?: Record<string, number> };

export function checkAnswer(
  form: SurveyForm,
): { ok: true; answer: SurveyAnswer } | { ok: false; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const score = (scores as readonly string[]).includes(form.score ?? '') ? Number(form.score) : undefined;
  if (score === undefined) problems.push({ field: 'score', key: 'channels.survey.scoreRequired' });
  const comment = (form.comment ?? '').replace(/\r\n/g, '\n').trim();
  if (comment.length > MAX_COMMENT)
    problems.push({ field: 'comment', key: 'channels.survey.commentTooLong', values: { max: MAX_COMMENT } });
  if (problems.length || score === undefined) return { ok: false, problems };
  return { ok: true, answer: { score, comment: comment || null } };
}

/** The score that counts as satisfied: the target's lowest satisfied score, 4 when no target applies. */
export const satisfied = (score: number, lowest: number | null | undefined): boolean => score >= (lowest ?? 4);

/** Pure: the figures of one service and channel from its answers per score. */
export function figuresOf(byScore: readonly number[], lowest: number | null | undefined) {
  const answers = byScore.reduce((sum, n) => sum + n, 0);
  const sum = byScore.reduce((total, n, index) => total + n * (index + 1), 0);
  const satisfiedCount = byScore.reduce((total, n, index) => total + (satisfied(index + 1, lowest) ? n : 0), 0);
  return {
    answers,
    average: answers ? Math.round((sum * 10) / answers) / 10 : null,
    satisfied: satisfiedCount,
    share: answers ? Math.round((satisfiedCount * 1000) / answers) / 10 : null,
  };
}
