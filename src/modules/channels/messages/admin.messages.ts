import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Administration of inquiry purposes and their strategy versions. */
export const adminMessages = defineCatalogue({
  da: {
    'channels.admin.title': 'Henvendelsesformål og kanalstrategi',
    'channels.admin.lead':
      'Formålene med borgernes henvendelser, og for hvert formål de tilbudte kanaler, den ønskede kanal, enhedspriser og målfordeling.',
    'channels.purpose.name': 'Formål',
    'channels.purpose.code': 'Kode',
    'channels.purpose.kle': 'KLE-nummer',
    'channels.purpose.department': 'Afdeling',
    'channels.purpose.type': 'Henvendelsestype',
    'channels.purpose.caseType': 'Sagstype',
    'channels.purpose.selfservice': 'Selvbetjeningsløsning',
    'channels.purpose.validFrom': 'Gælder fra',
    'channels.purpose.notFound': 'Formålet findes ikke.',
  },
  en: {
    'channels.admin.title': 'Inquiry purposes and channel strategy',
    'channels.admin.lead':
      "The purposes of citizens' inquiries and, for each, the channels offered, the desired channel, unit costs and the target mix.",
    'channels.purpose.name': 'Purpose',
    'channels.purpose.code': 'Code',
    'channels.purpose.kle': 'KLE number',
    'channels.purpose.department': 'Department',
    'channels.purpose.type': 'Inquiry type',
    'channels.purpose.caseType': 'Case type',
    'channels.purpose.selfservice': 'Self-service solution',
    'channels.purpose.validFrom': 'Valid from',
    'channels.purpose.notFound': 'The purpose does not exist.',
  },
});
