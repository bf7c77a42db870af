import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CsrfField,
  ErrorSummary,
  SelectField,
  TextArea,
  TextField,
  type FieldErrors,
} from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
import type { BulkProgress } from '#modules/post/bulk-letters.service.ts';
import { paths } from '../paths.ts';

function timeLeft(seconds: number): string {
  return seconds < 120
    ? t('post.bulk.seconds', { count: seconds })
    : t('post.bulk.minutes', { count: Math.ceil(seconds / 60) });
}

/** The progress bar and counts; the same markup is fetched again by the page's small script while sending runs. */
export function BulkProgressBlock({ progress }: { progress: BulkProgress }) {
  const done = progress.sent + progress.failed;
  return (
    <div id="bulk-progress" data-state={progress.status} aria-live="polite">
      <p>
        <strong>{t(`post.bulk.state.${progress.status}`)}</strong>
      </p>
      <label for="bulk-progress-bar" class="form-label">
        {t('post.bulk.progress')}
      </label>
      <progress id="bulk-progress-bar" max={String(Math.max(progress.total, 1))} value={String(done)}>
        {`${done}/${progress.total}`}
      </progress>
      <p>{t('post.bulk.progressText', { done: progress.sent, total: progress.total, failed: progress.failed })}</p>
      {progress.status === 'running' ? (
        <p>
          {progress.secondsLeft !== undefined
            ? t('post.bulk.remaining', { time: timeLeft(progress.secondsLeft) })
            : t('post.bulk.remainingUnknown')}
        </p>
      ) : (
        ''
      )}
    </div>
  );
}

export function BulkLetterPage({ progress, notice }: { progress: BulkProgress; notice?: string }) {
  return (
    <Page title={progress.subject} backLink={{ href: paths.bulk, label: 'post.bulk.title' }}>
      <h1 safe>{progress.subject}</h1>
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <BulkProgressBlock progress={progress} />
      {progress.status === 'running' ? (
        <>
          <p class="form-hint">{t('post.bulk.refresh')}</p>
          <form method="post" action={paths.bulkCancel(progress.id)}>
            <CsrfField />
            <button type="submit" class="button button-secondary">
              {t('post.bulk.cancel')}
            </button>
          </form>
        </>
      ) : (
        ''
      )}
      {progress.failures.length ? (
        <>
          <h2>{t('post.bulk.failures')}</h2>
          <ul>
            {progress.failures.map((failure) => (
              <li>
                <span safe>{failure.recipient}</span>: <span safe>{t(failure.error)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <script src="/post-assets/bulk-progress.js" defer></script>
    </Page>
  );
}

export interface BulkFormValues {
  subject?: string;
  body?: string;
  source?: string;
  department?: string;
  replyAllowed?: boolean;
}

export function BulkLettersPage({
  letters,
  departments,
  values = {},
  errors = {},
}: {
  letters: BulkProgress[];
  departments: Department[];
  values?: BulkFormValues;
  errors?: FieldErrors;
}) {
  const locale = currentLocale();
  const source = values.source === 'everyone' ? 'everyone' : 'csv';
  return (
    <Page title={t('post.bulk.title')} backLink={{ href: paths.staff, label: 'post.staff.back' }}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.bulk.title')}</h1>
      <p class="font-lead">{t('post.bulk.lead')}</p>
      {letters.length === 0 ? (
        <p>{t('post.bulk.none')}</p>
      ) : (
        <table class="table table--zebra">
          <caption>{t('post.bulk.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('post.list.subject')}</th>
              <th scope="col">{t('post.list.date')}</th>
              <th scope="col">{t('post.list.status')}</th>
              <th scope="col">{t('post.bulk.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr>
                <td>
                  <a
                    href={paths.bulkLetter(letter.id)}
                    aria-label={t('post.bulk.view', { subject: letter.subject })}
                    safe
                  >
                    {letter.subject}
                  </a>
                </td>
                <td>{formatDateTime(letter.createdAt)}</td>
                <td>{t(`post.bulk.state.${letter.status}`)}</td>
                <td>
                  {t('post.bulk.progressText', { done: letter.sent, total: letter.total, failed: letter.failed })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('post.bulk.new')}</h2>
      <form method="post" action={paths.bulk} enctype="multipart/form-data" novalidate>
        <CsrfField />
        <TextField
          name="subject"
          label={t('post.field.subject')}
          value={values.subject}
          error={errors.subject}
          required
        />
        <TextArea name="body" label={t('post.field.body')} value={values.body} error={errors.body} required rows={10} />
        <SelectField
          name="department"
          label={t('post.staff.department')}
          value={values.department}
          options={departments.map((department) => ({ value: department.id, label: department.name[locale] }))}
        />
        <fieldset class="mb-5">
          <legend class="form-label">{t('post.bulk.source')}</legend>
          {(['csv', 'everyone'] as const).map((option) => (
            <div class="form-group-radio">
              <input
                class="form-radio"
                type="radio"
                id={`field-source-${option}`}
                name="source"
                value={option}
                checked={source === option}
              />
              <label for={`field-source-${option}`}>{t(`post.bulk.source.${option}`)}</label>
            </div>
          ))}
        </fieldset>
        <div class={errors.csv ? 'form-group form-error' : 'form-group'}>
          <label class="form-label" for="field-csv">
            {t('post.bulk.csv')}
          </label>
          <span class="form-hint" id="hint-csv">
            {t('post.bulk.csvHint')}
          </span>
          {errors.csv ? (
            <span class="form-error-message" id="error-csv">
              <span class="sr-only">{t('validation.invalid')}: </span>
              <span safe>{errors.csv}</span>
            </span>
          ) : (
            ''
          )}
          <input
            class="form-file-input"
            type="file"
            id="field-csv"
            name="csv"
            accept=".csv,text/csv"
            aria-describedby={errors.csv ? 'hint-csv error-csv' : 'hint-csv'}
            aria-invalid={errors.csv ? 'true' : undefined}
          />
        </div>
        <div class="form-group">
          <input
            class="form-checkbox"
            type="checkbox"
            id="field-replyAllowed"
            name="replyAllowed"
            value="yes"
            checked={values.replyAllowed ?? false}
          />
          <label for="field-replyAllowed">{t('post.staff.replyAllowed')}</label>
        </div>
        <button type="submit" class="button button-primary">
          {t('post.bulk.start')}
        </button>
      </form>
    </Page>
  );
}
