import { defineCatalogue } from '../i18n.ts';

/** The audit log page. */
export const auditMessages = defineCatalogue({
  da: {
    'audit.title': 'Revisionslog',
    'audit.lead':
      'Alle medarbejderes opslag og ændringer i borgeres og virksomheders oplysninger. Loggen kan ikke ændres, og kæden af hashværdier afslører, hvis nogen forsøger.',
    'audit.filter.cpr': 'Person (CPR-nummer)',
    'audit.filter.action': 'Handling',
    'audit.filter.actionHint': 'Fx person:lookup eller case:read',
    'audit.filter.actor': 'Medarbejder-id',
    'audit.filter.from': 'Fra dato',
    'audit.filter.to': 'Til dato',
    'audit.column.when': 'Tidspunkt',
    'audit.column.actor': 'Hvem',
    'audit.column.action': 'Handling',
    'audit.column.object': 'Hvad',
    'audit.column.purpose': 'Formål',
    'audit.verify.title': 'Kontrollér loggens integritet',
    'audit.verify.ok': 'Loggen er intakt: {count} poster kontrolleret.',
    'audit.verify.broken': 'Loggen er brudt ved post {id}.',
  },
  en: {
    'audit.title': 'Audit log',
    'audit.lead':
      "Every staff read and change of citizens' and businesses' data. The log cannot be changed, and its chain of hashes reveals anyone who tries.",
    'audit.filter.cpr': 'Person (CPR number)',
    'audit.filter.action': 'Action',
    'audit.filter.actionHint': 'E.g. person:lookup or case:read',
    'audit.filter.actor': 'Staff id',
    'audit.filter.from': 'From date',
    'audit.filter.to': 'To date',
    'audit.column.when': 'When',
    'audit.column.actor': 'Who',
    'audit.column.action': 'Action',
    'audit.column.object': 'What',
    'audit.column.purpose': 'Purpose',
    'audit.verify.title': "Verify the log's integrity",
    'audit.verify.ok': 'The log is intact: {count} entries checked.',
    'audit.verify.broken': 'The log is broken at entry {id}.',
  },
});
