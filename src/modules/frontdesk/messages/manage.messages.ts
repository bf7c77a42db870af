import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The receipt's signed link: see, move or cancel an appointment without logging in. */
export const manageMessages = defineCatalogue({
  da: {
    'frontdesk.receipt.manageLink': 'Du kan flytte eller aflyse tiden uden at logge ind via dette link: {link}',
    'frontdesk.manage.title': 'Din tid i Borgerservice',
    'frontdesk.manage.moved': 'Din tid er flyttet. Du har fået en ny kvittering.',
    'frontdesk.manage.cancelled': 'Din tid er aflyst.',
    'frontdesk.manage.moveHeading': 'Flyt tiden',
    'frontdesk.manage.move': 'Flyt til den valgte tid',
    'frontdesk.manage.cancelHeading': 'Aflys tiden',
    'frontdesk.manage.cancelText': 'Kan du ikke komme, så aflys tiden, så en anden kan få den.',
    'frontdesk.manage.cancel': 'Aflys tiden',
    'frontdesk.error.linkInvalid':
      'Linket er ugyldigt. Brug linket fra din kvittering, som det står, eller se dine aftaler på Min side.',
    'frontdesk.error.linkExpired': 'Linket er udløbet: tiden er begyndt eller overstået.',
    'frontdesk.error.notMovable': 'Aftalen kan ikke flyttes: den er aflyst, overstået eller begyndt.',
  },
  en: {
    'frontdesk.receipt.manageLink': 'You can move or cancel the time without logging in through this link: {link}',
    'frontdesk.manage.title': 'Your time at Citizen Service',
    'frontdesk.manage.moved': 'Your time has been moved. You have received a new receipt.',
    'frontdesk.manage.cancelled': 'Your time has been cancelled.',
    'frontdesk.manage.moveHeading': 'Move the time',
    'frontdesk.manage.move': 'Move to the chosen time',
    'frontdesk.manage.cancelHeading': 'Cancel the time',
    'frontdesk.manage.cancelText': 'If you cannot come, cancel the time so someone else can have it.',
    'frontdesk.manage.cancel': 'Cancel the time',
    'frontdesk.error.linkInvalid':
      'The link is not valid. Use the link from your receipt exactly as it is, or see your appointments on My page.',
    'frontdesk.error.linkExpired': 'The link has expired: the time has begun or is over.',
    'frontdesk.error.notMovable': 'The appointment cannot be moved: it is cancelled, over or has begun.',
  },
});
