/** The addresses of the notification administration pages. */
export const adminPaths = {
  notifications: '/admin/notify',
  retry: (id: string) => `/admin/notify/notifications/${id}/retry`,
  templates: '/admin/notify/templates',
  template: (kind: string, channel: string, locale: string) => `/admin/notify/templates/${kind}/${channel}/${locale}`,
  outbox: '/admin/notify/outbox',
};
