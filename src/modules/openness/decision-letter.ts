import { formatDate, t, type Locale } from '#platform/i18n/i18n.ts';
import type { LegalGround } from './openness-codes.ts';
import { redactedCopy } from './redaction.ts';
import type { RequestDocument } from './request-documents.ts';
import type { RequestRow } from './repository/request.repository.ts';

export interface DecidedRequest {
  request: Pick<RequestRow, 'kind' | 'decision' | 'decision_reason'>;
  entries: RequestDocument[];
  handedOut: ReadonlySet<string>;
  redactions: Array<{ document_id: string; passage: string; legal_ground: string }>;
}

/** The handed-out documents as delivered: each withheld passage replaced by its legal ground; originals untouched. */
export function deliveredDocuments(decided: DecidedRequest, locale?: Locale) {
  const marker = (ground: LegalGround) =>
    t('openness.redacted', { ground: t(`openness.ground.${ground}`, {}, locale) }, locale);
  return decided.entries
    .filter((entry) => decided.handedOut.has(entry.id))
    .map((entry) => ({
      title: entry.document_title,
      caseReference: entry.case_reference,
      filename: entry.filename,
      text: redactedCopy(
        entry.document_text,
        decided.redactions
          .filter((redaction) => redaction.document_id === entry.id)
          .map((redaction) => ({ passage: redaction.passage, legalGround: redaction.legal_ground as LegalGround })),
        marker,
      ),
    }));
}

/** The decision letter, in Danish (the municipality's language): decision, reasons, klagevejledning, documents. */
export function decisionLetter(decided: DecidedRequest) {
  const locale: Locale = 'da';
  const act = decided.request.kind === 'party' ? 'party' : 'public';
  const documents = deliveredDocuments(decided, locale)
    .map((document) => {
      const file = document.filename ? t('openness.letter.attached', { filename: document.filename }, locale) : '';
      return `--- ${document.title} (${document.caseReference}) ---\n${[document.text, file].filter(Boolean).join('\n')}`;
    })
    .join('\n\n');
  // internal working documents the party does not get are named, with their ground (forvaltningsloven § 12)
  const withheld = decided.entries.filter(
    (entry) => entry.source !== 'letter' && entry.internal && !decided.handedOut.has(entry.id),
  );
  const withheldList = withheld.length
    ? [t('openness.letter.withheldInternal', {}, locale), ...withheld.map((entry) => `- ${entry.document_title}`)].join(
        '\n',
      )
    : '';
  const body = [
    t(`openness.letter.decision.${decided.request.decision}`, {}, locale),
    `${t('openness.letter.reasons', {}, locale)}\n${decided.request.decision_reason}`,
    t(`openness.letter.appeal.${act}`, {}, locale),
    withheldList,
    documents,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: t('openness.letter.subject', {}, locale), body };
}

/**
 * The decision by e-mail to an anonymous requester, in Danish: the decision, reasons and klagevejledning, and the
 * signed link to the decision with the redacted documents (the documents themselves are not sent by e-mail).
 */
export function decisionEmail(decided: DecidedRequest, link: { href: string; expires: Date }) {
  const locale: Locale = 'da';
  const act = decided.request.kind === 'party' ? 'party' : 'public';
  const text = [
    t(`openness.letter.decision.${decided.request.decision}`, {}, locale),
    `${t('openness.letter.reasons', {}, locale)}\n${decided.request.decision_reason}`,
    t('openness.email.link', { expires: formatDate(link.expires, locale), link: link.href }, locale),
    t(`openness.letter.appeal.${act}`, {}, locale),
  ].join('\n\n');
  return { subject: t('openness.letter.subject', {}, locale), text };
}

/** § 36's notice, in Danish: why the answer takes longer, and when to expect it. */
export function extensionLetter(input: { reason: string; expectedAt: string }) {
  const [year, month, day] = input.expectedAt.split('-').map(Number);
  const expected = formatDate(new Date(Date.UTC(year, month - 1, day, 12)), 'da');
  return {
    subject: t('openness.letter.extension.subject', {}, 'da'),
    body: `${t('openness.letter.extension.body', { expected }, 'da')}\n\n${t('openness.letter.reasons', {}, 'da')}\n${input.reason}`,
  };
}
