import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { type FieldErrors, SelectField } from '#platform/views/components.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { PeriodFilter } from '#platform/views/period-filter.tsx';
import { channelName, formatCount, formatPercent } from '../../views/format.ts';
import { StatusBadge } from '../../service-levels/views/compliance-table.tsx';
import { serviceLevelPaths } from '../../service-levels/views/paths.ts';
import type { SatisfactionComment, SatisfactionRow } from '../satisfaction.service.ts';
import { satisfactionPaths } from './paths.ts';

export interface SatisfactionQuery {
  from: string;
  to: string;
  department: string;
}

const average = (value: number | null) =>
  value === null ? '–' : new Intl.NumberFormat(currentLocale() === 'da' ? 'da-DK' : 'en-GB').format(value);

/**
 * Managers: the survey answers per service and channel (invited, answered, average, share satisfied against the
 * satisfaction target in force), and a link to the comments (whose reading is audited).
 */
export function SatisfactionPage({
  query,
  departments,
  rows,
  comments,
  errors = {},
}: {
  query: SatisfactionQuery;
  departments: Array<{ code: string; name: string }>;
  rows?: SatisfactionRow[];
  comments?: SatisfactionComment[];
  errors?: FieldErrors;
}) {
  const options = [{ value: '', label: t('channels.serviceLevels.wholeMunicipality') }].concat(
    departments.map((department) => ({ value: department.code, label: department.name })),
  );
  const search = new URLSearchParams({ ...query }).toString();
  return (
    <LeadPage
      title={t('channels.satisfaction.title')}
      lead={t('channels.satisfaction.lead')}
      back={serviceLevelPaths.report}
    >
      <PeriodFilter
        texts="channels.serviceLevels"
        action={comments ? satisfactionPaths.comments : satisfactionPaths.figures}
        values={query}
        errors={errors}
        more={[
          <SelectField
            name="department"
            label={t('channels.serviceLevels.department')}
            value={query.department}
            options={options}
            error={errors.department}
          />,
        ]}
      />
      {rows ? (
        <>
          <DataTable
            caption={t('channels.satisfaction.caption')}
            rows={rows}
            empty={t('channels.satisfaction.none')}
            columns={[
              {
                header: t('channels.serviceLevels.service'),
                rowHeader: true,
                text: (row) => row.serviceName[currentLocale()],
              },
              { header: t('channels.serviceLevels.channel'), text: (row) => channelName(row.channel) },
              { header: t('channels.satisfaction.invited'), numeric: true, text: (row) => formatCount(row.invited) },
              { header: t('channels.satisfaction.answers'), numeric: true, text: (row) => formatCount(row.answers) },
              { header: t('channels.satisfaction.average'), numeric: true, text: (row) => average(row.average) },
              {
                header: t('channels.satisfaction.share'),
                numeric: true,
                text: (row) =>
                  `${formatPercent(row.share)} (${t('channels.satisfaction.lowest', { score: row.lowest })})`,
              },
              {
                header: t('channels.serviceLevels.target'),
                numeric: true,
                text: (row) => formatPercent(row.targetPercent),
              },
              { header: t('channels.serviceLevels.status'), cell: (row) => <StatusBadge status={row.status} /> },
            ]}
          />
          <p>
            <a href={`${satisfactionPaths.comments}?${search}`}>{t('channels.satisfaction.commentsLink')}</a>
          </p>
        </>
      ) : (
        ''
      )}
      {comments ? (
        <>
          <p>{t('channels.satisfaction.commentsAudited')}</p>
          <DataTable
            caption={t('channels.satisfaction.commentsCaption')}
            rows={comments}
            empty={t('channels.satisfaction.noComments')}
            columns={[
              {
                header: t('channels.satisfaction.answeredAt'),
                rowHeader: true,
                text: (row) =>
                  row.answeredAt.toLocaleDateString(currentLocale() === 'da' ? 'da-DK' : 'en-GB', {
                    timeZone: 'Europe/Copenhagen',
                  }),
              },
              { header: t('channels.serviceLevels.service'), text: (row) => row.serviceName[currentLocale()] },
              { header: t('channels.serviceLevels.channel'), text: (row) => channelName(row.channel) },
              { header: t('channels.satisfaction.score'), numeric: true, text: (row) => row.score },
              { header: t('channels.satisfaction.comment'), text: (row) => row.comment },
            ]}
          />
          <p>
            <a href={`${satisfactionPaths.figures}?${search}`}>{t('channels.satisfaction.figuresLink')}</a>
          </p>
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('channels.serviceLevels.method')}</h2>
      <p>{t('channels.satisfaction.method')}</p>
    </LeadPage>
  );
}
