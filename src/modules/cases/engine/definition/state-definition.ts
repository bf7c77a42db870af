import { z } from 'zod';
import { CaseResult, Identifier, Text } from './definition-basics.ts';

export const StateDefinition = z.object({
  id: Identifier,
  /** for staff */
  label: Text,
  /** plain language for "my cases" (defaults to label) */
  citizenLabel: Text.optional(),
  /** present = an end state */
  end: z.object({ result: CaseResult, appealable: z.boolean().optional() }).optional(),
  /** whose move it is, e.g. "awaiting documentation" = applicant (the processing clock is on the applicant) */
  waitingFor: z.enum(['municipality', 'applicant']).optional(),
});
export type StateDefinition = z.infer<typeof StateDefinition>;

/** The label a citizen sees for a state ("my cases"): the plain-language one when given. */
export const citizenLabelOf = (state: StateDefinition): Text => state.citizenLabel ?? state.label;

/** Whether entering `state` is a decision that must carry reasons and klagevejledning (see StateDefinition.end). */
export const isAppealable = (state: StateDefinition | undefined): boolean =>
  state?.end ? (state.end.appealable ?? state.end.result === 'refused') : false;
