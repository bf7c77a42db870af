import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { type Column, DataTable } from '#platform/views/data-table.tsx';
import { Alert } from '#platform/views/components.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import type { CallbackRow } from '../../callbacks/callback.repository.ts';
import { channelsPaths } from '../paths.ts';

export interface CallbackView extends CallbackRow {
  purposeName: string;
  overdue: boolean;
}

/** The department's callbacks to make, the earliest due first, each closed when done. */
export function CallbacksPage({ callbacks, done }: { callbacks: CallbackView[]; done: boolean }) {
  const columns: Array<Column<CallbackView>> = [
    { header: t('channels.callbacks.due'), rowHeader: true, text: (row) => formatDateTime(row.dueAt) },
    {
      header: t('channels.callbacks.status'),
      text: (row) => t(row.overdue ? 'channels.callbacks.overdue' : 'channels.callbacks.inTime'),
    },
    { header: t('channels.callbacks.purpose'), text: (row) => row.purposeName },
    { header: t('channels.callbacks.note'), text: (row) => row.note },
    { header: t('channels.callbacks.asked'), text: (row) => formatDateTime(row.createdAt) },
  ];
  return (
    <LeadPage title={t('channels.callbacks.title')} lead={t('channels.callbacks.lead')} back="/staff">
      {done ? <Alert kind="success">{t('channels.callbacks.doneNotice')}</Alert> : ''}
      <DataTable
        caption={t('channels.callbacks.title')}
        captionHidden
        rows={callbacks}
        columns={columns}
        empty={t('channels.callbacks.none')}
        actions={(row) => (
          <RowAction
            action={channelsPaths.callbackDone(row.id)}
            label={t('channels.callbacks.markDone')}
            subject={`${row.purposeName}, ${formatDateTime(row.dueAt)}`}
            small
          />
        )}
      />
    </LeadPage>
  );
}
