import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  CheckboxField,
  FileField,
  CatalogueRadioGroup,
  ErrorSummary,
  PostForm,
  type FormState,
} from '#platform/views/components.tsx';
import type { Department } from '#modules/identity/identity.service.ts';
import type { BulkProgress } from '#modules/post/bulk-letters.service.ts';
import { DepartmentField, LetterFields } from '../post-components.tsx';
import { paths } from '../paths.ts';
import { type Column, DataTable, type DataTableProps } from '#platform/views/data-table.tsx';

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
          <PostForm action={paths.bulkCancel(progress.id)} submit={t('post.bulk.cancel')} kind="secondary" />
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

/** The list's table: its caption, empty text, columns and row actions. */
function bulkLetterTable(): Omit<DataTableProps<BulkProgress>, 'rows'> {
  const columns: Array<Column<BulkProgress>> = [
    {
      header: t('post.list.subject'),
      cell: (letter) => (
        <a href={paths.bulkLetter(letter.id)} aria-label={t('post.bulk.view', { subject: letter.subject })} safe>
          {letter.subject}
        </a>
      ),
    },
    { header: t('post.list.date'), text: (letter) => formatDateTime(letter.createdAt) },
    { header: t('post.list.status'), text: (letter) => t(`post.bulk.state.${letter.status}`) },
    {
      header: t('post.bulk.progress'),
      text: (letter) => t('post.bulk.progressText', { done: letter.sent, total: letter.total, failed: letter.failed }),
    },
  ];
  return { caption: t('post.bulk.caption'), empty: t('post.bulk.none'), columns };
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
} & FormState<BulkFormValues>) {
  const source = values.source === 'everyone' ? 'everyone' : 'csv';
  return (
    <Page title={t('post.bulk.title')} backLink={{ href: paths.staff, label: 'post.staff.back' }}>
      <ErrorSummary errors={errors} />
      <h1>{t('post.bulk.title')}</h1>
      <p class="font-lead">{t('post.bulk.lead')}</p>
      <DataTable {...bulkLetterTable()} rows={letters} />
      <h2>{t('post.bulk.new')}</h2>
      <PostForm action={paths.bulk} submit={t('post.bulk.start')} multipart novalidate>
        <LetterFields values={values} errors={errors} />
        <DepartmentField departments={departments} value={values.department} />
        <CatalogueRadioGroup name="source" prefix="post.bulk.source" values={['csv', 'everyone']} value={source} />
        <FileField
          name="csv"
          label={t('post.bulk.csv')}
          hint={t('post.bulk.csvHint')}
          error={errors.csv}
          accept=".csv,text/csv"
        />
        <CheckboxField
          name="replyAllowed"
          value="yes"
          label={t('post.staff.replyAllowed')}
          checked={values.replyAllowed ?? false}
        />
      </PostForm>
    </Page>
  );
}
