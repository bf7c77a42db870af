import type { Folder } from '../post.types.ts';

export const paths = {
  mailbox: (folder: Folder = 'inbox') => (folder === 'inbox' ? '/post' : `/post?folder=${folder}`),
  message: (id: string) => `/post/messages/${id}`,
  attachment: (messageId: string, attachmentId: string) =>
    `/post/messages/${messageId}/attachments/${attachmentId}/download`,
  reply: (id: string) => `/post/messages/${id}/reply`,
  move: (id: string) => `/post/messages/${id}/move`,
  newMessage: '/post/new',
  registration: '/post/registration',
  staff: '/staff/post',
  staffReceived: '/staff/post?view=received',
  staffNew: '/staff/post/new',
  staffMessage: (id: string) => `/staff/post/messages/${id}`,
  staffAnswer: (id: string) => `/staff/post/messages/${id}/answer`,
  staffAttachment: (messageId: string, attachmentId: string) =>
    `/staff/post/messages/${messageId}/attachments/${attachmentId}/download`,
  print: '/staff/post/print',
  printClose: (id: string) => `/staff/post/print/batches/${id}/close`,
  printDownload: (id: string) => `/staff/post/print/batches/${id}/download`,
  printPosted: (id: string) => `/staff/post/print/batches/${id}/posted`,
  exemptions: '/staff/post/exemptions',
  bulk: '/staff/post/bulk',
  bulkLetter: (id: string) => `/staff/post/bulk/${id}`,
  bulkCancel: (id: string) => `/staff/post/bulk/${id}/cancel`,
};
