import type { Catalogue } from '#platform/i18n/i18n.ts';
import { engineMessages } from './engine/engine-messages.ts';
import { answersMessages } from './messages/answers.ts';
import { caseHistoryMessages } from './messages/case-history.ts';
import { caseRecordMessages } from './messages/case-record.ts';
import { caseTypesAdminMessages } from './messages/case-types-admin.ts';
import { documentsAndNotesMessages } from './messages/documents-and-notes.ts';
import { intakeMessages } from './messages/intake.ts';
import { letterMessages } from './messages/letters.ts';
import { myCasesMessages } from './messages/my-cases.ts';
import { queueMessages } from './messages/queue.ts';
import { taskMessages } from './messages/tasks.ts';
import { transitionMessages } from './messages/transitions.ts';

/** The catalogues, each checked for the same Danish and English keys in its own file. */
const parts: readonly Catalogue[] = [
  engineMessages,
  queueMessages,
  caseRecordMessages,
  caseHistoryMessages,
  transitionMessages,
  documentsAndNotesMessages,
  taskMessages,
  intakeMessages,
  myCasesMessages,
  caseTypesAdminMessages,
  answersMessages,
  letterMessages,
];

/** The case engine's texts (diagram words) and the module's, registered together. */
export const casesMessages: Catalogue = {
  da: Object.assign({}, ...parts.map((part) => part.da)),
  en: Object.assign({}, ...parts.map((part) => part.en)),
};
