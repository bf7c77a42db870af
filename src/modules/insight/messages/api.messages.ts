import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The push API's problems. */
export const apiMessages = defineCatalogue({
  da: {
    'insight.api.unknownFigure': 'Nøgletallet findes ikke.',
    'insight.api.computedFigure': 'Nøgletallet {id} beregnes af Raadhus selv og kan ikke indberettes.',
    'insight.api.invalid': 'Indberetningen har {count} fejl; intet er gemt.',
    'insight.api.dayInvalid': 'Dagen skal være en dato som ÅÅÅÅ-MM-DD.',
    'insight.api.dayInFuture': 'Dagen ligger i fremtiden.',
    'insight.api.dimensionUnknown': 'Nøgletallet kan ikke opdeles på {name}.',
    'insight.api.duplicate': 'Samme dag og opdeling står to gange i indberetningen.',
  },
  en: {
    'insight.api.unknownFigure': 'The key figure does not exist.',
    'insight.api.computedFigure': 'The key figure {id} is computed by Raadhus itself and cannot be reported.',
    'insight.api.invalid': 'The batch has {count} errors; nothing was stored.',
    'insight.api.dayInvalid': 'The day must be a date as YYYY-MM-DD.',
    'insight.api.dayInFuture': 'The day is in the future.',
    'insight.api.dimensionUnknown': 'The key figure cannot be broken down by {name}.',
    'insight.api.duplicate': 'The same day and breakdown appear twice in the batch.',
  },
});
