import { actorKindName, auditActionName, auditPurposeText, objectTypeName } from './audit-names.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { Page } from '../views/layout.tsx';
import { Alert, FilterForm, Pagination, TextField } from '../views/components.tsx';
import { type Column, DataTable } from '../views/data-table.tsx';
import type { AuditRow } from './audit.service.ts';
import type { ChainVerification } from './audit-chain-verification.ts';
import type { AuditQuery } from './audit-query.ts';

/** The columns of the list. */
function auditColumns(): Array<Column<AuditRow>> {
  return [
    { header: t('audit.column.when'), text: (row) => formatDateTime(row.occurred_at) },
    { header: t('audit.column.actor'), text: (row) => `${row.actor_name} (${actorKindName(row.actor_kind)})` },
    { header: t('audit.column.action'), text: (row) => auditActionName(row.action) },
    {
      header: t('audit.column.object'),
      text: (row) => (row.object_type ? `${objectTypeName(row.object_type)} ${row.object_id ?? ''}` : ''),
    },
    { header: t('audit.column.purpose'), text: (row) => auditPurposeText(row.purpose) },
  ];
}

export function AuditPage({
  query,
  rows,
  hasNext,
  cprError,
  params,
}: {
  query: AuditQuery;
  rows: AuditRow[];
  hasNext: boolean;
  cprError?: string;
  params: string;
}) {
  return (
    <Page title={t('audit.title')}>
      <h1>{t('audit.title')}</h1>
      <p class="font-lead">{t('audit.lead')}</p>
      <FilterForm
        action="/admin/audit"
        submit={t('common.search')}
        fields={[
          <TextField name="cpr" label={t('audit.filter.cpr')} value={query.cpr} error={cprError} autocomplete="off" />,
          <TextField
            name="action"
            label={t('audit.filter.action')}
            value={query.action}
            hint={t('audit.filter.actionHint')}
          />,
          <TextField name="actor" label={t('audit.filter.actor')} value={query.actor} />,
          ...(['from', 'to'] as const).map((name) => (
            <TextField name={name} type="date" label={t(`audit.filter.${name}`)} value={query[name]} />
          )),
        ]}
        extra={
          <>
            <a class="button button-secondary" href={`/admin/audit/export.csv?${params}`}>
              {t('common.export')} (CSV)
            </a>{' '}
            <a class="button button-tertiary" href="/admin/audit/verify">
              {t('audit.verify.title')}
            </a>
          </>
        }
      />
      <DataTable
        caption={t('audit.title')}
        captionHidden
        rows={rows}
        empty={t('common.noResults')}
        columns={auditColumns()}
      />
      <Pagination page={query.page} hasNext={hasNext} baseQuery={params} />
    </Page>
  );
}

/** The result of walking the hash chain: intact, or the first row that breaks it and why. */
export function VerifyPage({ result }: { result: ChainVerification }) {
  return (
    <Page title={t('audit.verify.title')} backLink={{ href: '/admin/audit', label: 'common.back' }}>
      <h1>{t('audit.verify.title')}</h1>
      {result.ok ? (
        <Alert kind="success" heading={t('audit.verify.ok', { count: result.checked })} />
      ) : (
        <Alert kind="error" heading={t('audit.verify.broken', { id: result.brokenAtId ?? 0 })}>
          {result.reason ?? ''}
        </Alert>
      )}
    </Page>
  );
}
