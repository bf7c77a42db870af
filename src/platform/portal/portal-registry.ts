/** Links modules put on the citizen/business "my page" and the staff start page. Labels are i18n keys. */
export interface PortalLink {
  href: string;
  label: string;
  description?: string;
  /** for staff links: the permission a staff member needs to see it */
  permission?: string;
  /** shows a count (e.g. unread post) when given */
  badge?: (principalId: string) => Promise<number | undefined>;
}

export const myPageLinks: PortalLink[] = [];
export const staffLinks: PortalLink[] = [];

export function addMyPageLink(link: PortalLink): void {
  if (!myPageLinks.some((existing) => existing.href === link.href)) myPageLinks.push(link);
}

export function addStaffLink(link: PortalLink): void {
  if (!staffLinks.some((existing) => existing.href === link.href)) staffLinks.push(link);
}
