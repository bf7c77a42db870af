import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, Pagination, SelectField } from '#platform/views/components.tsx';
import type { CaseSummary } from '#modules/cases/cases.types.ts';
import type { QueueFilters } from '#modules/cases/cases.service.ts';
import { deadlineText, localized } from '../case-format.tsx';

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
      {cases.length === 0 ? (
        <p>{t('cases.queue.empty')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('cases.queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.field.reference')}</th>
                <th scope="col">{t('cases.field.caseType')}</th>
                <th scope="col">{t('cases.field.state')}</th>
                <th scope="col">{t('cases.field.received')}</th>
                <th scope="col">{t('cases.field.deadline')}</th>
                <th scope="col">{t('cases.field.assignee')}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((item) => (
                <tr>
                  <th scope="row">
                    <a href={`/staff/cases/${item.id}`} safe>
                      {item.reference}
                    </a>
                  </th>
                  <td safe>{localized(item.caseType.name)}</td>
                  <td safe>{localized(item.state.label)}</td>
                  <td>{deadlineText(item.receivedAt)}</td>
                  <td>
                    {deadlineText(item.deadline)}
                    {item.overdue ? <span class="badge badge-small ml-2">{t('cases.deadline.overdue')}</span> : ''}
                  </td>
                  <td>
                    {item.assigneeName ? (
                      <span safe>{item.assigneeName}</span>
                    ) : (
                      <form method="post" action={`/staff/cases/${item.id}/assign`} class="d-inline">
                        <CsrfField />
                        <input type="hidden" name="version" value={String(item.version)} />
                        <input type="hidden" name="assignee" value="me" />
                        <input type="hidden" name="returnTo" value={returnTo} />
                        <button type="submit" class="button button-secondary button-small">
                          {t('cases.assign.me')}
                          <span class="sr-only" safe>{` ${item.reference}`}</span>
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} hasNext={hasNext} baseQuery={filterQuery(filters)} />
    </Page>
  );
}
