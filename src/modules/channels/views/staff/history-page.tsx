import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { ErrorSummary, type FieldErrors, PostForm, TextField } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { HistoryEntry } from '../../history/history.service.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';

/** Staff: a person's contacts with the municipality, found by CPR (the read is audited). */
export function HistoryPage({
  errors = {},
  history,
}: {
  errors?: FieldErrors;
  history?: { name: string; entries: HistoryEntry[] };
}) {
  return (
    <LeadPage title={t('channels.history.title')} lead={t('channels.history.lead')} back="/staff">
      <ErrorSummary errors={errors} />
      <PostForm action={channelsPaths.history} submit={t('channels.history.show')} novalidate>
        <TextField
          name="cpr"
          label={t('channels.history.cpr')}
          hint={t('channels.history.cprHint')}
          error={errors.cpr}
          autocomplete="off"
        />
      </PostForm>
      {history ? (
        <TableSection
          heading={t('channels.history.of', { name: history.name })}
          rows={history.entries}
          empty={t('channels.history.none')}
          columns={[
            { header: t('channels.history.when'), rowHeader: true, text: (entry) => formatDateTime(entry.occurredAt) },
            { header: t('channels.figures.channel'), text: (entry) => channelName(entry.channel) },
            {
              header: t('channels.history.direction'),
              text: (entry) => t(`channels.history.direction.${entry.direction}`),
            },
            {
              header: t('channels.figures.purpose'),
              text: (entry) => entry.purposeName?.[currentLocale()] ?? t('channels.figures.unclassified'),
            },
            { header: t('channels.history.outcome'), text: (entry) => t(`channels.history.outcome.${entry.outcome}`) },
            {
              header: t('channels.baseline.failureDemand'),
              text: (entry) => (entry.failureDemand ? t(`channels.history.failure.${entry.failureDemand}`) : '–'),
            },
          ]}
        />
      ) : (
        ''
      )}
    </LeadPage>
  );
}
