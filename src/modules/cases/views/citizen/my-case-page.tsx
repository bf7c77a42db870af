import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, ErrorSummary, SelectField, type FieldErrors } from '#platform/views/components.tsx';
import type { OwnCaseDetail } from '#modules/cases/cases.types.ts';
import { formatSize, localized, Timeline } from '../case-format.tsx';
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
      <dl>
        <dt>{t('cases.my.reference')}</dt>
        <dd safe>{detail.reference}</dd>
        <dt>{t('cases.my.state')}</dt>
        <dd>
          <strong safe>{localized(detail.stateLabel)}</strong>
        </dd>
        <dt>{t('cases.my.received')}</dt>
        <dd>{formatDateTime(detail.receivedAt)}</dd>
        <dt>{t('cases.my.processing')}</dt>
        <dd>{detail.closed ? t('cases.my.closed') : processingText(detail)}</dd>
        {detail.deadline && !detail.closed ? (
          <>
            <dt>{t('cases.my.deadline')}</dt>
            <dd>{formatDate(detail.deadline)}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      <section aria-labelledby="letters-heading">
        <h2 id="letters-heading">{t('cases.my.letters')}</h2>
        {detail.letters.length === 0 ? (
          <p>{t('cases.my.noLetters')}</p>
        ) : (
          <ul>
            {detail.letters.map((letter) => (
              <li>
                <a href={letter.href} safe>
                  {letter.subject}
                </a>
                <span class="form-hint">{` ${formatDateTime(letter.sentAt)}`}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t('cases.my.documents')}</h2>
        {detail.documents.length === 0 ? (
          <p>{t('cases.my.noDocuments')}</p>
        ) : (
          <ul>
            {detail.documents.map((document) => (
              <li>
                <a href={`/my/cases/${detail.id}/documents/${document.id}/download`} safe>
                  {`${document.title} (${formatSize(document.size)})`}
                </a>
              </li>
            ))}
          </ul>
        )}
        {!detail.closed ? (
          <form method="post" action={`/my/cases/${detail.id}/documents`} enctype="multipart/form-data" class="mb-6">
            <CsrfField />
            <h3 class="h5">{t('cases.my.upload')}</h3>
            <SelectField name="documentType" label={t('cases.my.uploadType')} options={uploadTypes} />
            <div class={errors.file ? 'form-group form-error' : 'form-group'}>
              <label class="form-label" for="field-file">
                {t('cases.documents.file')}
              </label>
              <span class="form-hint" id="hint-file">
                {t('cases.documents.fileHint')}
              </span>
              {errors.file ? (
                <span class="form-error-message" id="error-file" safe>
                  {errors.file}
                </span>
              ) : (
                ''
              )}
              <input
                class="form-input"
                type="file"
                id="field-file"
                name="file"
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                required
                aria-describedby={errors.file ? 'hint-file error-file' : 'hint-file'}
              />
            </div>
            <button type="submit" class="button button-primary">
              {t('cases.my.uploadSubmit')}
            </button>
          </form>
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
              <div class={errors[confirmField] ? 'form-group form-error' : 'form-group'}>
                {errors[confirmField] ? (
                  <span class="form-error-message" id={`error-${confirmField}`} safe>
                    {errors[confirmField]}
                  </span>
                ) : (
                  ''
                )}
                <div class="form-group-checkbox">
                  <input
                    class="form-checkbox"
                    type="checkbox"
                    id={`field-${confirmField}`}
                    name="confirm"
                    value="yes"
                    required
                    aria-describedby={errors[confirmField] ? `error-${confirmField}` : undefined}
                  />
                  <label for={`field-${confirmField}`} safe>
                    {t('cases.my.confirm', { action: localized(transition.label) })}
                  </label>
                </div>
              </div>
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
