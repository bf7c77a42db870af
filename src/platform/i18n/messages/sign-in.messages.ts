import { defineCatalogue } from '../i18n.ts';

/** Signing in: login failures and the development identity provider. */
export const signInMessages = defineCatalogue({
  da: {
    'login.failed.title': 'Log på mislykkedes',
    'login.failed.text': 'Vi kunne ikke logge dig på. Prøv igen.',
    'login.replayed': 'Log på-forsøget er allerede brugt eller udløbet. Start forfra.',
    'login.otherBrowser':
      'Log på blev startet i en anden browser end denne, så vi har ikke logget dig på. Start forfra i denne browser.',
    'login.missingClaim': 'Identitetsudbyderen sendte ikke de oplysninger, vi skal bruge ({claim}).',
    'login.assuranceTooLow': 'Siden kræver sikringsniveau {required}. Du er logget på med {actual}.',
    'idp.title': 'Test-identitetsudbyder',
    'idp.lead':
      'Vælg en fiktiv testperson, virksomhed eller medarbejder at logge på som. Bruges kun i udvikling, demo og test – i drift bruges MitID via NemLog-in.',
    'idp.group.citizen': 'Testborgere',
    'idp.group.business': 'Testvirksomheder (MitID Erhverv)',
    'idp.group.staff': 'Testmedarbejdere',
    'idp.assurance': 'Sikringsniveau (NSIS)',
    'idp.continue': 'Log på',
    'idp.logout.title': 'Log af test-identitetsudbyderen',
    'idp.logout.question': 'Vil du også logge af identitetsudbyderen?',
    'idp.logout.yes': 'Ja, log mig af',
    'idp.logout.no': 'Nej',
  },
  en: {
    'login.failed.title': 'Login failed',
    'login.failed.text': 'We could not log you in. Please try again.',
    'login.replayed': 'This login attempt has already been used or has expired. Start again.',
    'login.otherBrowser':
      'This login was started in another browser, so we have not logged you in. Start again in this browser.',
    'login.missingClaim': 'The identity provider did not send the information we need ({claim}).',
    'login.assuranceTooLow': 'This page requires assurance level {required}. You are logged in with {actual}.',
    'idp.title': 'Test identity provider',
    'idp.lead':
      'Choose a fictitious test citizen, business or member of staff to log in as. Only for development, demo and tests – in production MitID via NemLog-in is used.',
    'idp.group.citizen': 'Test citizens',
    'idp.group.business': 'Test businesses (MitID Business)',
    'idp.group.staff': 'Test staff',
    'idp.assurance': 'Assurance level (NSIS)',
    'idp.continue': 'Log in',
    'idp.logout.title': 'Log out of the test identity provider',
    'idp.logout.question': 'Do you also want to log out of the identity provider?',
    'idp.logout.yes': 'Yes, log me out',
    'idp.logout.no': 'No',
  },
});
