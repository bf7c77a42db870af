import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { mailboxMessages } from './messages/mailbox.messages.ts';
import { writingMessages } from './messages/writing.messages.ts';
import { registrationMessages } from './messages/registration.messages.ts';
import { staffMessages } from './messages/staff.messages.ts';
import { printMessages } from './messages/print.messages.ts';
import { bulkMessages } from './messages/bulk.messages.ts';
import { memoMessages } from './messages/memo.messages.ts';

/** The post module's texts, one catalogue per area. */
export const postMessages = joinCatalogues(
  mailboxMessages,
  writingMessages,
  registrationMessages,
  staffMessages,
  printMessages,
  bulkMessages,
  memoMessages,
);
