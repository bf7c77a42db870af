import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** The dashboard: tiles, status, period, charts. */
export const dashboardMessages = defineCatalogue({
  da: {
    'insight.menu': 'Nøgletal',
    'insight.dashboard.title': 'Nøgletal for kommunen',
    'insight.dashboard.lead':
      'Kommunens nøgletal i perioden, beregnet af Raadhus fra det, der er sket i løsningerne, og målt mod målene.',
    'insight.dashboard.linkDescription': 'Se nøgletallene mod målene, med udvikling, definition og datakilde.',
    'insight.dashboard.method': 'Sådan er tallene opgjort',
    'insight.dashboard.methodText':
      'Hvert nøgletal tælles pr. dag ud fra hændelser i løsningerne (breve, notifikationer, sager, selvbetjening) eller indberettes af andre systemer. Hver nat genberegnes de seneste 7 dage, så sene hændelser kommer med på den rigtige dag. Tal, der bygger på færre end 5 personer, vises som "< 5". Klik på et nøgletal for at se, præcis hvordan det er beregnet, og hvor tallene kommer fra.',
    'insight.period.from': 'Fra dato',
    'insight.period.to': 'Til dato',
    'insight.period.show': 'Vis tal',
    'insight.period.csv': 'Hent som CSV',
    'insight.period.dateInvalid': 'Skriv en dato som ÅÅÅÅ-MM-DD.',
    'insight.period.toBeforeFrom': 'Til-datoen ligger før fra-datoen.',
    'insight.period.tooLong': 'Vælg en periode på højst {days} dage.',
    'insight.tile.target.higher': 'Mål: mindst {green} (rød under {red})',
    'insight.tile.target.lower': 'Mål: højst {green} (rød over {red})',
    'insight.tile.noTarget': 'Intet mål fastsat',
    'insight.status.green': 'Grøn: målet er nået',
    'insight.status.amber': 'Gul: tæt på målet',
    'insight.status.red': 'Rød: langt fra målet',
    'insight.chart.cases-received': 'Modtagne sager pr. sagstype',
    'insight.chart.inquiries': 'Henvendelser pr. kanal',
    'insight.unit.count': 'Antal',
    'insight.unit.percent': 'Procent',
    'insight.unit.seconds': '{value} sek.',
  },
  en: {
    'insight.menu': 'Key figures',
    'insight.dashboard.title': "The municipality's key figures",
    'insight.dashboard.lead':
      "The municipality's key figures in the period, computed by Raadhus from what happened in its services, and measured against their targets.",
    'insight.dashboard.linkDescription':
      'See the key figures against their targets, with trend, definition and source.',
    'insight.dashboard.method': 'How the figures are made',
    'insight.dashboard.methodText':
      'Each key figure is counted per day from events in the services (letters, notifications, cases, self-service) or reported by other systems. Every night the last 7 days are recomputed, so late events land on the right day. Figures based on fewer than 5 people are shown as "< 5". Select a key figure to see exactly how it is computed and where its numbers come from.',
    'insight.period.from': 'From date',
    'insight.period.to': 'To date',
    'insight.period.show': 'Show figures',
    'insight.period.csv': 'Download as CSV',
    'insight.period.dateInvalid': 'Enter a date as YYYY-MM-DD.',
    'insight.period.toBeforeFrom': 'The to date is before the from date.',
    'insight.period.tooLong': 'Choose a period of at most {days} days.',
    'insight.tile.target.higher': 'Target: at least {green} (red below {red})',
    'insight.tile.target.lower': 'Target: at most {green} (red above {red})',
    'insight.tile.noTarget': 'No target set',
    'insight.status.green': 'Green: target met',
    'insight.status.amber': 'Amber: close to target',
    'insight.status.red': 'Red: far from target',
    'insight.chart.cases-received': 'Cases received per case type',
    'insight.chart.inquiries': 'Inquiries per channel',
    'insight.unit.count': 'Number',
    'insight.unit.percent': 'Per cent',
    'insight.unit.seconds': '{value} s',
  },
});
