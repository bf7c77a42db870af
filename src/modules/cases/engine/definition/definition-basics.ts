import { z } from 'zod';
import { roles, staffRoles } from '#platform/auth/principal.ts';

/** Unknown roles get their own message so a definition author sees which role is wrong, not a list of options. */
export const RoleEnum = z.enum(roles, {
  error: (issue) => `unknown role ${JSON.stringify(issue.input)} (known roles: ${roles.join(', ')})`,
});
export const StaffRoleEnum = z.enum(staffRoles, {
  error: (issue) => `unknown staff role ${JSON.stringify(issue.input)} (known staff roles: ${staffRoles.join(', ')})`,
});
/** The id of a state or transition. */
export const Identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be lower case letters, digits and _ and start with a letter');

export const Text = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof Text>;

export const Duration = z.object({ amount: z.number().int().min(0), unit: z.enum(['working_days', 'calendar_days']) });
export type Duration = z.infer<typeof Duration>;

export const CaseResult = z.enum(['granted', 'refused', 'withdrawn', 'closed']);
export type CaseResult = z.infer<typeof CaseResult>;
