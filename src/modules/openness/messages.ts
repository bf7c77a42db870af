import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { listMessages } from './messages/list.messages.ts';
import { requestMessages } from './messages/request.messages.ts';
import { staffMessages } from './messages/staff.messages.ts';

/** The openness module's texts, one catalogue per audience. */
export const opennessMessages = joinCatalogues(listMessages, requestMessages, staffMessages);
