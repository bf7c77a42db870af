/** The openness module's pages and API. */
export const opennessPaths = {
  list: '/postliste',
  csv: '/postliste.csv',
  feed: (department: string) => `/postliste/feed/${encodeURIComponent(department)}`,
  api: '/api/v1/post-list',
  request: '/aktindsigt',
  askAbout: (entryId: string) => `/aktindsigt?entry=${encodeURIComponent(entryId)}`,
  download: (token: string) => `/aktindsigt/download/${encodeURIComponent(token)}`,
  requests: '/staff/openness',
  requestDetail: (id: string) => `/staff/openness/requests/${encodeURIComponent(id)}`,
  redactions: (id: string) => `/staff/openness/requests/${encodeURIComponent(id)}/redactions`,
  extension: (id: string) => `/staff/openness/requests/${encodeURIComponent(id)}/extension`,
  decision: (id: string) => `/staff/openness/requests/${encodeURIComponent(id)}/decision`,
  rules: '/admin/openness',
  closeCaseType: '/admin/openness/closed-case-types',
  delay: '/admin/openness/delay',
} as const;
