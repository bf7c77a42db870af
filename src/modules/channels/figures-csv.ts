import type { FiguresReport } from './figures.service.ts';

const cell = (value: string | number | null) =>
  value === null ? '' : typeof value === 'number' ? String(value) : `"${value.replaceAll('"', '""')}"`;

/** The figures as CSV: one line per purpose and channel, codes and plain numbers (kroner with a point). */
export function figuresCsv(report: FiguresReport): string {
  const header = [
    'from',
    'to',
    'purpose_code',
    'purpose_name',
    'channel',
    'desired_channel',
    'contacts',
    'share_percent',
    'target_percent',
    'cost_dkk',
  ];
  const lines = report.purposes.flatMap((row) =>
    row.channels.map((channel) =>
      [
        report.from,
        report.to,
        row.purposeCode,
        row.purpose?.name.da ?? null,
        channel.channel,
        row.desiredChannel,
        channel.count,
        channel.sharePercent,
        channel.targetPercent,
        (channel.costOre / 100).toFixed(2),
      ]
        .map(cell)
        .join(','),
    ),
  );
  return `${[header.join(','), ...lines].join('\n')}\n`;
}
