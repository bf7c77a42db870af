/** The satisfaction survey's public page (the signed link) and the managers' figures. */
export const satisfactionPaths = {
  survey: (token: string) => `/survey/${token}`,
  surveyPattern: '/survey/:token',
  figures: '/staff/service-levels/satisfaction',
  comments: '/staff/service-levels/satisfaction/comments',
};
