import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { FilterForm } from '#platform/views/form.tsx';
import { linkColumn } from '#platform/views/link-column.tsx';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { TableSection } from '#platform/views/table-section.tsx';
import { TextField } from '#platform/views/text-fields.tsx';
import type { Rating } from '../../sla-compliance.ts';
import type { Initiative, PoolSummary } from '../../plan.service.ts';
import { codeText, kroner, RatingBadge } from '../format.tsx';
import { governancePaths } from '../paths.ts';

const figure = (value: number | null, unit: string) =>
  value === null
    ? '–'
    : `${new Intl.NumberFormat(currentLocale() === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} ${t(`governance.unit.${unit}`)}`;

/** The digitalisation group's board: this year's initiatives, their gains (computed where a key figure measures them) and the pool. */
export function PlanPage({
  year,
  initiatives,
  pool,
  mayPlan = false,
  saved,
}: {
  year: number;
  initiatives: Initiative[];
  pool: PoolSummary;
  /** the digitalisation group's planners add and change initiatives */
  mayPlan?: boolean;
  saved?: string;
}) {
  const benefits = initiatives.flatMap((initiative) =>
    initiative.benefits.map((benefit) => ({ ...benefit, initiative })),
  );
  return (
    <LeadPage title={t('governance.plan.title', { year })} lead={t('governance.plan.lead')} back="/staff">
      {saved ? <Alert kind="success">{t(`governance.saved.${saved}`)}</Alert> : ''}
      {mayPlan ? (
        <p>
          <ButtonLink href={`${governancePaths.newInitiative}?year=${year}`}>
            {t('governance.initiative.newTitle')}
          </ButtonLink>
        </p>
      ) : (
        ''
      )}
      <FilterForm
        action={governancePaths.plan}
        submit={t('governance.plan.show')}
        fields={[<TextField name="year" value={String(year)} label={t('governance.plan.year')} inputmode="numeric" />]}
      />
      <TableSection
        heading={t('governance.plan.initiatives')}
        rows={initiatives}
        empty={t('governance.plan.empty')}
        columns={[
          mayPlan
            ? linkColumn<Initiative>(
                t('governance.initiative.title'),
                (row) => governancePaths.editInitiative(row.id),
                (row) => row.title,
              )
            : { header: t('governance.initiative.title'), rowHeader: true, text: (row) => row.title },
          { header: t('governance.initiative.focusArea'), text: (row) => codeText('focusArea', row.focusArea) },
          { header: t('governance.initiative.department'), text: (row) => row.departmentCode },
          { header: t('governance.initiative.phase'), text: (row) => codeText('phase', row.phase) },
          { header: t('governance.initiative.status'), cell: (row) => <RatingBadge rating={row.status as Rating} /> },
          { header: t('governance.initiative.budget'), numeric: true, text: (row) => kroner(row.budgetOre) },
          { header: t('governance.initiative.funding'), text: (row) => codeText('funding', row.funding) },
        ]}
      />
      <TableSection
        heading={t('governance.plan.benefits')}
        rows={benefits}
        empty={t('governance.plan.noBenefits')}
        columns={[
          { header: t('governance.benefit.description'), rowHeader: true, text: (row) => row.description },
          { header: t('governance.initiative.title'), text: (row) => row.initiative.title },
          {
            header: t('governance.benefit.source'),
            text: (row) => (row.keyFigure ? t(`governance.figure.${row.keyFigure}`) : t('governance.benefit.entered')),
          },
          { header: t('governance.benefit.baseline'), numeric: true, text: (row) => figure(row.baseline, row.unit) },
          { header: t('governance.benefit.target'), numeric: true, text: (row) => figure(row.target, row.unit) },
          { header: t('governance.benefit.measured'), numeric: true, text: (row) => figure(row.measured, row.unit) },
          { header: t('governance.benefit.expected'), numeric: true, text: (row) => figure(row.expected, row.unit) },
          { header: t('governance.benefit.realised'), numeric: true, text: (row) => figure(row.realised, row.unit) },
          { header: t('governance.benefit.deviation'), numeric: true, text: (row) => figure(row.deviation, row.unit) },
        ]}
      />
      <h2 safe>{t('governance.pool.heading')}</h2>
      <SummaryList
        caption={t('governance.pool.heading')}
        items={[
          { label: t('governance.pool.deposits'), text: kroner(pool.deposits) },
          { label: t('governance.pool.grants'), text: kroner(pool.grants) },
          { label: t('governance.pool.repayments'), text: kroner(pool.repayments) },
          { label: t('governance.pool.balance'), text: kroner(pool.balance) },
          {
            label: t('governance.pool.selfFinancing'),
            text: pool.selfFinancing === null ? '–' : figure(pool.selfFinancing, 'percent'),
          },
        ]}
      />
    </LeadPage>
  );
}
