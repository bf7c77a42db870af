import { defineCatalogue } from '../i18n.ts';

/** The page shell: the solution's name, the layout, the main menu and the footer. */
export const shellMessages = defineCatalogue({
  da: {
    'app.name': 'Raadhus',
    'app.solution': 'Kommunens digitale service',
    'app.municipality': 'Demo Kommune',
    'layout.skipToContent': 'Gå til sidens indhold',
    'layout.mainMenu': 'Hovedmenu',
    'layout.chooseLanguage': 'Vælg sprog',
    'layout.login': 'Log på',
    'layout.logout': 'Log af',
    'layout.footer.contact': 'Kontakt kommunen',
    'layout.footer.accessibility': 'Tilgængelighedserklæring',
    'layout.footer.privacy': 'Privatlivspolitik',
    'layout.footer.api': 'API-dokumentation',
    'layout.testData': 'Testmiljø – alle personer og virksomheder er fiktive testdata.',
    'nav.home': 'Forside',
    'nav.myPage': 'Min side',
    'nav.staff': 'Medarbejder',
    'nav.admin': 'Administration',
    'about.accessibility.title': 'Tilgængelighedserklæring',
    'about.accessibility.text':
      'Løsningen er bygget på Det Fælles Designsystem og testes automatisk mod WCAG 2.1 AA med axe. Oplever du problemer med tilgængeligheden, så kontakt kommunen.',
    'about.privacy.title': 'Privatlivspolitik',
    'about.privacy.text':
      'Kommunen behandler dine personoplysninger for at kunne behandle dine sager. Alle medarbejderopslag i dine oplysninger logges.',
  },
  en: {
    'app.name': 'Raadhus',
    'app.solution': "The municipality's digital service",
    'app.municipality': 'Demo Municipality',
    'layout.skipToContent': 'Skip to content',
    'layout.mainMenu': 'Main menu',
    'layout.chooseLanguage': 'Choose language',
    'layout.login': 'Log in',
    'layout.logout': 'Log out',
    'layout.footer.contact': 'Contact the municipality',
    'layout.footer.accessibility': 'Accessibility statement',
    'layout.footer.privacy': 'Privacy policy',
    'layout.footer.api': 'API documentation',
    'layout.testData': 'Test environment – all people and businesses are fictitious test data.',
    'nav.home': 'Home',
    'nav.myPage': 'My page',
    'nav.staff': 'Staff',
    'nav.admin': 'Administration',
    'about.accessibility.title': 'Accessibility statement',
    'about.accessibility.text':
      'The solution is built on Det Fælles Designsystem and tested automatically against WCAG 2.1 AA with axe. If you experience accessibility problems, contact the municipality.',
    'about.privacy.title': 'Privacy policy',
    'about.privacy.text':
      'The municipality processes your personal data to handle your cases. Every look-up of your data by staff is logged.',
  },
});
