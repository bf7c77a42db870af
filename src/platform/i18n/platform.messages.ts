import { joinCatalogues } from './i18n.ts';
import { shellMessages } from './messages/shell.messages.ts';
import { startPageMessages } from './messages/start-page.messages.ts';
import { roleMessages } from './messages/role.messages.ts';
import { errorMessages } from './messages/error.messages.ts';
import { signInMessages } from './messages/sign-in.messages.ts';
import { componentMessages } from './messages/component.messages.ts';
import { auditMessages } from './messages/audit.messages.ts';
import { staffStartMessages } from './messages/staff-start.messages.ts';
import { auditNameMessages } from './messages/audit-names.messages.ts';

/** Texts of the shared layout, login and error pages. Modules keep their own in `<module>/messages.ts`. */
export const platformMessages = joinCatalogues(
  shellMessages,
  startPageMessages,
  roleMessages,
  errorMessages,
  signInMessages,
  componentMessages,
  auditMessages,
  staffStartMessages,
  auditNameMessages,
);
