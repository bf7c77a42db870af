import { t } from '#platform/i18n/i18n.ts';
import type { Column } from '#platform/views/data-table.tsx';
import { type FieldErrors, TextField } from '#platform/views/components.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import type { FiguresReport } from '../../figures.service.ts';
import type { FollowUpReport, FollowUpRow } from '../../follow-up/follow-up.service.ts';
import { channelName, formatCount, formatKroner, formatPercent } from '../format.ts';
import { purposeLabel } from './figures-chart.ts';

/** The baseline period's two date fields beside the period's own. */
export function baselineFields(values: { baselineFrom?: string; baselineTo?: string }, errors: FieldErrors) {
  return (['baselineFrom', 'baselineTo'] as const).map((name) => (
    <TextField
      name={name}
      type="date"
      label={t(`channels.baseline.${name}`)}
      value={values[name]}
      error={errors[name]}
    />
  ));
}

const signedPoints = (value: number | null) =>
  value === null
    ? '–'
    : `${value > 0 ? '+' : ''}${formatPercent(value).replace(' %', '')} ${t('channels.baseline.points')}`;
const kroner = (ore: number | null) => (ore === null ? '–' : formatKroner(ore));
const figure = (header: string, text: (row: FollowUpRow) => string): Column<FollowUpRow> => ({
  header: t(`channels.baseline.${header}`),
  numeric: true,
  text,
});

/** Since the baseline: the shift to the desired channel, the failure demand, and the saving at unit prices. */
export function BaselineSection({ report, followUp }: { report: FiguresReport; followUp: FollowUpReport }) {
  const label = (row: FollowUpRow) => {
    const figures = report.purposes.find((candidate) => candidate.purposeCode === row.purposeCode);
    return figures ? purposeLabel(figures) : t('channels.figures.unclassified');
  };
  const { baseline } = followUp;
  return (
    <>
      <p safe>
        {t('channels.baseline.summary', {
          from: baseline.from,
          to: baseline.to,
          saving: formatKroner(followUp.savingOre),
          failureDemand: formatCount(followUp.failureDemand),
        })}
      </p>
      <TableSection
        heading={t('channels.baseline.heading')}
        rows={followUp.rows}
        empty={t('channels.figures.none')}
        columns={[
          { header: t('channels.figures.purpose'), rowHeader: true, text: label },
          { header: t('channels.figures.desired'), text: (row) => channelName(row.desiredChannel) },
          figure('baselineShare', (row) => formatPercent(row.baselineDesiredShare)),
          figure('share', (row) => formatPercent(row.desiredShare)),
          figure('shift', (row) => signedPoints(row.shiftPoints)),
          figure(
            'failureDemand',
            (row) => `${formatCount(row.failureDemand)} (${formatPercent(row.failureDemandPercent)})`,
          ),
          figure('costAtBaseline', (row) => kroner(row.costAtBaselineOre)),
          figure('cost', (row) => formatKroner(row.costOre)),
          figure('saving', (row) => kroner(row.savingOre)),
        ]}
      />
      <p>{t('channels.baseline.method')}</p>
    </>
  );
}
