import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, Pagination, SelectField, choices, FilterForm } from '#platform/views/components.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import type { CaseSummary } from '#modules/cases/cases.types.ts';
import { queueSortDirection, type QueueFilters } from '#modules/cases/cases.service.ts';
import type { WarningsByCase } from '#modules/cases/case-warnings.ts';
import { OverdueDate, deadlineText, localized } from '../case-format.tsx';
import { QueueWarnings } from './case-warnings.tsx';

export interface QueueOptions {
  caseTypes: Array<{ code: string; name: { da: string; en: string } }>;
  states: Array<{ id: string; label: { da: string; en: string } }>;
}

export function filterQuery(filters: QueueFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters))
    if (value !== undefined && value !== '' && key !== 'page') params.set(key, String(value));
  return params.toString();
}

/** Staff: the work queue of the department, with filters, sorting and paging; "assign to me" on each unassigned case. */
export function QueuePage({
  cases,
  filters,
  options,
  page,
  hasNext,
  notice,
  warnings = new Map(),
}: {
  cases: CaseSummary[];
  filters: QueueFilters;
  options: QueueOptions;
  page: number;
  hasNext: boolean;
  notice?: string;
  /** other modules' warnings about the listed cases (the § 3 notice), by case id */
  warnings?: WarningsByCase;
}) {
  const returnTo = `/staff/cases?${filterQuery({ ...filters, page })}`;
  const sort = filters.sort ?? 'deadline';
  const any = { value: '', label: t('cases.queue.any') };
  return (
    <Page title={t('cases.queue.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('cases.queue.title')}</h1>
      {notice ? <Alert kind="success">{t(`cases.notice.${notice}`)}</Alert> : ''}
      <p>
        <a href="/staff/cases/new" class="button button-secondary">
          {t('cases.new.link')}
        </a>
      </p>
      <FilterForm
        action="/staff/cases"
        submit={t('cases.queue.filter')}
        fields={[
          <SelectField
            name="assignment"
            label={t('cases.queue.assignment')}
            value={filters.assignment ?? 'all'}
            options={choices(['all', 'unassigned', 'mine'], 'cases.queue.assignment')}
          />,
          ...(
            [
              ['caseType', options.caseTypes.map((type) => ({ value: type.code, label: localized(type.name) }))],
              ['state', options.states.map((state) => ({ value: state.id, label: localized(state.label) }))],
            ] as const
          ).map(([name, choicesOf]) => (
            <SelectField
              name={name}
              label={t(`cases.queue.${name}`)}
              value={filters[name] ?? ''}
              options={[any, ...choicesOf]}
            />
          )),
          <SelectField
            name="deadline"
            label={t('cases.queue.deadline')}
            value={filters.deadline ?? ''}
            options={[any, ...choices(['soon', 'overdue'], 'cases.queue.deadline')]}
          />,
          <SelectField
            name="sort"
            label={t('cases.queue.sort')}
            value={sort}
            options={choices(['deadline', 'received', 'reference'], 'cases.queue.sort')}
          />,
        ]}
      />
      <DataTable
        caption={t('cases.queue.caption')}
        captionHidden
        rows={cases}
        empty={t('cases.queue.empty')}
        sort={{ key: sort, direction: filters.dir ?? queueSortDirection[sort] }}
        columns={[
          {
            header: t('cases.field.reference'),
            rowHeader: true,
            sortKey: 'reference',
            firstDirection: queueSortDirection.reference,
            cell: (item) => (
              <a href={`/staff/cases/${item.id}`} safe>
                {item.reference}
              </a>
            ),
          },
          { header: t('cases.field.applicant'), text: (item) => item.applicantName ?? '–' },
          { header: t('cases.field.caseType'), text: (item) => localized(item.caseType.name) },
          { header: t('cases.field.state'), text: (item) => localized(item.state.label) },
          {
            header: t('cases.field.received'),
            sortKey: 'received',
            firstDirection: queueSortDirection.received,
            text: (item) => deadlineText(item.receivedAt),
          },
          {
            header: t('cases.field.deadline'),
            sortKey: 'deadline',
            firstDirection: queueSortDirection.deadline,
            cell: (item) => (
              <>
                <OverdueDate text={deadlineText(item.deadline)} overdue={item.overdue} dueToday={item.dueToday} />
                <QueueWarnings warnings={warnings.get(item.id) ?? []} reference={item.reference} />
              </>
            ),
          },
          {
            header: t('cases.field.assignee'),
            cell: (item) =>
              item.assigneeName ? (
                <span safe>{item.assigneeName}</span>
              ) : (
                <RowAction
                  action={`/staff/cases/${item.id}/assign`}
                  label={t('cases.assign.me')}
                  subject={item.reference}
                  fields={{ version: String(item.version), assignee: 'me', returnTo }}
                  small
                  inline
                />
              ),
          },
        ]}
      />
      <Pagination page={page} hasNext={hasNext} baseQuery={filterQuery(filters)} />
    </Page>
  );
}
