import { formatDate, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import { Alert } from '#platform/views/alert.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { choices, ErrorSummary, type FieldErrors, FilterForm, PostForm } from '#platform/views/form.tsx';
import { SelectField, TextField } from '#platform/views/text-fields.tsx';
import { legalGrounds } from '../../openness-codes.ts';
import type { departmentEntries, entryWithExclusion } from '../../repository/post-list.repository.ts';
import { opennessPaths } from '../paths.ts';

type EntryRow = Awaited<ReturnType<typeof departmentEntries>>[number];
type Entry = NonNullable<Awaited<ReturnType<typeof entryWithExclusion>>>;

/** Why a letter is or is not on the public list (the delay is not shown: it only postpones). */
const statusOf = (entry: EntryRow) =>
  entry.exception_code
    ? t('openness.entries.status.excluded', { ground: t(`openness.ground.${entry.exception_code}`) })
    : entry.closed_case_type
      ? t('openness.entries.status.closed')
      : entry.internal
        ? t('openness.entries.status.internal')
        : t('openness.entries.status.listed');

/** Caseworkers: their department's letters on the post list, to keep one off it with an exception of the act. */
export function EntriesPage(props: { entries: EntryRow[]; reference?: string; errors?: FieldErrors }) {
  const { errors = {} } = props;
  return (
    <LeadPage title={t('openness.entries.title')} lead={t('openness.entries.lead')} back={opennessPaths.requests}>
      <ErrorSummary errors={errors} />
      <FilterForm
        action={opennessPaths.entries}
        submit={t('openness.entries.search')}
        fields={[
          <TextField
            name="reference"
            label={t('openness.entries.reference')}
            value={props.reference}
            error={errors.reference}
          />,
        ]}
      />
      <DataTable
        caption={t('openness.entries.caption')}
        captionHidden
        rows={props.entries}
        empty={t('openness.entries.empty')}
        columns={[
          { header: t('openness.entries.document'), text: (row) => row.document_title, rowHeader: true },
          { header: t('openness.entries.date'), text: (row) => formatDate(row.registered_at) },
          { header: t('openness.entries.case'), text: (row) => row.case_reference },
          { header: t('openness.entries.status'), text: statusOf },
        ]}
        actions={(row) => (
          <RowLink href={opennessPaths.entry(row.id)} label={t('openness.entries.open')} subject={row.document_title} />
        )}
      />
    </LeadPage>
  );
}

/** One letter of the department: its text, and the form that keeps it off the list. */
export function EntryPage(props: {
  entry: Entry;
  notice?: string;
  errors?: FieldErrors;
  values?: Record<string, string | undefined>;
}) {
  const { entry, errors = {}, values = {} } = props;
  return (
    <LeadPage title={entry.document_title} lead={t('openness.entries.entryLead')} back={opennessPaths.entries}>
      {props.notice ? <Alert kind="success">{t(props.notice)}</Alert> : ''}
      <SummaryList
        items={[
          { label: t('openness.entries.case'), text: `${entry.case_reference} ${entry.case_title}` },
          { label: t('openness.entries.date'), text: formatDate(entry.registered_at) },
          {
            label: t('openness.entries.status'),
            text: entry.exception_code
              ? t('openness.entries.status.excluded', { ground: t(`openness.ground.${entry.exception_code}`) })
              : t('openness.entries.status.notExcluded'),
          },
        ]}
      />
      <pre style="white-space: pre-wrap" safe>
        {entry.document_text}
      </pre>
      {entry.exception_code ? (
        ''
      ) : (
        <>
          <h2 safe>{t('openness.exclude.title')}</h2>
          <ErrorSummary errors={errors} />
          <PostForm action={opennessPaths.exclusion(entry.id)} submit={t('openness.exclude.submit')} novalidate>
            <SelectField
              name="exception"
              label={t('openness.exclude.exception')}
              value={values.exception}
              error={errors.exception}
              options={choices(legalGrounds, 'openness.ground')}
            />
          </PostForm>
        </>
      )}
    </LeadPage>
  );
}
