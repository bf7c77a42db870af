import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The applicant's self-service answers on the caseworker's case page. */
export const answersMessages = defineCatalogue({
  da: {
    'cases.answers.title': 'Ansøgerens svar',
    'cases.answers.version': 'Svarene er givet i version {version} af selvbetjeningsformularen.',
    'cases.answers.empty': 'Ikke besvaret',
  },
  en: {
    'cases.answers.title': "The applicant's answers",
    'cases.answers.version': 'The answers were given in version {version} of the self-service form.',
    'cases.answers.empty': 'Not answered',
  },
});
