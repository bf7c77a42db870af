/** The channels module's pages. */
export const channelsPaths = {
  register: '/staff/inquiries',
  tally: '/staff/inquiries/tally',
  serviceLink: '/staff/inquiries/service-link',
  figures: '/staff/channels/figures',
  figuresCsv: '/staff/channels/figures.csv',
  imports: '/staff/channels/imports',
  komhenCsv: '/staff/channels/komhen.csv',
  history: '/staff/channels/history',
  contactIndex: '/contact',
  contact: (code: string) => `/contact/${encodeURIComponent(code)}`,
  purposes: '/admin/channels/purposes',
  newPurpose: '/admin/channels/purposes/new',
  purpose: (code: string) => `/admin/channels/purposes/${encodeURIComponent(code)}`,
} as const;
