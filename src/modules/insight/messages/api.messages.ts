import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The push API's problems and the alerts. */
export const apiMessages = defineCatalogue({
  da: {
    'insight.api.unknownFigure': 'Nøgletallet findes ikke.',
    'insight.api.computedFigure': 'Nøgletallet {id} beregnes af Raadhus selv og kan ikke indberettes.',
    'insight.api.invalid': 'Indberetningen har {count} fejl; intet er gemt.',
    'insight.api.dayInvalid': 'Dagen skal være en dato som ÅÅÅÅ-MM-DD.',
    'insight.api.dayInFuture': 'Dagen ligger i fremtiden.',
    'insight.api.dimensionUnknown': 'Nøgletallet kan ikke opdeles på {name}.',
    'insight.api.duplicate': 'Samme dag og opdeling står to gange i indberetningen.',
    'insight.alert.recipientInvalid': 'Skriv en gyldig e-mailadresse til modtageren af alarmen.',
    'insight.alert.subject': 'Alarm: {name} {day}',
    'insight.alert.text.below':
      '{name} ({cell}) var {value} den {day}, under alarmgrænsen {threshold}.\n\nSe nøgletallet: {link}\n\nDu får ikke flere mails om denne alarm, før tallet har været tilbage over grænsen.',
    'insight.alert.text.above':
      '{name} ({cell}) var {value} den {day}, over alarmgrænsen {threshold}.\n\nSe nøgletallet: {link}\n\nDu får ikke flere mails om denne alarm, før tallet har været tilbage under grænsen.',
    'insight.alerts.title': 'Alarmer',
    'insight.alerts.none': 'Ingen alarmer er udløst.',
    'insight.alerts.day': 'Dag',
    'insight.alerts.rule': 'Regel',
    'insight.alerts.rule.below': 'Under {threshold}',
    'insight.alerts.rule.above': 'Over {threshold}',
    'insight.alerts.cleared': 'Tilbage til normal',
    'insight.alerts.open': 'Aktiv',
  },
  en: {
    'insight.api.unknownFigure': 'The key figure does not exist.',
    'insight.api.computedFigure': 'The key figure {id} is computed by Raadhus itself and cannot be reported.',
    'insight.api.invalid': 'The batch has {count} errors; nothing was stored.',
    'insight.api.dayInvalid': 'The day must be a date as YYYY-MM-DD.',
    'insight.api.dayInFuture': 'The day is in the future.',
    'insight.api.dimensionUnknown': 'The key figure cannot be broken down by {name}.',
    'insight.api.duplicate': 'The same day and breakdown appear twice in the batch.',
    'insight.alert.recipientInvalid': "Enter a valid e-mail address for the alert's recipient.",
    'insight.alert.subject': 'Alarm: {name} {day}',
    'insight.alert.text.below':
      '{name} ({cell}) was {value} on {day}, below the alert threshold {threshold}.\n\nSee the key figure: {link}\n\nYou get no more e-mails about this alert until the figure has been back above the threshold.',
    'insight.alert.text.above':
      '{name} ({cell}) was {value} on {day}, above the alert threshold {threshold}.\n\nSee the key figure: {link}\n\nYou get no more e-mails about this alert until the figure has been back below the threshold.',
    'insight.alerts.title': 'Alerts',
    'insight.alerts.none': 'No alerts have been raised.',
    'insight.alerts.day': 'Day',
    'insight.alerts.rule': 'Rule',
    'insight.alerts.rule.below': 'Below {threshold}',
    'insight.alerts.rule.above': 'Above {threshold}',
    'insight.alerts.cleared': 'Back to normal',
    'insight.alerts.open': 'Active',
  },
});
