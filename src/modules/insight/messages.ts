import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { apiMessages } from './messages/api.messages.ts';
import { dashboardMessages } from './messages/dashboard.messages.ts';
import { figureMessages } from './messages/figure.messages.ts';
import { importMessages } from './messages/import.messages.ts';

/** The insight module's texts, one catalogue per area. */
export const insightMessages = joinCatalogues(dashboardMessages, figureMessages, apiMessages, importMessages);
