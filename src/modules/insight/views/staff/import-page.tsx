import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { RadioGroup } from '#platform/views/choice-fields.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { ErrorSummary, type FieldErrors, PostForm } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import { SelectField } from '#platform/views/text-fields.tsx';
import type { ImportService } from '../../import.service.ts';
import { insightPaths } from '../paths.ts';
import { textOf } from '../format.ts';

type Upload = Awaited<ReturnType<ImportService['get']>>;
export type MappingValues = { day?: string; value?: string; dimension?: string; decimal?: string };

/** The mapping form: which column is the day, the value and the breakdown, and the number format. */
function MappingForm({ upload, values, errors }: { upload: Upload; values: MappingValues; errors: FieldErrors }) {
  const columns = upload.header.map((name) => ({ value: name, label: name }));
  const dimension = upload.figure.dimensions[0];
  return (
    <PostForm action={insightPaths.import(upload.id)} submit={t('insight.import.run')}>
      <SelectField
        name="day"
        label={t('insight.import.dayColumn')}
        options={columns}
        value={values.day ?? upload.header[0]}
        error={errors.day}
      />
      <SelectField
        name="value"
        label={t('insight.import.valueColumn')}
        options={columns}
        value={values.value ?? upload.header[1]}
        error={errors.value}
      />
      {dimension ? (
        <SelectField
          name="dimension"
          label={t('insight.import.dimensionColumn', { dimension: t(`insight.dimension.${dimension}`).toLowerCase() })}
          options={[{ value: '', label: t('insight.import.noDimension') }, ...columns]}
          value={values.dimension ?? ''}
          error={errors.dimension}
        />
      ) : (
        ''
      )}
      <RadioGroup
        name="decimal"
        legend={t('insight.import.decimal')}
        value={values.decimal ?? 'point'}
        options={['point', 'comma'].map((value) => ({ value, label: t(`insight.import.decimal.${value}`) }))}
      />
    </PostForm>
  );
}

/** Step 2 and after: the preview and the mapping, or what the import did and its rollback. */
export function ImportPage({
  upload,
  notice,
  values = {},
  errors = {},
  problems = [],
}: {
  upload: Upload;
  notice?: string;
  values?: MappingValues;
  errors?: FieldErrors;
  problems?: Array<{ field: string; message: string }>;
}) {
  return (
    <LeadPage
      title={t('insight.import.mapTitle', { filename: upload.filename })}
      lead={t('insight.import.mapLead')}
      back={insightPaths.imports}
    >
      <ErrorSummary errors={problems.length ? problems : errors} />
      {notice === 'imported' ? <Alert kind="success">{t('insight.import.imported', { rows: upload.rows })}</Alert> : ''}
      {notice === 'rolled-back' ? <Alert kind="success">{t('insight.import.rolledBack')}</Alert> : ''}
      <p>
        <a href={insightPaths.figure(upload.figure.id)} safe>
          {textOf(upload.figure.name)}
        </a>
        {' – '}
        {t(`insight.import.status.${upload.status}`)}
      </p>
      {/* the error summary's row problems link here: the rows are in the file */}
      <h2 class="h3" id="field-file" tabindex="-1">
        {t('insight.import.preview')}
      </h2>
      <DataTable
        caption={t('insight.import.preview')}
        captionHidden
        rows={upload.preview}
        columns={upload.header.map((name, index) => ({ header: name, text: (row: string[]) => row[index] ?? '' }))}
      />
      {upload.status === 'uploaded' ? <MappingForm upload={upload} values={values} errors={errors} /> : ''}
      <RowAction
        action={insightPaths.rollback(upload.id)}
        label={t('insight.import.rollback')}
        when={upload.status === 'imported'}
      />
    </LeadPage>
  );
}
