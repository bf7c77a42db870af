/** The front desk's pages. */
export const frontdeskPaths = {
  bookService: '/appointments/book',
  bookLocation: '/appointments/book/location',
  bookTime: '/appointments/book/time',
  bookConfirm: '/appointments/book/confirm',
  mine: '/my/appointments',
  appointment: (id: string) => `/my/appointments/${id}`,
  calendar: (id: string) => `/my/appointments/${id}/calendar.ics`,
  cancel: (id: string) => `/my/appointments/${id}/cancel`,
  dayPlan: '/staff/frontdesk',
  mark: (id: string) => `/staff/frontdesk/appointments/${id}/mark`,
  queue: '/staff/frontdesk/queue',
  call: '/staff/frontdesk/queue/call',
  done: '/staff/frontdesk/queue/done',
  deskTicket: '/staff/frontdesk/queue/tickets',
  kiosk: '/kiosk',
  kioskTicket: '/kiosk/tickets',
  display: '/display',
} as const;

/** The web chat's pages (the visitor's, my page's and the staff inbox's). */
export const chatPaths = {
  start: '/chat',
  conversation: (id: string) => `/chat/${id}`,
  write: (id: string) => `/chat/${id}/messages`,
  events: (id: string) => `/chat/${id}/events`,
  end: (id: string) => `/chat/${id}/end`,
  transcript: (id: string) => `/chat/${id}/transcript`,
  mine: '/my/chats',
  inbox: '/staff/frontdesk/chat',
  staffConversation: (id: string) => `/staff/frontdesk/chat/${id}`,
  staffEvents: (id: string) => `/staff/frontdesk/chat/${id}/events`,
  take: (id: string) => `/staff/frontdesk/chat/${id}/take`,
  answer: (id: string) => `/staff/frontdesk/chat/${id}/answer`,
  transfer: (id: string) => `/staff/frontdesk/chat/${id}/transfer`,
  close: (id: string) => `/staff/frontdesk/chat/${id}/close`,
} as const;
