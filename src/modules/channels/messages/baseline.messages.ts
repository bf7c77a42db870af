import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The figures page's comparison with a baseline period, and failure demand. */
export const baselineMessages = defineCatalogue({
  da: {
    'channels.komhen.heading': 'Tælleuge uden at tælle (KOMHEN)',
    'channels.komhen.text':
      'Periodens henvendelser i KOMHEN-kategorierne: kanal, KLE-opgave, henvendelsestype (information, ansøgning, status, fejlefterspørgsel) og hvordan henvendelsen blev afsluttet.',
    'channels.komhen.csv': 'Hent KOMHEN-optælling som CSV',
    'channels.baseline.baselineFrom': 'Basisperiode fra',
    'channels.baseline.baselineTo': 'Basisperiode til',
    'channels.baseline.heading': 'Udvikling siden basisperioden',
    'channels.baseline.summary':
      'Mod basisperioden {from} – {to} er besparelsen {saving}. {failureDemand} henvendelser kunne være undgået (fejlefterspørgsel).',
    'channels.baseline.baselineShare': 'Andel i ønsket kanal før',
    'channels.baseline.share': 'Andel i ønsket kanal nu',
    'channels.baseline.shift': 'Forskydning',
    'channels.baseline.points': 'point',
    'channels.baseline.failureDemand': 'Fejlefterspørgsel',
    'channels.baseline.costAtBaseline': 'Omkostning ved basisfordelingen',
    'channels.baseline.cost': 'Omkostning',
    'channels.baseline.saving': 'Besparelse',
    'channels.baseline.method':
      'Besparelsen er periodens henvendelser ganget med basisperiodens gennemsnitlige pris pr. henvendelse, minus hvad de kostede nu: en forskydning til billigere kanaler giver en besparelse, flere henvendelser gør ikke. Fejlefterspørgsel er henvendelser ved telefon eller fremmøde om status på en sag, der kan ses under "Mine sager", eller til en afdeling, hvis brev borgeren ikke har åbnet i Digital Post (inden for 14 dage).',
  },
  en: {
    'channels.komhen.heading': 'Count weeks without counting (KOMHEN)',
    'channels.komhen.text':
      "The period's inquiries in KOMHEN's categories: channel, KLE task, inquiry type (information, transaction, status, failure demand) and how the inquiry was closed.",
    'channels.komhen.csv': 'Download the KOMHEN count as CSV',
    'channels.baseline.baselineFrom': 'Baseline from',
    'channels.baseline.baselineTo': 'Baseline to',
    'channels.baseline.heading': 'Change since the baseline',
    'channels.baseline.summary':
      'Against the baseline {from} – {to} the saving is {saving}. {failureDemand} inquiries could have been avoided (failure demand).',
    'channels.baseline.baselineShare': 'Share in desired channel before',
    'channels.baseline.share': 'Share in desired channel now',
    'channels.baseline.shift': 'Shift',
    'channels.baseline.points': 'points',
    'channels.baseline.failureDemand': 'Failure demand',
    'channels.baseline.costAtBaseline': 'Cost at the baseline mix',
    'channels.baseline.cost': 'Cost',
    'channels.baseline.saving': 'Saving',
    'channels.baseline.method':
      'The saving is the period\'s inquiries times the baseline\'s average cost per inquiry, minus what they cost now: a shift to cheaper channels is a saving, more inquiries are not. Failure demand is a phone or desk inquiry about the status of a case shown on "My cases", or to a department whose letter the citizen has not opened in Digital Post (within 14 days).',
  },
});
