import type { Principal } from '#platform/auth/principal.ts';

/**
 * Whose appointment is this: the citizen who booked it, and the staff of the department that runs the location's
 * desk. Pure, so the rule is table-tested.
 */
export function mayReachAppointment(
  principal: Principal,
  appointment: { personId: string; locationDepartmentId: string | null },
): boolean {
  if (principal.kind === 'citizen') return principal.id === appointment.personId;
  if (principal.kind === 'staff') return deskOf(principal, appointment.locationDepartmentId);
  return false;
}

/** A staff member works the desk of a location run by their department (a location without one: nobody). */
export function deskOf(principal: Principal, locationDepartmentId: string | null): boolean {
  return principal.kind === 'staff' && !!locationDepartmentId && principal.departmentId === locationDepartmentId;
}
