import { z } from 'zod';
import { Duration, Identifier, RoleEnum, StaffRoleEnum, Text } from './definition-basics.ts';

/** What a transition checks before it may be taken (guards) and what taking it does (actions). */
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
