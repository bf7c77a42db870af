import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The public page of published processing times. */
export const publicMessages = defineCatalogue({
  da: {
    'channels.processingTimes.title': 'Sagsbehandlingstider',
    'channels.processingTimes.lead':
      'Hvor lang tid kommunen højst bruger på at afgøre en sag af hver type, og hvor ofte det lykkedes i {quarter}.',
    'channels.processingTimes.quarter': '{quarter}. kvartal {year}',
    'channels.processingTimes.caption': 'Offentliggjorte sagsbehandlingstider',
    'channels.processingTimes.caseType': 'Sagstype',
    'channels.processingTimes.published': 'Sagsbehandlingstid',
    'channels.processingTimes.due': 'Sager afgjort eller over fristen i kvartalet',
    'channels.processingTimes.kept': 'Afgjort til tiden',
    'channels.processingTimes.working_days': '{amount} arbejdsdage',
    'channels.processingTimes.calendar_days': '{amount} dage',
    'channels.processingTimes.none': 'Ingen sager',
    'channels.processingTimes.law':
      'Efter retssikkerhedslovens § 3 offentliggør kommunen, hvor lang tid der må gå, fra en ansøgning modtages, til der er truffet afgørelse. Kan en frist ikke holdes, får du skriftligt besked om hvorfor og hvornår du kan forvente en afgørelse.',
    'channels.processingTimes.none.cases': 'Kommunen har ikke offentliggjort sagsbehandlingstider endnu.',
  },
  en: {
    'channels.processingTimes.title': 'Processing times',
    'channels.processingTimes.lead':
      'The longest the municipality takes to decide a case of each type, and how often that was kept in {quarter}.',
    'channels.processingTimes.quarter': 'Q{quarter} {year}',
    'channels.processingTimes.caption': 'Published processing times',
    'channels.processingTimes.caseType': 'Case type',
    'channels.processingTimes.published': 'Processing time',
    'channels.processingTimes.due': 'Cases decided or past their deadline in the quarter',
    'channels.processingTimes.kept': 'Decided in time',
    'channels.processingTimes.working_days': '{amount} working days',
    'channels.processingTimes.calendar_days': '{amount} days',
    'channels.processingTimes.none': 'No cases',
    'channels.processingTimes.law':
      'Under section 3 of the Danish Act on Legal Protection and Administration in Social Matters, the municipality publishes how long it may take from receiving an application to a decision. If a deadline cannot be kept, you are told in writing why and when to expect a decision.',
    'channels.processingTimes.none.cases': 'The municipality has not published processing times yet.',
  },
});
