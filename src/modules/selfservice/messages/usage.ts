import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Staff: how self-service is used. */
export const usageMessages = defineCatalogue({
  da: {
    'selfservice.usage.title': 'Brug af selvbetjening',
    'selfservice.usage.lead':
      'Antal påbegyndte, udfyldte trin, indsendte og opgivne ansøgninger pr. løsning. Tallene er anonyme og kan sammenlignes med andre kanaler.',
    'selfservice.usage.from': 'Fra dato',
    'selfservice.usage.to': 'Til dato',
    'selfservice.usage.granularity': 'Opdel pr.',
    'selfservice.usage.day': 'Dag',
    'selfservice.usage.month': 'Måned',
    'selfservice.usage.show': 'Vis',
    'selfservice.usage.csv': 'Hent som CSV',
    'selfservice.usage.totals': 'I alt pr. løsning',
    'selfservice.usage.byPeriod': 'Pr. periode',
    'selfservice.usage.period': 'Periode',
    'selfservice.usage.solution': 'Løsning',
    'selfservice.usage.event.started': 'Påbegyndt',
    'selfservice.usage.event.step_completed': 'Trin udfyldt',
    'selfservice.usage.event.submitted': 'Indsendt',
    'selfservice.usage.event.abandoned': 'Opgivet',
    'selfservice.usage.completionRate': 'Gennemførelse',
    'selfservice.usage.chart': 'Diagram: påbegyndt, indsendt og opgivet pr. løsning. Tallene står i tabellen nedenfor.',
    'selfservice.usage.range': 'Fra-datoen skal ligge før til-datoen.',
    'selfservice.usage.invalidDate': 'Skriv en dato som ÅÅÅÅ-MM-DD',
    'selfservice.usage.noData': 'Ingen tal i perioden.',
    'selfservice.usage.method': 'Sådan tælles der',
    'selfservice.usage.methodText':
      'Påbegyndt: en kladde oprettes. Trin udfyldt: et trin godkendes første gang. Indsendt: en sag oprettes. Opgivet: en kladde har ikke været rørt i {days} dage (tælles én gang af et dagligt job).',
  },
  en: {
    'selfservice.usage.title': 'Use of self-service',
    'selfservice.usage.lead':
      'Applications started, steps completed, applications submitted and abandoned per solution. The figures are anonymous and can be compared with other channels.',
    'selfservice.usage.from': 'From date',
    'selfservice.usage.to': 'To date',
    'selfservice.usage.granularity': 'Group by',
    'selfservice.usage.day': 'Day',
    'selfservice.usage.month': 'Month',
    'selfservice.usage.show': 'Show',
    'selfservice.usage.csv': 'Download as CSV',
    'selfservice.usage.totals': 'Totals per solution',
    'selfservice.usage.byPeriod': 'Per period',
    'selfservice.usage.period': 'Period',
    'selfservice.usage.solution': 'Solution',
    'selfservice.usage.event.started': 'Started',
    'selfservice.usage.event.step_completed': 'Steps completed',
    'selfservice.usage.event.submitted': 'Submitted',
    'selfservice.usage.event.abandoned': 'Abandoned',
    'selfservice.usage.completionRate': 'Completion',
    'selfservice.usage.chart':
      'Chart: started, submitted and abandoned per solution. The figures are in the table below.',
    'selfservice.usage.range': 'The from date must be before the to date.',
    'selfservice.usage.invalidDate': 'Enter a date as YYYY-MM-DD',
    'selfservice.usage.noData': 'No figures in the period.',
    'selfservice.usage.method': 'How we count',
    'selfservice.usage.methodText':
      'Started: a draft is created. Step completed: a step is accepted for the first time. Submitted: a case is created. Abandoned: a draft has not been touched for {days} days (counted once by a daily job).',
  },
});
