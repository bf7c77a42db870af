import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Tasks on a case. */
export const taskMessages = defineCatalogue({
  da: {
    'cases.tasks.title': 'Opgaver',
    'cases.tasks.none': 'Der er ingen opgaver på sagen.',
    'cases.tasks.task': 'Opgave',
    'cases.tasks.due': 'Frist',
    'cases.tasks.assignee': 'Ansvarlig',
    'cases.tasks.status': 'Status',
    'cases.tasks.done': 'Udført {date}',
    'cases.tasks.markDone': 'Markér som udført',
    'cases.tasks.add': 'Ny opgave',
    'cases.tasks.addSubmit': 'Opret opgaven',
    'cases.task.titleRequired': 'Skriv, hvad opgaven går ud på.',
    'cases.task.dueInvalid': 'Fristen skal være en dato.',
    'cases.task.notFound': 'Opgaven findes ikke, eller den er allerede udført.',
  },
  en: {
    'cases.tasks.title': 'Tasks',
    'cases.tasks.none': 'There are no tasks on the case.',
    'cases.tasks.task': 'Task',
    'cases.tasks.due': 'Due',
    'cases.tasks.assignee': 'Responsible',
    'cases.tasks.status': 'Status',
    'cases.tasks.done': 'Done {date}',
    'cases.tasks.markDone': 'Mark as done',
    'cases.tasks.add': 'New task',
    'cases.tasks.addSubmit': 'Create the task',
    'cases.task.titleRequired': 'Write what the task is.',
    'cases.task.dueInvalid': 'The due date must be a date.',
    'cases.task.notFound': 'The task does not exist, or it is already done.',
  },
});
