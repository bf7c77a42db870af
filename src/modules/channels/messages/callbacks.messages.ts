import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Callbacks: asked for at the registration, listed for the department, closed when done. */
export const callbackMessages = defineCatalogue({
  da: {
    'channels.callbacks.title': 'Opkald tilbage',
    'channels.callbacks.lead':
      'Afdelingens borgere, der venter på at blive ringet op, dem med den tidligste frist først. Fristen er serviceniveauet for opkald tilbage (arbejdstimer).',
    'channels.callbacks.linkDescription': 'De opkald tilbage, din afdeling skal foretage, med frist.',
    'channels.callbacks.ask': 'Borgeren skal ringes op',
    'channels.callbacks.note': 'Hvad og hvor: emne og telefonnummer',
    'channels.callbacks.noteHint': 'Kun når borgeren skal ringes op. Fx "Ring 20 30 40 50 om pas til barn".',
    'channels.callbacks.noteRequired': 'Skriv hvad opkaldet handler om, og hvilket nummer der skal ringes til.',
    'channels.callbacks.due': 'Frist',
    'channels.callbacks.status': 'Status',
    'channels.callbacks.overdue': 'Over fristen',
    'channels.callbacks.inTime': 'Inden for fristen',
    'channels.callbacks.purpose': 'Formål',
    'channels.callbacks.asked': 'Bedt om',
    'channels.callbacks.none': 'Der er ingen opkald tilbage at foretage.',
    'channels.callbacks.markDone': 'Ringet op',
    'channels.callbacks.doneNotice': 'Opkaldet er markeret som foretaget.',
    'channels.callbacks.notFound': 'Opkaldet findes ikke i din afdeling, eller det er allerede foretaget.',
  },
  en: {
    'channels.callbacks.title': 'Callbacks',
    'channels.callbacks.lead':
      'The department’s citizens waiting to be called back, the earliest due first. The due time is the callback service level (working hours).',
    'channels.callbacks.linkDescription': 'The callbacks your department is to make, with their due times.',
    'channels.callbacks.ask': 'The citizen is to be called back',
    'channels.callbacks.note': 'What and where: subject and phone number',
    'channels.callbacks.noteHint':
      'Only when the citizen is to be called back. E.g. "Call 20 30 40 50 about a child’s passport".',
    'channels.callbacks.noteRequired': 'Enter what the call is about and which number to call.',
    'channels.callbacks.due': 'Due',
    'channels.callbacks.status': 'Status',
    'channels.callbacks.overdue': 'Overdue',
    'channels.callbacks.inTime': 'In time',
    'channels.callbacks.purpose': 'Purpose',
    'channels.callbacks.asked': 'Asked for',
    'channels.callbacks.none': 'There are no callbacks to make.',
    'channels.callbacks.markDone': 'Called back',
    'channels.callbacks.doneNotice': 'The callback was marked as made.',
    'channels.callbacks.notFound': 'The callback is not in your department, or it was made already.',
  },
});
