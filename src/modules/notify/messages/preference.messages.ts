import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Which parts of the municipality may notify the citizen, and the history of notifications sent. */
export const preferenceMessages = defineCatalogue({
  da: {
    'notify.preferences.heading': 'Hvem må give dig besked?',
    'notify.preferences.lead':
      'Vælg for hver del af kommunen, om du vil have besked på SMS og/eller e-mail. Beskeden fortæller kun, at der er ny post – aldrig indholdet.',
    'notify.preferences.caption': 'Beskeder fra kommunens afdelinger',
    'notify.preferences.authority': 'Afdeling',
    'notify.preferences.save': 'Gem valg',
    'notify.preferences.noVerified.sms': 'Bekræft et mobilnummer, før du vælger SMS.',
    'notify.preferences.noVerified.email': 'Bekræft en e-mailadresse, før du vælger e-mail.',
    'notify.history.heading': 'Dine samtykker og ændringer',
    'notify.history.caption': 'Historik over samtykker og kontaktoplysninger, nyeste først',
    'notify.history.time': 'Tidspunkt',
    'notify.history.event': 'Hændelse',
    'notify.history.channel': 'Kanal',
    'notify.history.consent-given': 'Samtykke givet',
    'notify.history.consent-withdrawn': 'Samtykke trukket tilbage',
    'notify.history.contact-registered': 'Kode sendt',
    'notify.history.contact-verified': 'Bekræftet',
    'notify.history.contact-deleted': 'Slettet',
  },
  en: {
    'notify.preferences.heading': 'Who may notify you?',
    'notify.preferences.lead':
      'Choose for each part of the municipality whether you want to be told by SMS and/or e-mail. The notification only says there is new post – never what it says.',
    'notify.preferences.caption': 'Notifications from the municipality’s departments',
    'notify.preferences.authority': 'Department',
    'notify.preferences.save': 'Save choices',
    'notify.preferences.noVerified.sms': 'Confirm a mobile number before you choose SMS.',
    'notify.preferences.noVerified.email': 'Confirm an e-mail address before you choose e-mail.',
    'notify.history.heading': 'Your consents and changes',
    'notify.history.caption': 'History of consents and contact details, newest first',
    'notify.history.time': 'Time',
    'notify.history.event': 'Event',
    'notify.history.channel': 'Channel',
    'notify.history.consent-given': 'Consent given',
    'notify.history.consent-withdrawn': 'Consent withdrawn',
    'notify.history.contact-registered': 'Code sent',
    'notify.history.contact-verified': 'Confirmed',
    'notify.history.contact-deleted': 'Deleted',
  },
});
