import { z } from 'zod';
import { CaseResult, Identifier, Text } from './definition-basics.ts';

export const StateDefinition = z.object({
  id: Identifier,
  /** for staff */
  label: Text,
  /** plain language for "my cases" (defaults to label) */
  citizenLabel: Text.optional(),
  /** present = an end state */
  end: z.object({ result: CaseResult }).optional(),
  /** whose move it is, e.g. "awaiting documentation" = applicant (the processing clock is on the applicant) */
  waitingFor: z.enum(['municipality', 'applicant']).optional(),
});
export type StateDefinition = z.infer<typeof StateDefinition>;

/** The label a citizen sees for a state ("my cases"): the plain-language one when given. */
export const citizenLabelOf = (state: StateDefinition): Text => state.citizenLabel ?? state.label;
