import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The words the engine adds to workflow letters: the heading of the klagevejledning. */
export const letterMessages = defineCatalogue({
  da: { 'cases.letter.appealGuidance': 'Klagevejledning' },
  en: { 'cases.letter.appealGuidance': 'How to complain' },
});
