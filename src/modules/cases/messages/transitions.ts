import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Moving a case on in its workflow, and the guards that can stop it. */
export const transitionMessages = defineCatalogue({
  da: {
    'cases.transitions.title': 'Hvad kan der ske nu',
    'cases.transitions.closed': 'Sagen er afsluttet.',
    'cases.transitions.none': 'Arbejdsgangen giver ingen muligheder for dig i denne tilstand.',
    'cases.transitions.note': 'Bemærkning (valgfri)',
    'cases.transitions.noteRequired': 'Begrundelse (skal udfyldes)',
    'cases.transitions.blocked': 'Kan ikke vælges endnu:',
    'cases.transitions.appointmentAt': 'Tidspunkt for aftalen',
    'cases.transitions.place': 'Sted',
    'cases.transition.notAllowed': 'Arbejdsgangen tillader ikke "{transition}", når sagen er i tilstanden "{state}".',
    'cases.transition.blocked': '"{transition}" kan ikke vælges nu.',
    'cases.transition.noteRequired': 'Skriv en begrundelse.',
    'cases.transition.appointmentRequired': 'Angiv tidspunkt og sted for aftalen.',
    'cases.guard.document': 'Der mangler dokumentet "{documentType}" på sagen.',
    'cases.guard.field': 'Oplysningen "{field}" mangler på sagen.',
    'cases.guard.openTasks': 'Der er {count} opgave(r) på sagen, som ikke er udført.',
    'cases.guard.role': 'Kun {roles} kan vælge dette.',
    'cases.workflow.title': 'Arbejdsgangen',
  },
  en: {
    'cases.transitions.title': 'What can happen next',
    'cases.transitions.closed': 'The case is closed.',
    'cases.transitions.none': 'The workflow offers you nothing in this state.',
    'cases.transitions.note': 'Remark (optional)',
    'cases.transitions.noteRequired': 'Reason (required)',
    'cases.transitions.blocked': 'Cannot be chosen yet:',
    'cases.transitions.appointmentAt': 'Time of the appointment',
    'cases.transitions.place': 'Place',
    'cases.transition.notAllowed':
      'The workflow does not allow "{transition}" while the case is in the state "{state}".',
    'cases.transition.blocked': '"{transition}" cannot be chosen now.',
    'cases.transition.noteRequired': 'Write a reason.',
    'cases.transition.appointmentRequired': 'Give the time and place of the appointment.',
    'cases.guard.document': 'The document "{documentType}" is missing on the case.',
    'cases.guard.field': 'The information "{field}" is missing on the case.',
    'cases.guard.openTasks': 'There are {count} task(s) on the case that are not done.',
    'cases.guard.role': 'Only {roles} can choose this.',
    'cases.workflow.title': 'The workflow',
  },
});
