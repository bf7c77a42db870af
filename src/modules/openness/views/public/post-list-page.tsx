import { formatDate, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { ErrorSummary, type FieldErrors, FilterForm, fieldBinding } from '#platform/views/form.tsx';
import { SelectField, TextField } from '#platform/views/text-fields.tsx';
import { Pagination } from '#platform/views/pagination.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import type { PostListQuery } from '../../post-list-filter.ts';
import type { PostListPage as ListPage } from '../../post-list.service.ts';
import type { PublicEntry } from '../../public-entry.ts';
import { isoWeek } from '../format.ts';
import { opennessPaths } from '../paths.ts';

export type Option = { value: string; label: string };

const columns = () => [
  { header: t('openness.list.date'), text: (entry: PublicEntry) => formatDate(entry.registeredAt) },
  { header: t('openness.list.week'), text: (entry: PublicEntry) => isoWeek(entry.registeredAt), numeric: true },
  { header: t('openness.list.case'), text: (entry: PublicEntry) => `${entry.caseReference} ${entry.caseTitle}` },
  { header: t('openness.list.document'), text: (entry: PublicEntry) => entry.documentTitle, rowHeader: true },
  { header: t('openness.list.direction'), text: (entry: PublicEntry) => t(`openness.direction.${entry.direction}`) },
  {
    header: t('openness.list.party'),
    text: (entry: PublicEntry) =>
      [t(`openness.party.${entry.partyCategory}`), entry.partyName].filter(Boolean).join(': '),
  },
];

/** Anyone: the post list with its search, a CSV link, the department's feed and a request button per letter. */
export function PostListPage(props: {
  query: PostListQuery;
  result?: ListPage;
  errors?: FieldErrors;
  caseTypes: Option[];
  departments: Option[];
}) {
  const { query, result, errors = {} } = props;
  const field = fieldBinding(query, errors);
  const any = { value: '', label: t('openness.list.any') };
  const search = new URLSearchParams(
    Object.entries(query).filter((pair): pair is [string, string] => !!pair[1] && pair[0] !== 'page'),
  );
  const fields = [
    <TextField {...field('q')} type="search" label={t('openness.list.q')} />,
    <TextField {...field('reference')} label={t('openness.list.reference')} />,
    <SelectField {...field('caseType')} label={t('openness.list.caseType')} options={[any, ...props.caseTypes]} />,
    <SelectField
      {...field('department')}
      label={t('openness.list.department')}
      options={[any, ...props.departments]}
    />,
    <TextField {...field('from')} type="date" label={t('openness.list.from')} />,
    <TextField {...field('to')} type="date" label={t('openness.list.to')} />,
  ];
  return (
    <LeadPage title={t('openness.list.title')} lead={t('openness.list.lead')}>
      <ErrorSummary errors={errors} />
      <FilterForm
        action={opennessPaths.list}
        submit={t('openness.list.show')}
        fields={fields}
        extra={<ButtonLink href={`${opennessPaths.csv}?${search}`}>{t('openness.list.csv')}</ButtonLink>}
      />
      {query.department && !errors.department ? (
        <p>
          <a href={opennessPaths.feed(query.department)} safe>
            {t('openness.list.feed')}
          </a>
        </p>
      ) : (
        ''
      )}
      {result ? (
        <>
          <DataTable
            caption={t('openness.list.caption')}
            columns={columns()}
            rows={result.entries}
            empty={t('openness.list.empty')}
            actions={(entry) => (
              <RowLink
                href={opennessPaths.askAbout(entry.id)}
                label={t('openness.list.ask')}
                subject={entry.documentTitle}
              />
            )}
          />
          <Pagination page={result.page} hasNext={result.hasNext} baseQuery={search.toString()} />
        </>
      ) : (
        ''
      )}
    </LeadPage>
  );
}
