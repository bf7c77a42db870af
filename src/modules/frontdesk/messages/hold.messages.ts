import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** A held time while the citizen confirms. */
export const holdMessages = defineCatalogue({
  da: {
    'frontdesk.book.holdNote':
      'Når du har valgt en tid, holder vi den til dig i {minutes} minutter, mens du bekræfter.',
    'frontdesk.book.heldUntil': 'Tiden er holdt til dig til kl. {time}. Bekræft den inden da.',
    'frontdesk.error.holdGone': 'Tiden er ikke længere holdt til dig. Vælg en tid igen.',
  },
  en: {
    'frontdesk.book.holdNote': 'When you choose a time, we hold it for you for {minutes} minutes while you confirm.',
    'frontdesk.book.heldUntil': 'The time is held for you until {time}. Confirm it before then.',
    'frontdesk.error.holdGone': 'The time is no longer held for you. Choose a time again.',
  },
});
