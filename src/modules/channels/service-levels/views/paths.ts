/** The service-level pages. */
export const serviceLevelPaths = {
  report: '/staff/service-levels',
  reportCsv: '/staff/service-levels.csv',
  targets: '/admin/service-levels',
  newTarget: '/admin/service-levels/new',
  processingTimes: '/processing-times',
} as const;
