import type { Principal } from '../auth/principal.ts';
import { can } from '../auth/permissions.ts';
import type { Audience, NavigationItem } from '../navigation.ts';

// Whom a page is for (citizen, business, staff, the public): its DKFDS theme and the menu item it marks.

/** The DKFDS stylesheet of each audience. */
export const themes: Record<Audience, string> = {
  citizen: '/static/dkfds/css/dkfds-borgerdk.min.css',
  public: '/static/dkfds/css/dkfds-borgerdk.min.css',
  business: '/static/dkfds/css/dkfds-virkdk.min.css',
  staff: '/static/dkfds/css/dkfds.min.css',
};

export function audienceOf(principal: Principal | undefined): Audience {
  if (!principal) return 'public';
  if (principal.kind === 'business') return 'business';
  if (principal.kind === 'staff') return 'staff';
  return 'citizen';
}

function matches(path: string, href: string): boolean {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** The menu item of the page: the longest matching one, so "/my/cases" marks "Mine sager" and not also "Min side". */
export function currentMenuItem(path: string, items: readonly NavigationItem[]): string | undefined {
  return items.filter((item) => matches(path, item.href)).sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** The menu items this person may open: items without a permission for all, else any one of the named actions. */
export function visibleMenu(principal: Principal | undefined, items: readonly NavigationItem[]): NavigationItem[] {
  return items.filter((item) => {
    if (!item.permission) return true;
    const actions = typeof item.permission === 'string' ? [item.permission] : item.permission;
    return actions.some((action) => can(principal, action));
  });
}
