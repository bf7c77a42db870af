import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CheckboxField,
  CsrfField,
  ErrorSummary,
  LinkList,
  SelectField,
  type FieldErrors,
  PostForm,
} from '#platform/views/components.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { OwnCaseDetail } from '#modules/cases/cases.types.ts';
import { CaseFileField, formatSize, localized, Timeline } from '../case-format.tsx';
import { processingText } from './my-cases-page.tsx';

export interface UploadOption {
  value: string;
  label: string;
}

/** One of the citizen's own cases: where it stands in plain words, what is expected of them, documents, letters and the timeline. */
export function MyCasePage({
  detail,
  uploadTypes,
  transitions = [],
  notice,
  errors = {},
}: {
  detail: OwnCaseDetail;
  uploadTypes: UploadOption[];
  transitions?: Array<{ id: string; label: { da: string; en: string } }>;
  notice?: string;
  errors?: FieldErrors;
}) {
  return (
    <Page
      title={`${localized(detail.caseTypeName)} – ${detail.reference}`}
      backLink={{ href: '/my/cases', label: 'cases.my.back' }}
    >
      <h1 safe>{localized(detail.caseTypeName)}</h1>
      {notice ? <Alert kind="success">{t(`cases.notice.${notice}`)}</Alert> : ''}
      <ErrorSummary errors={errors} />
      {detail.waitingForYou ? (
        <Alert kind="warning" heading={t('cases.my.waitingForYou')}>
          {t('cases.my.waitingText')}
        </Alert>
      ) : (
        ''
      )}
      <SummaryList
        items={[
          { label: t('cases.my.reference'), text: detail.reference },
          {
            label: t('cases.my.state'),
            value: <strong safe>{localized(detail.stateLabel)}</strong>,
          },
          { label: t('cases.my.received'), text: formatDateTime(detail.receivedAt) },
          { label: t('cases.my.processing'), text: detail.closed ? t('cases.my.closed') : processingText(detail) },
          detail.deadline && !detail.closed && { label: t('cases.my.deadline'), text: formatDate(detail.deadline) },
        ]}
      />
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">{t('cases.my.letters')}</h2>
        <LinkList
          empty={t('cases.my.noLetters')}
          links={detail.letters.map((letter) => ({
            href: letter.href,
            text: letter.subject,
            hint: formatDateTime(letter.sentAt),
          }))}
        />
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('cases.my.documents')}</h2>
        <LinkList
          empty={t('cases.my.noDocuments')}
          links={detail.documents.map((document) => ({
            href: `/my/cases/${detail.id}/documents/${document.id}/download`,
            text: `${document.title} (${formatSize(document.size)})`,
          }))}
        />
        {!detail.closed ? (
          <PostForm
            action={`/my/cases/${detail.id}/documents`}
            submit={t('cases.my.uploadSubmit')}
            multipart
            class="mb-6"
          >
            <h3 class="h5">{t('cases.my.upload')}</h3>
            <SelectField name="documentType" label={t('cases.my.uploadType')} options={uploadTypes} />
            <CaseFileField error={errors.file} />
          </PostForm>
        ) : (
          ''
        )}
      </section>
      <>
        {transitions.map((transition) => {
          const confirmField = `confirm-${transition.id}`;
          return (
            <form method="post" action={`/my/cases/${detail.id}/transitions`} class="mb-6">
              <CsrfField />
              <input type="hidden" name="transitionId" value={transition.id} />
              <h2 class="h3" safe>
                {localized(transition.label)}
              </h2>
              <CheckboxField
                name="confirm"
                id={confirmField}
                value="yes"
                label={t('cases.my.confirm', { action: localized(transition.label) })}
                error={errors[confirmField]}
                required
              />
              <button type="submit" class="button button-secondary" safe>
                {localized(transition.label)}
              </button>
            </form>
          );
        })}
      </>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('cases.my.timeline')}</h2>
        <Timeline events={detail.timeline} audience="party" />
      </section>
    </Page>
  );
}
