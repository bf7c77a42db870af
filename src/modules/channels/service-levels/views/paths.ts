/** The service-level pages. */
export const serviceLevelPaths = {
  report: '/staff/service-levels',
  reportCsv: '/staff/service-levels.csv',
  targets: '/admin/service-levels',
  newTarget: '/admin/service-levels/new',
  processingTimes: '/processing-times',
  notices: '/staff/processing-notices',
  notice: (caseId: string) => `/staff/cases/${encodeURIComponent(caseId)}/processing-notice`,
} as const;
