import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import type { PrintBatchView } from '#modules/post/print.service.ts';
import { paths } from '../paths.ts';
import { type Column, DataTable, type DataTableProps } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';

/** The list's table: its caption, empty text, columns and row actions. */
function batchTable(): Omit<DataTableProps<PrintBatchView>, 'rows'> {
  const columns: Array<Column<PrintBatchView>> = [
    { header: t('post.print.created'), text: (batch) => formatDateTime(batch.createdAt) },
    { header: t('post.print.letters'), numeric: true, text: (batch) => batch.letters },
    { header: t('post.print.state'), text: (batch) => t(`post.print.state.${batch.status}`) },
  ];
  const actions = (batch: PrintBatchView) => <BatchActions batch={batch} />;
  return { caption: t('post.print.caption'), empty: t('post.print.none'), columns, actions };
}

export function PrintPage({ batches, notice }: { batches: PrintBatchView[]; notice?: string }) {
  return (
    <Page title={t('post.print.title')} backLink={{ href: paths.staff, label: 'post.staff.back' }}>
      <h1>{t('post.print.title')}</h1>
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <p class="font-lead">{t('post.print.lead')}</p>
      <DataTable {...batchTable()} rows={batches} />
    </Page>
  );
}

/** What can be done with a print batch now: close it, download its PDF, mark it posted. */
function BatchActions({ batch }: { batch: PrintBatchView }) {
  if (batch.letters === 0) return '';
  const subject = formatDateTime(batch.createdAt);
  if (batch.status === 'open')
    return <RowAction action={paths.printClose(batch.id)} label={t('post.print.close')} subject={subject} />;
  return (
    <>
      <a href={paths.printDownload(batch.id)} download={`printkoersel-${batch.id.slice(0, 8)}.pdf`}>
        {t('post.print.download')}
      </a>
      {batch.status === 'closed' ? (
        <RowAction
          action={paths.printPosted(batch.id)}
          label={t('post.print.posted')}
          subject={subject}
          kind="primary"
        />
      ) : (
        ''
      )}
    </>
  );
}
