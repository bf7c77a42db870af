import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Names of the named actions an API client may be given (its scopes), shown with the code integrators use. */
export const scopeNameMessages = defineCatalogue({
  da: {
    'scope.case:read': 'Læse sager',
    'scope.case:create': 'Oprette sager',
    'scope.case:update': 'Opdatere sager (dokumenter, felter, noter)',
    'scope.case:transition': 'Føre sager videre i arbejdsgangen',
    'scope.person:lookup': 'Slå personer og virksomheder op (CPR/CVR)',
    'scope.notify:remind': 'Planlægge påmindelser',
    'scope.post:send': 'Sende digital post',
    'scope.post:read-department': 'Læse afdelingens post og svar',
    'scope.post:bulk': 'Sende massebreve',
    'scope.selfservice:usage': 'Hente brugstal for selvbetjening',
  },
  en: {
    'scope.case:read': 'Read cases',
    'scope.case:create': 'Create cases',
    'scope.case:update': 'Update cases (documents, fields, notes)',
    'scope.case:transition': 'Move cases on in their workflow',
    'scope.person:lookup': 'Look up people and businesses (CPR/CVR)',
    'scope.notify:remind': 'Schedule reminders',
    'scope.post:send': 'Send digital post',
    'scope.post:read-department': "Read the department's post and replies",
    'scope.post:bulk': 'Send bulk letters',
    'scope.selfservice:usage': 'Fetch self-service usage counts',
  },
});
