import type { Channel } from '#modules/notify/template-render.ts';

/** The addresses of the contact pages. */
export const contactPaths = {
  page: '/my/contact',
  register: (channel: Channel) => `/my/contact/${channel}`,
  verify: (channel: Channel) => `/my/contact/${channel}/verify`,
  remove: (channel: Channel) => `/my/contact/${channel}/delete`,
  preferences: '/my/contact/preferences',
};
