import { serviceLevelPaths } from './views/paths.ts';

/** The managers' menu item and the staff start page's links. */
export const serviceLevelNavigation = {
  menu: [
    {
      href: serviceLevelPaths.report,
      label: 'channels.serviceLevels.menu',
      permission: 'channels:service-levels',
      order: 61,
    },
    {
      href: serviceLevelPaths.notices,
      label: 'channels.notice.menu',
      permission: 'channels:processing-notices',
      order: 12,
    },
  ],
  staff: [
    {
      href: serviceLevelPaths.notices,
      label: 'channels.notice.title',
      description: 'channels.notice.linkDescription',
      permission: 'channels:processing-notices',
    },
    {
      href: serviceLevelPaths.report,
      label: 'channels.serviceLevels.title',
      description: 'channels.serviceLevels.linkDescription',
      permission: 'channels:service-levels',
    },
    {
      href: serviceLevelPaths.targets,
      label: 'channels.serviceLevels.admin.title',
      description: 'channels.serviceLevels.admin.lead',
      permission: 'channels:service-level-admin',
    },
  ],
};
