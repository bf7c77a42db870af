import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { staffRoleMessages } from './messages/staff-roles.messages.ts';
import { apiClientMessages } from './messages/api-client.messages.ts';
import { scopeNameMessages } from './messages/scope-names.messages.ts';

/** The identity module's texts, one catalogue per area. */
export const identityMessages = joinCatalogues(staffRoleMessages, apiClientMessages, scopeNameMessages);
