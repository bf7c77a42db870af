/**
 * Notification templates: plain text with {{placeholder}}s. Each kind of notification allows a fixed set
 * of placeholders, none of which can carry a message body or a CPR number; a template naming any other
 * placeholder is refused when an administrator saves it.
 */
export const templateKinds = ['new-post', 'reminder', 'verification', 'service-link'] as const;
export type TemplateKind = (typeof templateKinds)[number];
export const channels = ['sms', 'email'] as const;
export type Channel = (typeof channels)[number];

export const allowedPlaceholders: Record<TemplateKind, readonly string[]> = {
  'new-post': ['authorityName', 'link', 'notificationText', 'recipientName'],
  reminder: ['authorityName', 'startsAt', 'place', 'text', 'link', 'recipientName'],
  verification: ['code', 'minutes'],
  'service-link': ['authorityName', 'purposeName', 'link', 'recipientName'],
};

/** An SMS of more than four concatenated parts is refused: long texts belong in the letter, not the SMS. */
export const MAX_SMS_LENGTH = 612;
export const MAX_SUBJECT_LENGTH = 150;
export const MAX_EMAIL_LENGTH = 4000;

const placeholderPattern = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;
/** Ten digits that could be a CPR number: a day and month in front, with or without the dash (not part of a longer number). */
const cprLike = /(?<![\d+])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-?\d{4}(?!\d)/;

export const looksLikeCpr = (text: string): boolean => cprLike.test(text);

export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].map((match) => match[1]);
}

export type TemplateProblem =
  | { field: 'body' | 'subject'; problem: 'unknownPlaceholder'; placeholder: string }
  | { field: 'body' | 'subject'; problem: 'required' | 'tooLong' | 'cpr' | 'brokenPlaceholder' };

/** Checks a template as an administrator wrote it; an empty list means it can be saved. */
export function validateTemplate(
  kind: TemplateKind,
  channel: Channel,
  template: { subject: string; body: string },
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const allowed = allowedPlaceholders[kind];
  const fields: Array<['body' | 'subject', string]> =
    channel === 'email'
      ? [
          ['subject', template.subject],
          ['body', template.body],
        ]
      : [['body', template.body]];
  for (const [field, text] of fields) {
    if (!text.trim()) {
      problems.push({ field, problem: 'required' });
      continue;
    }
    const max = field === 'subject' ? MAX_SUBJECT_LENGTH : channel === 'sms' ? MAX_SMS_LENGTH : MAX_EMAIL_LENGTH;
    if (text.length > max) problems.push({ field, problem: 'tooLong' });
    if (looksLikeCpr(text)) problems.push({ field, problem: 'cpr' });
    for (const placeholder of placeholdersIn(text))
      if (!allowed.includes(placeholder)) problems.push({ field, problem: 'unknownPlaceholder', placeholder });
    // braces left after removing the well-formed placeholders: a typo such as {{link} or {authorityName}
    if (/\{|\}/.test(text.replace(placeholderPattern, ''))) problems.push({ field, problem: 'brokenPlaceholder' });
  }
  return problems;
}

/**
 * Fills the placeholders. Values are single-line (a value cannot add lines to an SMS) and any value that
 * looks like a CPR number is left out, as a last guard against personal data in a notification.
 */
export function renderTemplate(text: string, values: Record<string, string | undefined>): string {
  return text
    .replace(placeholderPattern, (_whole, name: string) => {
      const value = (values[name] ?? '').replace(/[\r\n]+/g, ' ').trim();
      return looksLikeCpr(value) ? '' : value;
    })
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
