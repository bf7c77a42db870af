/** The self-service URLs, in one place. */
export const paths = {
  catalogue: (audience: 'citizen' | 'business') => `/selfservice/${audience}`,
  solution: (code: string) => `/selfservice/solutions/${code}`,
  start: (code: string) => `/selfservice/solutions/${code}/start`,
  drafts: '/selfservice/drafts',
  draft: (id: string) => `/selfservice/drafts/${id}`,
  page: (id: string, pageId: string) => `/selfservice/drafts/${id}/pages/${pageId}`,
  summary: (id: string) => `/selfservice/drafts/${id}/summary`,
  submit: (id: string) => `/selfservice/drafts/${id}/submit`,
  deleteDraft: (id: string) => `/selfservice/drafts/${id}/delete`,
  receipt: (id: string) => `/selfservice/submissions/${id}`,
  usage: '/staff/selfservice/usage',
  usageCsv: '/staff/selfservice/usage.csv',
};
