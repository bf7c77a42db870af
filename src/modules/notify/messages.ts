import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { contactMessages } from './messages/contact.messages.ts';
import { preferenceMessages } from './messages/preference.messages.ts';
import { verificationMessages } from './messages/verification.messages.ts';
import { deliveryAdminMessages } from './messages/delivery-admin.messages.ts';
import { templateMessages } from './messages/template.messages.ts';
import { reminderMessages } from './messages/reminder.messages.ts';
import { serviceLinkMessages } from './messages/service-link.messages.ts';

/** The notify module's texts, one catalogue per area. */
export const notifyMessages = joinCatalogues(
  contactMessages,
  preferenceMessages,
  verificationMessages,
  deliveryAdminMessages,
  templateMessages,
  reminderMessages,
  serviceLinkMessages,
);
