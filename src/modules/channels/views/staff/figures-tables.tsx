import { t } from '#platform/i18n/i18n.ts';
import type { Column } from '#platform/views/data-table.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import { channelName, formatCount, formatKroner, formatPercent } from '../format.ts';
import { purposeLabel } from './figures-chart.ts';

type Row = FiguresReport['purposes'][number];
const desiredOf = (row: Row) => row.channels.find((channel) => channel.channel === row.desiredChannel);

/** A right-aligned column of figures headed by the text `channels.figures.<header>`. */
const figure = <Item,>(header: string, text: (item: Item) => string): Column<Item> => ({
  header: t(`channels.figures.${header}`),
  numeric: true,
  text,
});

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
        figure<Row>('contacts', (row) => formatCount(row.total)),
        figure<Row>('desiredShare', (row) => formatPercent(desiredOf(row)?.sharePercent)),
        figure<Row>('desiredTarget', (row) => formatPercent(desiredOf(row)?.targetPercent)),
        figure<Row>('cost', (row) => formatKroner(row.costOre)),
      ]}
    />
  );
}

/** Per purpose and channel: contacts, share, target and cost. */
export function ChannelTable({ report }: { report: FiguresReport }) {
  const details = report.purposes.flatMap((row) => row.channels.map((channel) => ({ row, channel })));
  type Detail = (typeof details)[number];
  return (
    <TableSection
      heading={t('channels.figures.byChannel')}
      rows={details}
      empty={t('channels.figures.none')}
      columns={[
        { header: t('channels.figures.purpose'), text: ({ row }) => purposeLabel(row) },
        { header: t('channels.figures.channel'), text: ({ channel }) => channelName(channel.channel) },
        figure<Detail>('contacts', ({ channel }) => formatCount(channel.count)),
        figure<Detail>('share', ({ channel }) => formatPercent(channel.sharePercent)),
        figure<Detail>('target', ({ channel }) => formatPercent(channel.targetPercent)),
        figure<Detail>('cost', ({ channel }) => formatKroner(channel.costOre)),
      ]}
    />
  );
}
