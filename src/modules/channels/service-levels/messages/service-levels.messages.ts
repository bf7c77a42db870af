import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { targetAdminMessages } from './admin.messages.ts';
import { publicMessages } from './public.messages.ts';
import { reportMessages } from './report.messages.ts';
import { noticeMessages } from './notice.messages.ts';

/** The service-level texts, one catalogue per audience. */
export const serviceLevelMessages = joinCatalogues(reportMessages, targetAdminMessages, publicMessages, noticeMessages);
