import { joinCatalogues } from '#platform/i18n/i18n.ts';
import { architectureMessages } from './messages/architecture.messages.ts';
import { codeMessages } from './messages/codes.messages.ts';
import { contractMessages } from './messages/contract.messages.ts';
import { editorMessages } from './messages/editor.messages.ts';
import { planMessages } from './messages/plan.messages.ts';
import { registerMessages } from './messages/register.messages.ts';
import { securityMessages } from './messages/security.messages.ts';

/** The governance module's texts, one catalogue per area. */
export const governanceMessages = joinCatalogues(
  codeMessages,
  registerMessages,
  contractMessages,
  securityMessages,
  architectureMessages,
  planMessages,
  editorMessages,
);
