import { HttpProblem } from '#platform/http/problem.ts';
import { guardText } from './guard-text.ts';
import type { BlockedReasonView } from './cases.types.ts';

/** A transition refused: the workflow does not allow it here, or its guards fail. Nothing was changed. */
export class TransitionRefused extends HttpProblem {
  constructor(
    messageKey: string,
    values: Record<string, string | number>,
    readonly reasons: BlockedReasonView[],
  ) {
    super(
      422,
      messageKey,
      values,
      reasons.map((reason) => ({ field: 'transition', message: guardText(reason) })),
    );
  }
}
