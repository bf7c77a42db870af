import type { PermissionDeclarations } from '#platform/auth/permissions.ts';

/** The named actions of the post module and the roles that may perform them. */
export const postPermissions = {
  /** read one's own digital post (a business's post: its representatives), reply, write to a department, sign up or withdraw */
  'post:read-own': ['citizen', 'business'],
  /** send a letter to a person's or business's digital post (staff, and line-of-business systems on the API) */
  'post:send': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** the department mailbox: the department's sent post and the replies and messages it received */
  'post:read-department': ['caseworker', 'front_desk', 'manager', 'integration'],
  /** print batches of letters for those not signed up: download as PDF, mark as posted */
  'post:print': ['front_desk', 'manager'],
  /** record that a citizen is exempt from digital post (applied for at the citizen service desk), or lift it */
  'post:exempt': ['front_desk', 'manager'],
  /** one letter to many recipients as a background job (progress, cancel) */
  'post:bulk': ['caseworker', 'manager', 'integration'],
} satisfies PermissionDeclarations;
