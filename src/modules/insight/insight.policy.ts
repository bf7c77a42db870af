import type { Principal } from '#platform/auth/principal.ts';
import type { KeyFigure } from './key-figure.ts';
import { allFiguresRoles } from './insight.permissions.ts';

/**
 * Pure: whether a staff member sees a figure. The executive board (managers) and administrators see all; other
 * staff see the figures their own department owns. Figures hold no personal data, so no record owner beyond that.
 */
export function canSeeFigure(actor: Pick<Principal, 'roles'>, departmentCode: string, figure: KeyFigure): boolean {
  if (actor.roles.some((role) => (allFiguresRoles as readonly string[]).includes(role))) return true;
  return figure.owner === departmentCode;
}
