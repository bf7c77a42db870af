import { t } from '#platform/i18n/i18n.ts';
import { TableSection } from '#platform/views/table-section.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import { channelName, formatCount, formatKroner, formatPercent } from '../format.ts';
import { purposeLabel } from './figures-chart.ts';

type Row = FiguresReport['purposes'][number];
const desiredOf = (row: Row) => row.channels.find((channel) => channel.channel === row.desiredChannel);

/** Per purpose: the desired channel, its actual share against its target, and the cost. */
export function PurposeTable({ report }: { report: FiguresReport }) {
  return (
    <TableSection
      heading={t('channels.figures.byPurpose')}
      rows={report.purposes}
      empty={t('channels.figures.none')}
      columns={[
        { header: t('channels.figures.purpose'), rowHeader: true, text: purposeLabel },
        { header: t('channels.figures.desired'), text: (row) => channelName(row.desiredChannel) },
        { header: t('channels.figures.contacts'), numeric: true, text: (row) => formatCount(row.total) },
        {
          header: t('channels.figures.desiredShare'),
          numeric: true,
          text: (row) => formatPercent(desiredOf(row)?.sharePercent),
        },
        {
          header: t('channels.figures.desiredTarget'),
          numeric: true,
          text: (row) => formatPercent(desiredOf(row)?.targetPercent),
        },
        { header: t('channels.figures.cost'), numeric: true, text: (row) => formatKroner(row.costOre) },
      ]}
    />
  );
}

/** Per purpose and channel: contacts, share, target and cost. */
export function ChannelTable({ report }: { report: FiguresReport }) {
  const details = report.purposes.flatMap((row) => row.channels.map((channel) => ({ row, channel })));
  return (
    <TableSection
      heading={t('channels.figures.byChannel')}
      rows={details}
      empty={t('channels.figures.none')}
      columns={[
        { header: t('channels.figures.purpose'), text: ({ row }) => purposeLabel(row) },
        { header: t('channels.figures.channel'), text: ({ channel }) => channelName(channel.channel) },
        {
          header: t('channels.figures.contacts'),
          numeric: true,
          text: ({ channel }) => formatCount(channel.count),
        },
        {
          header: t('channels.figures.share'),
          numeric: true,
          text: ({ channel }) => formatPercent(channel.sharePercent),
        },
        {
          header: t('channels.figures.target'),
          numeric: true,
          text: ({ channel }) => formatPercent(channel.targetPercent),
        },
        {
          header: t('channels.figures.cost'),
          numeric: true,
          text: ({ channel }) => formatKroner(channel.costOre),
        },
      ]}
    />
  );
}
