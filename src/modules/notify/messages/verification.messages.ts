import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Verifying a mobile number or e-mail address with a one-time code. */
export const verificationMessages = defineCatalogue({
  da: {
    'notify.verify.title': 'Indtast koden',
    'notify.verify.lead.sms': 'Vi har sendt en kode på SMS til {address}.',
    'notify.verify.lead.email': 'Vi har sendt en kode til {address}.',
    'notify.verify.expires': 'Koden gælder til {date}. Du har {left} forsøg tilbage.',
    'notify.verify.code': 'Kode (6 cifre)',
    'notify.verify.codeHint': 'Koden står i beskeden, vi sendte.',
    'notify.verify.submit': 'Bekræft',
    'notify.verify.nothingPending': 'Der venter ingen kode. Skriv nummeret eller adressen igen for at få en ny kode.',
    'notify.verify.newCode': 'Få en ny kode eller skift nummer eller adresse',
    'notify.verify.wrongCode': 'Koden er forkert. Du har {left} forsøg tilbage.',
    'notify.verify.tooManyAttempts': 'Du har prøvet for mange gange. Bed om en ny kode.',
    'notify.verify.expired': 'Koden er udløbet. Bed om en ny kode.',
  },
  en: {
    'notify.verify.title': 'Enter the code',
    'notify.verify.lead.sms': 'We have sent a code by SMS to {address}.',
    'notify.verify.lead.email': 'We have sent a code to {address}.',
    'notify.verify.expires': 'The code is valid until {date}. You have {left} attempts left.',
    'notify.verify.code': 'Code (6 digits)',
    'notify.verify.codeHint': 'The code is in the message we sent.',
    'notify.verify.submit': 'Confirm',
    'notify.verify.nothingPending': 'No code is waiting. Enter the number or address again to get a new code.',
    'notify.verify.newCode': 'Get a new code or change the number or address',
    'notify.verify.wrongCode': 'The code is wrong. You have {left} attempts left.',
    'notify.verify.tooManyAttempts': 'You have tried too many times. Ask for a new code.',
    'notify.verify.expired': 'The code has expired. Ask for a new code.',
  },
});
