import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import type { ContactOverview } from '#modules/notify/contact.service.ts';
import { DataTable } from '#platform/views/data-table.tsx';

/** Every consent given or withdrawn, with its time. */
export function HistorySection({ overview }: { overview: ContactOverview }) {
  if (overview.history.length === 0) return '';
  const names = new Map(overview.preferences.map((row) => [row.authority.code, row.authority.name[currentLocale()]]));
  return (
    <section class="mt-7">
      <h2>{t('notify.history.heading')}</h2>
      <DataTable
        caption={t('notify.history.caption')}
        rows={overview.history}
        columns={[
          { header: t('notify.history.time'), text: (entry) => formatDateTime(entry.occurredAt) },
          { header: t('notify.history.event'), text: (entry) => t(`notify.history.${entry.event}`) },
          { header: t('notify.history.channel'), text: (entry) => t(`notify.channel.${entry.channel}`) },
          {
            header: t('notify.preferences.authority'),
            text: (entry) => (entry.authorityCode ? (names.get(entry.authorityCode) ?? entry.authorityCode) : '–'),
          },
        ]}
      />
    </section>
  );
}
