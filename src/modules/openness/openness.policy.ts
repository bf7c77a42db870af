/**
 * Whose record is this, for the openness module. A post-list entry is everybody's (public once on the list); a
 * request for access is handled by the staff of the department it was routed to, and nobody else: its requester
 * reads the decision in their digital post or through the signed link, never through a staff page.
 */
export function mayHandleRequest(actorDepartmentCode: string | undefined, request: { department_code: string }) {
  return actorDepartmentCode !== undefined && actorDepartmentCode === request.department_code;
}

/** A letter on the list is kept off it by the staff of its own department only. */
export function mayExcludeEntry(actorDepartmentCode: string | undefined, entry: { department_code: string }) {
  return actorDepartmentCode !== undefined && actorDepartmentCode === entry.department_code;
}
