/** The insight module's pages. */
export const insightPaths = {
  dashboard: '/staff/insight',
  dashboardCsv: '/staff/insight/dashboard.csv',
  figure: (id: string) => `/staff/insight/figures/${encodeURIComponent(id)}`,
  figureCsv: (id: string) => `/staff/insight/figures/${encodeURIComponent(id)}/export`,
  imports: '/staff/insight/imports',
  import: (id: string) => `/staff/insight/imports/${encodeURIComponent(id)}`,
  rollback: (id: string) => `/staff/insight/imports/${encodeURIComponent(id)}/rollback`,
  importRoute: '/staff/insight/imports/:id',
  rollbackRoute: '/staff/insight/imports/:id/rollback',
  openData: '/open-data/key-figures',
  openDataCsv: '/open-data/key-figures.csv',
  /** the routes of the two above */
  figureRoute: '/staff/insight/figures/:id',
  figureCsvRoute: '/staff/insight/figures/:id/export',
} as const;

/** A path with the period as its query. */
export const withPeriod = (path: string, period: { from: string; to: string }) =>
  `${path}?${new URLSearchParams(period)}`;
