import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { ErrorSummary, SelectField, TextField } from '#platform/views/components.tsx';
import { usageEvents, type UsageReport } from '#modules/selfservice/usage.service.ts';
import { ABANDON_AFTER_DAYS } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';

export interface UsageFilter {
  from: string;
  to: string;
  granularity: 'day' | 'month';
}

/** Staff: usage counts per solution and day or month, as a chart with the same figures in tables, and a CSV export. */
export function UsagePage({
  filter,
  report,
  chartSvg,
  errors = {},
}: {
  filter: UsageFilter;
  report?: UsageReport;
  chartSvg?: string;
  errors?: Record<string, string>;
}) {
  const query = new URLSearchParams({ from: filter.from, to: filter.to, granularity: filter.granularity }).toString();
  const formatRate = (rate: number | null) =>
    rate === null ? '–' : `${currentLocale() === 'da' ? String(rate).replace('.', ',') : String(rate)} %`;
  return (
    <Page title={t('selfservice.usage.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('selfservice.usage.title')}</h1>
      <p class="font-lead">{t('selfservice.usage.lead')}</p>
      <ErrorSummary errors={errors} />
      <form method="get" action={paths.usage} class="mb-6">
        <div class="row">
          <div class="col-md-4">
            <TextField
              name="from"
              type="date"
              label={t('selfservice.usage.from')}
              value={filter.from}
              error={errors.from}
            />
          </div>
          <div class="col-md-4">
            <TextField name="to" type="date" label={t('selfservice.usage.to')} value={filter.to} error={errors.to} />
          </div>
          <div class="col-md-4">
            <SelectField
              name="granularity"
              label={t('selfservice.usage.granularity')}
              value={filter.granularity}
              options={[
                { value: 'day', label: t('selfservice.usage.day') },
                { value: 'month', label: t('selfservice.usage.month') },
              ]}
            />
          </div>
        </div>
        <button type="submit" class="button button-primary">
          {t('selfservice.usage.show')}
        </button>{' '}
        {report ? (
          <a class="button button-secondary" href={`${paths.usageCsv}?${query}`}>
            {t('selfservice.usage.csv')}
          </a>
        ) : (
          ''
        )}
      </form>
      {report ? (
        <>
          {chartSvg ? (
            <figure class="chart">
              <div role="img" aria-label={t('selfservice.usage.chart')}>
                {chartSvg}
              </div>
              <figcaption class="form-hint">{t('selfservice.usage.chart')}</figcaption>
            </figure>
          ) : (
            ''
          )}
          <h2>{t('selfservice.usage.totals')}</h2>
          <div class="table--responsive-scroll">
            <table class="table table--zebra">
              <caption class="sr-only">{t('selfservice.usage.totals')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('selfservice.usage.solution')}</th>
                  {usageEvents.map((event) => (
                    <th scope="col" class="align-text-right">
                      {t(`selfservice.usage.event.${event}`)}
                    </th>
                  ))}
                  <th scope="col" class="align-text-right">
                    {t('selfservice.usage.completionRate')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.totals.map((total) => (
                  <tr>
                    <th scope="row" safe>
                      {localized(total.solutionName)}
                    </th>
                    {usageEvents.map((event) => (
                      <td class="align-text-right">{String(total.counts[event])}</td>
                    ))}
                    <td class="align-text-right">{formatRate(total.completionRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('selfservice.usage.byPeriod')}</h2>
          {report.rows.length === 0 ? (
            <p>{t('selfservice.usage.noData')}</p>
          ) : (
            <div class="table--responsive-scroll">
              <table class="table table--zebra">
                <caption class="sr-only">{t('selfservice.usage.byPeriod')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('selfservice.usage.period')}</th>
                    <th scope="col">{t('selfservice.usage.solution')}</th>
                    {usageEvents.map((event) => (
                      <th scope="col" class="align-text-right">
                        {t(`selfservice.usage.event.${event}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row) => (
                    <tr>
                      <td>{row.period}</td>
                      <td safe>{localized(row.solutionName)}</td>
                      {usageEvents.map((event) => (
                        <td class="align-text-right">{String(row.counts[event])}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('selfservice.usage.method')}</h2>
      <p>{t('selfservice.usage.methodText', { days: ABANDON_AFTER_DAYS })}</p>
    </Page>
  );
}
