import { z } from 'zod';
import { roles, staffRoles } from '#platform/auth/principal.ts';

/**
 * Case types and their workflows as data. A workflow is a small state machine: states (some of them end states with
 * a result), transitions that named roles may take when their guards hold, and actions the handling side carries out
 * when a transition is taken. The shapes are checked here with zod; the rules between the parts (reachability,
 * known templates, …) are checked in workflow-validation.ts.
 */

/** Unknown roles get their own message so a definition author sees which role is wrong, not a list of options. */
export const RoleEnum = z.enum(roles, {
  error: (issue) => `unknown role ${JSON.stringify(issue.input)} (known roles: ${roles.join(', ')})`,
});
export const StaffRoleEnum = z.enum(staffRoles, {
  error: (issue) => `unknown staff role ${JSON.stringify(issue.input)} (known staff roles: ${staffRoles.join(', ')})`,
});
const Identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be lower case letters, digits and _ and start with a letter');

export const Text = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

export const Duration = z.object({ amount: z.number().int().min(0), unit: z.enum(['working_days', 'calendar_days']) });
export type Duration = z.infer<typeof Duration>;

export const CaseResult = z.enum(['granted', 'refused', 'withdrawn', 'closed']);
export type CaseResult = z.infer<typeof CaseResult>;

export const StateDefinition = z.object({
  id: Identifier,
  /** for staff */
  label: Text,
  /** plain language for "my cases" (defaults to label) */
  citizenLabel: Text.optional(),
  /**
   * present = an end state. `appealable`: a decision that does not grant everything applied for, so its letters
   * must give the reasons and the case type's klagevejledning (forvaltningsloven §§ 22–25); refusals by default.
   */
  end: z.object({ result: CaseResult, appealable: z.boolean().optional() }).optional(),
  /** whose move it is, e.g. "awaiting documentation" = applicant (the processing clock is on the applicant) */
  waitingFor: z.enum(['municipality', 'applicant']).optional(),
});
export type StateDefinition = z.infer<typeof StateDefinition>;

export const Guard = z.discriminatedUnion('kind', [
  /** a document of this type is on the case */
  z.object({ kind: z.literal('document'), documentType: z.string().min(1) }),
  /** the case field is set (non-empty) */
  z.object({ kind: z.literal('field'), field: z.string().min(1) }),
  /** every task on the case is done */
  z.object({ kind: z.literal('noOpenTasks') }),
]);
export type Guard = z.infer<typeof Guard>;

export const Action = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('letter'), template: z.string().min(1), to: z.literal('parties').default('parties') }),
  /** needs an appointment time on the transition input (a pick-up, a site meeting) */
  z.object({ kind: z.literal('reminder'), leadTimeHours: z.number().int().positive(), text: Text }),
  z.object({ kind: z.literal('task'), title: Text, due: Duration.optional(), role: StaffRoleEnum.optional() }),
  /** sets or replaces the case's processing deadline */
  z.object({ kind: z.literal('deadline'), due: Duration }),
  z.object({ kind: z.literal('assignDepartment'), departmentCode: z.string().min(1) }),
]);
export type Action = z.infer<typeof Action>;

export const TransitionDefinition = z.object({
  id: Identifier,
  from: z.array(z.string()).min(1),
  to: z.string(),
  label: Text,
  /** who may take it: staff roles, 'citizen'/'business' (e.g. withdraw), 'integration' */
  roles: z.array(RoleEnum).min(1),
  guards: z.array(Guard).default([]),
  actions: z.array(Action).default([]),
  /** e.g. a refusal must give a reason */
  requiresNote: z.boolean().default(false),
  /** taken by the system (e.g. on document received), never shown as a button */
  automatic: z.boolean().default(false),
});
export type TransitionDefinition = z.infer<typeof TransitionDefinition>;

/** subject and body may use {{placeholders}}: see letterPlaceholders */
export const LetterTemplate = z.object({ id: z.string().min(1), subject: Text, body: Text });
export type LetterTemplate = z.infer<typeof LetterTemplate>;
export const letterPlaceholders = [
  'caseReference',
  'caseTypeName',
  'partyName',
  'deadline',
  'note',
  'appealGuidance',
] as const;
export type LetterPlaceholder = (typeof letterPlaceholders)[number];

export const WorkflowDefinition = z.object({
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.number().int().positive(),
  name: Text,
  initialState: z.string(),
  states: z.array(StateDefinition).min(2),
  transitions: z.array(TransitionDefinition).min(1),
  letters: z.array(LetterTemplate).default([]),
});
export type WorkflowDefinition = z.infer<typeof WorkflowDefinition>;
export type WorkflowDefinitionInput = z.input<typeof WorkflowDefinition>;

export const DocumentRequirement = z.object({
  type: z.string().min(1),
  label: Text,
  /** state id: the document must be on the case before the case can enter this state (every transition into it has a document guard) */
  requiredBefore: z.string().optional(),
  /** needed only when the case's answers say so (e.g. proof of the other adults' income when other adults live there) */
  requiredWhen: z
    .object({ field: z.string().min(1), equals: z.union([z.string(), z.number(), z.boolean()]) })
    .optional(),
});
export type DocumentRequirement = z.infer<typeof DocumentRequirement>;

export const CaseTypeDefinition = z.object({
  /** 'housing-benefit' — the self-service catalogue binds to these codes */
  code: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: Text,
  description: Text,
  /** KLE subject number, e.g. '27.24.00' */
  kle: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'must be a KLE number like 27.24.00'),
  /** FORM-style process name (Danish), e.g. 'Boligstøtte' */
  formProcess: z.string().min(1),
  /** owning department, one of the demo departments */
  departmentCode: z.string().min(1),
  legalDeadline: Duration.nullable(),
  /** published expected processing time */
  serviceLevel: Duration.nullable(),
  requiredDocuments: z.array(DocumentRequirement).default([]),
  /** the caseworker needs the parties' full CPR numbers (e.g. to look up income in eIndkomst); shown and audited */
  fullCpr: z.boolean().default(false),
  audiences: z.array(z.enum(['citizen', 'business'])).min(1),
  /** the klagevejledning of this case type's decisions (where and how to complain): `{{appealGuidance}}` in letters */
  appealGuidance: Text.optional(),
  workflow: WorkflowDefinition,
});
export type CaseTypeDefinition = z.infer<typeof CaseTypeDefinition>;
export type CaseTypeDefinitionInput = z.input<typeof CaseTypeDefinition>;

/** The label a citizen sees for a state ("my cases"): the plain-language one when given. */
export const citizenLabelOf = (state: StateDefinition): Text => state.citizenLabel ?? state.label;

/** Whether entering `state` is a decision that must carry reasons and klagevejledning (see StateDefinition.end). */
export const isAppealable = (state: StateDefinition | undefined): boolean =>
  state?.end ? (state.end.appealable ?? state.end.result === 'refused') : false;
