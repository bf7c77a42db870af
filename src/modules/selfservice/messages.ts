import type { Catalogue } from '#platform/i18n/i18n.ts';
import { catalogueMessages } from './messages/catalogue.ts';
import { draftMessages } from './messages/drafts.ts';
import { formMessages } from './messages/form.ts';
import { receiptMessages } from './messages/receipt.ts';
import { usageMessages } from './messages/usage.ts';
import { validationMessages } from './messages/validation.ts';

/** The catalogues, each checked for the same Danish and English keys in its own file. */
const parts: readonly Catalogue[] = [
  catalogueMessages,
  formMessages,
  validationMessages,
  draftMessages,
  receiptMessages,
  usageMessages,
];

/** Self-service's texts, registered together. */
export const selfserviceMessages: Catalogue = {
  da: Object.assign({}, ...parts.map((part) => part.da)),
  en: Object.assign({}, ...parts.map((part) => part.en)),
};
