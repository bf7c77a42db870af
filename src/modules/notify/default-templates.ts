import type { Channel, TemplateKind } from './template-render.ts';

/** The templates a new installation starts with; administrators change them at /admin/notify/templates. */
export const defaultTemplates: Array<{
  kind: TemplateKind;
  channel: Channel;
  locale: 'da' | 'en';
  subject: string;
  body: string;
}> = [
  {
    kind: 'new-post',
    channel: 'sms',
    locale: 'da',
    subject: '',
    body: 'Du har fået ny digital post fra {{authorityName}}. {{notificationText}} Læs den på {{link}}',
  },
  {
    kind: 'new-post',
    channel: 'sms',
    locale: 'en',
    subject: '',
    body: 'You have new digital post from {{authorityName}}. {{notificationText}} Read it at {{link}}',
  },
  {
    kind: 'new-post',
    channel: 'email',
    locale: 'da',
    subject: 'Ny digital post fra {{authorityName}}',
    body: 'Kære {{recipientName}}\n\nDu har fået ny digital post fra {{authorityName}}.\n{{notificationText}}\n\nLog på og læs den her: {{link}}\n\nAf hensyn til din sikkerhed står indholdet ikke i denne e-mail.\n\nVenlig hilsen\n{{authorityName}}',
  },
  {
    kind: 'new-post',
    channel: 'email',
    locale: 'en',
    subject: 'New digital post from {{authorityName}}',
    body: 'Dear {{recipientName}}\n\nYou have new digital post from {{authorityName}}.\n{{notificationText}}\n\nLog in and read it here: {{link}}\n\nFor your security, the content is not included in this e-mail.\n\nKind regards\n{{authorityName}}',
  },
  {
    kind: 'reminder',
    channel: 'sms',
    locale: 'da',
    subject: '',
    body: 'Påmindelse fra {{authorityName}}: {{text}} {{startsAt}}, {{place}}.',
  },
  {
    kind: 'reminder',
    channel: 'sms',
    locale: 'en',
    subject: '',
    body: 'Reminder from {{authorityName}}: {{text}} {{startsAt}}, {{place}}.',
  },
  {
    kind: 'reminder',
    channel: 'email',
    locale: 'da',
    subject: 'Påmindelse: {{startsAt}}',
    body: 'Kære {{recipientName}}\n\nDette er en påmindelse fra {{authorityName}}.\n\n{{text}}\nTidspunkt: {{startsAt}}\nSted: {{place}}\n\nSe mere på {{link}}\n\nVenlig hilsen\n{{authorityName}}',
  },
  {
    kind: 'reminder',
    channel: 'email',
    locale: 'en',
    subject: 'Reminder: {{startsAt}}',
    body: 'Dear {{recipientName}}\n\nThis is a reminder from {{authorityName}}.\n\n{{text}}\nTime: {{startsAt}}\nPlace: {{place}}\n\nSee more at {{link}}\n\nKind regards\n{{authorityName}}',
  },
  {
    kind: 'verification',
    channel: 'sms',
    locale: 'da',
    subject: '',
    body: 'Din kode er {{code}}. Den gælder i {{minutes}} minutter. Indtast den på kommunens side. Del den ikke med andre.',
  },
  {
    kind: 'verification',
    channel: 'sms',
    locale: 'en',
    subject: '',
    body: 'Your code is {{code}}. It is valid for {{minutes}} minutes. Enter it on the municipality’s page. Do not share it.',
  },
  {
    kind: 'verification',
    channel: 'email',
    locale: 'da',
    subject: 'Din kode: {{code}}',
    body: 'Din kode er {{code}}.\n\nDen gælder i {{minutes}} minutter. Indtast den på kommunens side for at bekræfte din e-mailadresse.\n\nHar du ikke bedt om koden, kan du se bort fra denne e-mail.',
  },
  {
    kind: 'verification',
    channel: 'email',
    locale: 'en',
    subject: 'Your code: {{code}}',
    body: 'Your code is {{code}}.\n\nIt is valid for {{minutes}} minutes. Enter it on the municipality’s page to confirm your e-mail address.\n\nIf you did not ask for a code, you can ignore this e-mail.',
  },
  {
    kind: 'service-link',
    channel: 'sms',
    locale: 'da',
    subject: '',
    body: 'Fra {{authorityName}}: {{purposeName}} kan du klare selv på nettet, når det passer dig: {{link}}',
  },
  {
    kind: 'service-link',
    channel: 'sms',
    locale: 'en',
    subject: '',
    body: 'From {{authorityName}}: you can do {{purposeName}} yourself online, whenever it suits you: {{link}}',
  },
  {
    kind: 'service-link',
    channel: 'email',
    locale: 'da',
    subject: '{{purposeName}}: klar det selv på nettet',
    body: 'Kære {{recipientName}}\n\nSom aftalt sender vi dig linket til selvbetjeningen for {{purposeName}}. Her kan du klare det selv, når det passer dig:\n\n{{link}}\n\nVenlig hilsen\n{{authorityName}}',
  },
  {
    kind: 'service-link',
    channel: 'email',
    locale: 'en',
    subject: '{{purposeName}}: do it yourself online',
    body: 'Dear {{recipientName}}\n\nAs agreed, here is the link to the self-service solution for {{purposeName}}. You can do it yourself whenever it suits you:\n\n{{link}}\n\nKind regards\n{{authorityName}}',
  },
];
