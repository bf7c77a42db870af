import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { bookingMessages } from './messages/booking.messages.ts';
import { deskMessages } from './messages/desk.messages.ts';
import { chatMessages } from './messages/chat.messages.ts';
import { holdMessages } from './messages/hold.messages.ts';
import { manageMessages } from './messages/manage.messages.ts';

/** The front desk's texts, one catalogue per area. */
export const frontdeskMessages = joinCatalogues(
  bookingMessages,
  deskMessages,
  chatMessages,
  holdMessages,
  manageMessages,
);
