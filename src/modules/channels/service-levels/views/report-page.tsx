import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { Chart } from '#platform/views/chart.tsx';
import { type FieldErrors, SelectField } from '#platform/views/components.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import type { ServiceLevelReport } from '../report.service.ts';
import { serviceLevelPaths } from './paths.ts';
import { ComplianceTable, complianceChart } from './compliance-table.tsx';

export interface ReportQuery {
  from: string;
  to: string;
  department: string;
}

/** Managers: compliance per target, red/amber/green against the target in force, worst first; chart, table, CSV. */
export function ReportPage({
  query,
  departments,
  report,
  errors = {},
}: {
  query: ReportQuery;
  departments: Array<{ code: string; name: string }>;
  report?: ServiceLevelReport;
  errors?: FieldErrors;
}) {
  const csv = report ? `${serviceLevelPaths.reportCsv}?${new URLSearchParams({ ...query })}` : undefined;
  const options = [{ value: '', label: t('channels.serviceLevels.wholeMunicipality') }].concat(
    departments.map((department) => ({ value: department.code, label: department.name })),
  );
  const department = (
    <SelectField
      name="department"
      label={t('channels.serviceLevels.department')}
      value={query.department}
      options={options}
      error={errors.department}
    />
  );
  return (
    <LeadPage title={t('channels.serviceLevels.title')} lead={t('channels.serviceLevels.lead')} back="/staff">
      <PeriodFilter
        texts="channels.serviceLevels"
        action={serviceLevelPaths.report}
        values={query}
        errors={errors}
        more={[department]}
        csv={csv}
      />
      {report ? <ReportBody report={report} /> : ''}
      <h2 class="h3">{t('channels.serviceLevels.method')}</h2>
      <p>{t('channels.serviceLevels.methodText')}</p>
    </LeadPage>
  );
}

function ReportBody({ report }: { report: ServiceLevelReport }) {
  const scope = report.department
    ? report.department.name[currentLocale()]
    : t('channels.serviceLevels.wholeMunicipality');
  return (
    <>
      <p safe>{t('channels.serviceLevels.scope', { scope, from: report.from, to: report.to })}</p>
      <Chart data={complianceChart(report.rows)} />
      <ComplianceTable rows={report.rows} />
    </>
  );
}
