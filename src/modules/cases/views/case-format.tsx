import { formatFileSize } from '#platform/i18n/numbers.ts';
import { currentLocale, formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { FileField } from '#platform/views/components.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import type { BlockedReasonView, CaseDetail, EventView } from '../cases.types.ts';
import { guardText } from '../guard-text.ts';

type Text = { da: string; en: string };

export const localized = (text: Text | undefined | null) => (text ? text[currentLocale()] : '');

export const deadlineText = (deadline: Date | null) => (deadline ? formatDate(deadline) : t('cases.deadline.none'));

/** A guard's reason in words; document types are named by the case type's label for them. */
export function reasonText(reason: BlockedReasonView, documentLabels: Record<string, Text> = {}): string {
  const values = { ...reason.values };
  if (reason.key === 'cases.guard.document' && typeof values.documentType === 'string')
    values.documentType = localized(documentLabels[values.documentType]) || values.documentType;
  if (reason.key === 'cases.guard.role' && typeof values.roles === 'string') {
    const roles = values.roles.split(', ');
    if (roles.every((role) => role === 'citizen' || role === 'business')) return t('cases.guard.applicantOnly');
    values.roles = roles.map((role) => t(`role.${role}`)).join(', ');
  }
  return guardText(reason, values);
}

const asText = (value: unknown): Text | undefined =>
  value && typeof value === 'object' && 'da' in value ? (value as Text) : undefined;

/** One timeline entry in words, for staff (everything) or for the parties (plain language). */
export function eventText(event: EventView, audience: 'staff' | 'party'): string {
  const details = event.details;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(details))
    if (typeof value === 'string' || typeof value === 'number') values[key] = String(value);
  if (event.kind === 'transition') {
    if (audience === 'party') return localized(asText(details.citizenLabel)) || localized(asText(details.toLabel));
    return t('cases.event.transition', {
      transition: localized(asText(details.transition)),
      from: localized(asText(details.fromLabel)),
      to: localized(asText(details.toLabel)),
    });
  }
  if (event.kind === 'created') values.channel = t(`cases.channel.${String(details.channel)}`);
  if (event.kind === 'deadline' && typeof details.deadline === 'string')
    values.deadline = formatDate(new Date(details.deadline));
  if (event.kind === 'reminder' && typeof details.startsAt === 'string')
    values.startsAt = formatDateTime(new Date(details.startsAt));
  if (event.kind === 'assigned')
    values.assigneeName = typeof details.assigneeName === 'string' ? details.assigneeName : t('cases.assignee.nobody');
  const key = audience === 'party' ? `cases.partyEvent.${event.kind}` : `cases.event.${event.kind}`;
  return t(key, values);
}

export function Timeline({ events, audience }: { events: EventView[]; audience: 'staff' | 'party' }) {
  if (!events.length) return <p>{t('cases.timeline.empty')}</p>;
  return (
    <ol class="case-timeline unstyled-list">
      {events.map((event) => (
        <li class="mb-4">
          <p class="mb-0">
            <strong safe>{eventText(event, audience)}</strong>
          </p>
          {audience === 'staff' && typeof event.details.note === 'string' ? (
            <p class="mt-1 mb-0" safe>
              {t('cases.event.note.text', { note: event.details.note })}
            </p>
          ) : (
            ''
          )}
          <p class="form-hint mt-1">
            <time datetime={event.occurredAt.toISOString()}>{formatDateTime(event.occurredAt)}</time>
            {audience === 'staff' ? <span safe>{` · ${event.actorName}`}</span> : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}

export const formatSize = (bytes: number) => formatFileSize(bytes);

/** A date in a table cell, with the "overdue" badge when it has passed. */
export function OverdueDate({ text, overdue, dueToday }: { text: string; overdue: boolean; dueToday?: boolean }) {
  return (
    <>
      <span safe>{text}</span>
      {overdue ? <span class="badge badge-small ml-2">{t('cases.deadline.overdue')}</span> : ''}
      {dueToday ? <span class="badge badge-small badge-warning ml-2">{t('cases.deadline.today')}</span> : ''}
    </>
  );
}

/** The file of a case document: PDF or a picture (the service checks the content again). */
export function CaseFileField({ error }: { error?: string }) {
  return (
    <FileField
      name="file"
      label={t('cases.documents.file')}
      hint={t('cases.documents.fileHint')}
      error={error}
      accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
      required
    />
  );
}

/** Every version of a case document, each to download or view in the browser. */
export function DocumentVersions({ caseId, document }: { caseId: string; document: CaseDetail['documents'][number] }) {
  const href = (version: number) => `/staff/cases/${caseId}/documents/${document.id}/download?version=${version}`;
  return (
    <ul class="unstyled-list">
      {document.versions.map((version) => (
        <li>
          <a href={href(version.version)} safe>
            {`${t('cases.documents.version', { version: version.version })}: ${version.filename} (${formatSize(version.size)})`}
          </a>{' '}
          <RowLink
            href={`${href(version.version)}&view=inline`}
            label={t('cases.documents.view')}
            subject={version.filename}
          />
          <span class="form-hint" safe>{` ${formatDateTime(version.createdAt)} · ${version.createdBy}`}</span>
        </li>
      ))}
    </ul>
  );
}
