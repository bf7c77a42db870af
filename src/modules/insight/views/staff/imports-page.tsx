import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import { ErrorSummary, type FieldErrors, PostForm } from '#platform/views/form.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { FileField, SelectField } from '#platform/views/text-fields.tsx';
import type { KeyFigure } from '../../key-figure.ts';
import { insightPaths } from '../paths.ts';
import { textOf } from '../format.ts';

export interface ImportRow {
  id: string;
  figureId: string;
  filename: string;
  status: string;
  rows: number;
  createdAt: Date;
}

/** Step 1 of a CSV import: choose the figure and upload the file; below, the earlier imports. */
export function ImportsPage({
  figures,
  imports,
  errors = {},
}: {
  figures: KeyFigure[];
  imports: ImportRow[];
  errors?: FieldErrors;
}) {
  const name = (id: string) => textOf(figures.find((figure) => figure.id === id)?.name ?? { da: id, en: id });
  return (
    <LeadPage title={t('insight.import.title')} lead={t('insight.import.lead')} back={insightPaths.dashboard}>
      <ErrorSummary errors={errors} />
      <PostForm action={insightPaths.imports} submit={t('insight.import.upload')} multipart>
        <SelectField
          name="figure"
          label={t('insight.import.figureLabel')}
          error={errors.figure}
          options={figures.map((figure) => ({ value: figure.id, label: textOf(figure.name) }))}
        />
        <FileField
          name="file"
          label={t('insight.import.file')}
          hint={t('insight.import.fileHint')}
          error={errors.file}
          accept=".csv,text/csv"
        />
      </PostForm>
      <h2 class="h3">{t('insight.import.previous')}</h2>
      <DataTable
        caption={t('insight.import.previous')}
        captionHidden
        rows={imports}
        empty={t('insight.import.none')}
        columns={[
          {
            header: t('insight.import.filename'),
            rowHeader: true,
            cell: (row) => (
              <a href={insightPaths.import(row.id)} safe>
                {row.filename}
              </a>
            ),
          },
          { header: t('insight.import.figureLabel'), text: (row) => name(row.figureId) },
          { header: t('insight.import.status'), text: (row) => t(`insight.import.status.${row.status}`) },
          { header: t('insight.import.rows'), numeric: true, text: (row) => String(row.rows) },
          { header: t('insight.import.created'), text: (row) => formatDateTime(row.createdAt) },
        ]}
      />
    </LeadPage>
  );
}
