/**
 * Navigation that modules declare: main-menu items per audience, links on the citizen/business "my page"
 * and on the staff start page. The app builds one `Navigation` from the declarations of its modules, so two
 * apps in one process never share a link (or the service a badge closes over). Labels are i18n keys.
 */
export type Audience = 'citizen' | 'business' | 'staff' | 'public';

export interface NavigationItem {
  href: string;
  label: string;
  /** staff menu items: shown to those who may perform any of these actions */
  permission?: string | readonly string[];
  /** place in its menu (lower first; items without keep their declaration order, after those with one) */
  order?: number;
}

export interface PortalLink {
  href: string;
  label: string;
  description?: string;
  /** the permission a person needs to see the link (staff start page and my page alike) */
  permission?: string;
  /** shows a count (e.g. unread post) when given */
  badge?: (principalId: string) => Promise<number | undefined>;
  /** what the count counts, an i18n key with {count} ("{count} ulæste"): the badge says it, not a bare number */
  badgeLabel?: string;
}

/** What one module (or the platform) adds to the navigation. */
export interface NavigationDeclaration {
  menu?: Partial<Record<Audience, NavigationItem[]>>;
  myPage?: PortalLink[];
  staff?: PortalLink[];
}

/** The navigation of one app. */
export interface Navigation {
  menus: Readonly<Record<Audience, readonly NavigationItem[]>>;
  myPage: readonly PortalLink[];
  staff: readonly PortalLink[];
}

const audiences: readonly Audience[] = ['public', 'citizen', 'business', 'staff'];

function append<T extends { href: string }>(list: T[], items: readonly T[] | undefined, where: string): void {
  for (const item of items ?? []) {
    if (list.some((existing) => existing.href === item.href))
      throw new Error(`Navigation: ${item.href} declared twice in ${where}`);
    list.push(item);
  }
}

/** Joins declarations in the order given (the platform's first, then the modules' in build order). */
export function buildNavigation(declarations: readonly NavigationDeclaration[]): Navigation {
  const menus = Object.fromEntries(audiences.map((audience) => [audience, [] as NavigationItem[]])) as Record<
    Audience,
    NavigationItem[]
  >;
  const myPage: PortalLink[] = [];
  const staff: PortalLink[] = [];
  for (const declaration of declarations) {
    for (const audience of audiences) append(menus[audience], declaration.menu?.[audience], `the ${audience} menu`);
    append(myPage, declaration.myPage, 'the my-page links');
    append(staff, declaration.staff, 'the staff links');
  }
  // "Administration" opens /admin, which lists the administration pages: shown to whoever may open one of them
  const administration = staff.filter((link) => link.href.startsWith('/admin/'));
  if (administration.length)
    menus.staff.push({
      href: '/admin',
      label: 'nav.admin',
      order: 900,
      permission: administration.map((link) => link.permission ?? 'staff:home'),
    });
  for (const audience of audiences)
    menus[audience] = menus[audience]
      .map((item, index) => ({ item, index }))
      .sort((a, b) => (a.item.order ?? 1000) - (b.item.order ?? 1000) || a.index - b.index)
      .map(({ item }) => item);
  return { menus, myPage, staff };
}

/** The platform's own navigation: the start pages, and the audit log for those who may read it. */
export const platformNavigation: NavigationDeclaration = {
  menu: {
    public: [{ href: '/', label: 'nav.home' }],
    citizen: [{ href: '/my', label: 'nav.myPage' }],
    business: [{ href: '/my', label: 'nav.myPage' }],
    staff: [{ href: '/staff', label: 'nav.home', order: 0 }],
  },
  staff: [
    { href: '/admin/audit', label: 'module.audit', description: 'module.audit.description', permission: 'audit:read' },
  ],
};
