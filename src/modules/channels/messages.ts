import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { adminMessages } from './messages/admin.messages.ts';
import { codeMessages } from './messages/codes.messages.ts';
import { figuresMessages } from './messages/figures.messages.ts';
import { registerMessages } from './messages/register.messages.ts';
import { versionMessages } from './messages/version.messages.ts';
import { newPurposeMessages } from './messages/new-purpose.messages.ts';
import { importsMessages } from './messages/imports.messages.ts';
import { baselineMessages } from './messages/baseline.messages.ts';
import { contactMessages } from './messages/contact.messages.ts';
import { historyMessages } from './messages/history.messages.ts';
import { serviceLinkMessages } from './messages/service-link.messages.ts';
import { hoursMessages } from './messages/hours.messages.ts';
import { callbackMessages } from './messages/callbacks.messages.ts';

/** The channels module's texts, one catalogue per area. */
export const channelsMessages = joinCatalogues(
  codeMessages,
  registerMessages,
  figuresMessages,
  adminMessages,
  versionMessages,
  newPurposeMessages,
  importsMessages,
  baselineMessages,
  contactMessages,
  historyMessages,
  serviceLinkMessages,
  hoursMessages,
  callbackMessages,
);
