import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { Alert, ErrorSummary, type FieldErrors, FileField, PostForm, TextField } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { ImportOutcome } from '../../telephony/telephony-import.service.ts';
import { channelsPaths } from '../paths.ts';
import { formatCount } from '../format.ts';
import { ImportProblems, ValidRowsForm } from './import-problems.tsx';

export interface ImportSummary {
  filename: string;
  from: string;
  to: string;
  encoding: string;
  rows: number;
  skipped: number;
  created_at: Date;
}

export interface ImportsPageProps {
  values: { from: string; to: string };
  errors?: FieldErrors;
  /** a file that had problems: nothing was stored (`content`: the file as uploaded, base64, to import its valid rows) */
  outcome?: ImportOutcome & { filename: string; content: string };
  imported?: { rows: number; skipped: number };
  imports: ImportSummary[];
}

/** Managers import the telephony statistics per day and queue; a file with problems shows them by line. */
export function ImportsPage({ values, errors = {}, outcome, imported, imports }: ImportsPageProps) {
  return (
    <LeadPage title={t('channels.imports.title')} lead={t('channels.imports.lead')} back="/staff">
      {imported ? (
        <Alert kind="success" heading={t('channels.imports.stored', { rows: imported.rows })}>
          {imported.skipped ? t('channels.imports.storedSkipped', { skipped: imported.skipped }) : ''}
        </Alert>
      ) : (
        ''
      )}
      <ErrorSummary errors={errors} />
      {outcome ? <ImportProblems outcome={outcome} /> : ''}
      {outcome?.valid ? <ValidRowsForm outcome={outcome} values={values} /> : ''}
      <h2>{t('channels.imports.upload')}</h2>
      <PostForm action={channelsPaths.imports} submit={t('channels.imports.submit')} multipart novalidate>
        <TextField
          name="from"
          label={t('channels.imports.from')}
          hint={t('channels.imports.dateHint')}
          value={values.from}
          error={errors.from}
        />
        <TextField
          name="to"
          label={t('channels.imports.to')}
          hint={t('channels.imports.dateHint')}
          value={values.to}
          error={errors.to}
        />
        <FileField
          name="file"
          label={t('channels.imports.file')}
          hint={t('channels.imports.fileHint')}
          accept=".csv,text/csv"
          error={errors.file}
        />
      </PostForm>
      <TableSection
        heading={t('channels.imports.latest')}
        rows={imports}
        empty={t('channels.imports.noneYet')}
        columns={[
          { header: t('channels.imports.filename'), rowHeader: true, text: (row) => row.filename },
          { header: t('channels.imports.period'), text: (row) => `${row.from} – ${row.to}` },
          { header: t('channels.imports.encoding'), text: (row) => row.encoding },
          { header: t('channels.imports.rows'), numeric: true, text: (row) => formatCount(row.rows) },
          { header: t('channels.imports.skipped'), numeric: true, text: (row) => formatCount(row.skipped) },
        ]}
      />
    </LeadPage>
  );
}
