import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, Pagination, SelectField } from '#platform/views/components.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';
import type { CaseSummary } from '#modules/cases/cases.types.ts';
import { queueSortDirection, type QueueFilters } from '#modules/cases/cases.service.ts';
import { OverdueDate, deadlineText, localized } from '../case-format.tsx';

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
}: {
  cases: CaseSummary[];
  filters: QueueFilters;
  options: QueueOptions;
  page: number;
  hasNext: boolean;
  notice?: string;
}) {
  const returnTo = `/staff/cases?${filterQuery({ ...filters, page })}`;
  const sort = filters.sort ?? 'deadline';
  return (
    <Page title={t('cases.queue.title')} backLink={{ href: '/staff', label: 'common.back' }}>
      <h1>{t('cases.queue.title')}</h1>
      {notice ? <Alert kind="success">{t(`cases.notice.${notice}`)}</Alert> : ''}
      <p>
        <a href="/staff/cases/new" class="button button-secondary">
          {t('cases.new.link')}
        </a>
      </p>
      <form method="get" action="/staff/cases" class="mb-6">
        <div class="row">
          <div class="col-md-4">
            <SelectField
              name="assignment"
              label={t('cases.queue.assignment')}
              value={filters.assignment ?? 'all'}
              options={['all', 'unassigned', 'mine'].map((value) => ({
                value,
                label: t(`cases.queue.assignment.${value}`),
              }))}
            />
          </div>
          <div class="col-md-4">
            <SelectField
              name="caseType"
              label={t('cases.queue.caseType')}
              value={filters.caseType ?? ''}
              options={[
                { value: '', label: t('cases.queue.any') },
                ...options.caseTypes.map((type) => ({ value: type.code, label: localized(type.name) })),
              ]}
            />
          </div>
          <div class="col-md-4">
            <SelectField
              name="state"
              label={t('cases.queue.state')}
              value={filters.state ?? ''}
              options={[
                { value: '', label: t('cases.queue.any') },
                ...options.states.map((state) => ({ value: state.id, label: localized(state.label) })),
              ]}
            />
          </div>
          <div class="col-md-4">
            <SelectField
              name="deadline"
              label={t('cases.queue.deadline')}
              value={filters.deadline ?? ''}
              options={[
                { value: '', label: t('cases.queue.any') },
                { value: 'soon', label: t('cases.queue.deadline.soon') },
                { value: 'overdue', label: t('cases.queue.deadline.overdue') },
              ]}
            />
          </div>
          <div class="col-md-4">
            <SelectField
              name="sort"
              label={t('cases.queue.sort')}
              value={filters.sort ?? 'deadline'}
              options={['deadline', 'received', 'reference'].map((value) => ({
                value,
                label: t(`cases.queue.sort.${value}`),
              }))}
            />
          </div>
        </div>
        <button type="submit" class="button button-primary">
          {t('cases.queue.filter')}
        </button>
      </form>
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
            cell: (item) => <OverdueDate text={deadlineText(item.deadline)} overdue={item.overdue} />,
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
