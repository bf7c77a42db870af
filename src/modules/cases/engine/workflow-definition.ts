import { z } from 'zod';
import { Duration, Text } from './definition/definition-basics.ts';
import { StateDefinition } from './definition/state-definition.ts';
import { TransitionDefinition } from './definition/transition-definition.ts';
import { LetterTemplate } from './definition/letter-template-definition.ts';

export * from './definition/definition-basics.ts';
export * from './definition/state-definition.ts';
export * from './definition/transition-definition.ts';
export * from './definition/letter-template-definition.ts';

/**
 * Case types and their workflows as data. A workflow is a small state machine: states (some of them end states with
 * a result), transitions that named roles may take when their guards hold, and actions the handling side carries out
 * when a transition is taken. The shapes are checked here with zod; the rules between the parts (reachability,
 * known templates, …) are checked in workflow-validation.ts. The parts of a workflow are defined in definition/.
 */

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
