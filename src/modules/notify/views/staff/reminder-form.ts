/** The addresses of the reminder pages. */
export const reminderPaths = {
  list: '/staff/reminders',
  create: '/staff/reminders/new',
  cancel: (id: string) => `/staff/reminders/${id}/cancel`,
};

export interface ReminderForm {
  cpr: string;
  date: string;
  time: string;
  place: string;
  text: string;
  leadTimeHours: string;
  caseId: string;
}
export const emptyReminderForm: ReminderForm = {
  cpr: '',
  date: '',
  time: '',
  place: '',
  text: '',
  leadTimeHours: '24',
  caseId: '',
};
