import { t } from '#platform/i18n/i18n.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import type { StrategyVersion } from '../../strategy-version.ts';
import { channelName, formatKroner } from '../format.ts';

/** Every version of a purpose's strategy, newest first: offered channels with unit cost and target share. */
export function VersionsTable({ versions }: { versions: StrategyVersion[] }) {
  return (
    <DataTable
      caption={t('channels.version.history')}
      rows={versions.toReversed()}
      empty={t('channels.version.none')}
      columns={[
        { header: t('channels.purpose.validFrom'), rowHeader: true, text: (version) => version.validFrom },
        { header: t('channels.figures.desired'), text: (version) => channelName(version.desiredChannel) },
        {
          header: t('channels.version.channels'),
          text: (version) =>
            version.channels
              .filter((row) => row.offered)
              .map((row) => `${channelName(row.channel)} ${row.targetPercent} % · ${formatKroner(row.unitCostOre)}`)
              .join('; '),
        },
      ]}
    />
  );
}
