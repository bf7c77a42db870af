import { defineCatalogue } from '#platform/i18n/i18n.ts';

/** Channels and inquiry types. */
export const codeMessages = defineCatalogue({
  da: {
    'channels.channel.attendance': 'Personligt fremmøde',
    'channels.channel.phone': 'Telefon',
    'channels.channel.letter': 'Brev',
    'channels.channel.email': 'E-mail',
    'channels.channel.sms': 'SMS',
    'channels.channel.web-chat': 'Webchat',
    'channels.channel.video': 'Videomøde',
    'channels.channel.selfservice': 'Selvbetjening',
    'channels.channel.digital-post': 'Digital Post',
    'channels.channel.system': 'Fagsystem',
    'channels.inquiryType.information': 'Information',
    'channels.inquiryType.transaction': 'Ansøgning eller anmeldelse',
    'channels.inquiryType.case-status': 'Status på egen sag',
    'channels.api.invalid': 'En eller flere henvendelser kunne ikke registreres; intet er gemt.',
    'channels.api.unknownPurpose': 'Ukendt formål: {code}.',
  },
  en: {
    'channels.channel.attendance': 'In person',
    'channels.channel.phone': 'Phone',
    'channels.channel.letter': 'Letter',
    'channels.channel.email': 'E-mail',
    'channels.channel.sms': 'SMS',
    'channels.channel.web-chat': 'Web chat',
    'channels.channel.video': 'Video meeting',
    'channels.channel.selfservice': 'Self-service',
    'channels.channel.digital-post': 'Digital Post',
    'channels.channel.system': 'Line-of-business system',
    'channels.inquiryType.information': 'Information',
    'channels.inquiryType.transaction': 'Application or notification',
    'channels.inquiryType.case-status': 'Status of own case',
    'channels.api.invalid': 'One or more inquiries could not be registered; nothing was stored.',
    'channels.api.unknownPurpose': 'Unknown purpose: {code}.',
  },
});
