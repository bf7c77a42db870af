import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { Page } from '../views/layout.tsx';
import { Alert, FilterForm, Pagination, TextField } from '../views/components.tsx';
import { type Column, DataTable } from '../views/data-table.tsx';
import type { AuditRow } from './audit.service.ts';
import { AuditLogService, type AuditLogFilter, type PersonDirectory } from './audit-log.service.ts';

interface AuditRouteDependencies {
  db: Database;
  identity: PersonDirectory;
}

const PAGE_SIZE = 50;

const AuditQuery = z.object({
  cpr: z.string().trim().optional().default(''),
  actor: z.string().trim().optional().default(''),
  action: z.string().trim().optional().default(''),
  from: z.string().trim().optional().default(''),
  to: z.string().trim().optional().default(''),
  page: z.coerce.number().int().min(1).optional().default(1),
});
type AuditQuery = z.infer<typeof AuditQuery>;

const toDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined);
const csvCell = (value: unknown) => `"${String(value ?? '').replaceAll('"', '""')}"`;

const toFilter = (query: AuditQuery): AuditLogFilter => ({
  cpr: query.cpr || undefined,
  actorId: query.actor || undefined,
  action: query.action || undefined,
  from: toDate(query.from),
  to: toDate(query.to),
});

/** Administrators and system owners search the audit log, export it as CSV, and verify its hash chain. */
export function registerAuditRoutes(app: FastifyInstance, deps: AuditRouteDependencies): void {
  const auditLog = new AuditLogService(deps.db, deps.identity);

  app.get('/admin/audit', { config: { permission: 'audit:read' } }, async (request, reply) => {
    const query = AuditQuery.parse(request.query);
    const reader = { actor: request.principal, requestId: request.id };
    const offset = (query.page - 1) * PAGE_SIZE;
    const { rows, cprProblem } = await auditLog.search(reader, toFilter(query), PAGE_SIZE + 1, offset);
    const cprError = cprProblem && t(cprProblem === 'format' ? 'cpr.format' : 'cpr.date');
    const params = new URLSearchParams(
      Object.entries(query).filter(([key, value]) => key !== 'page' && value) as Array<[string, string]>,
    ).toString();
    return reply.page(() => (
      <AuditPage
        query={query}
        rows={rows.slice(0, PAGE_SIZE)}
        hasNext={rows.length > PAGE_SIZE}
        cprError={cprError}
        params={params}
      />
    ));
  });

  app.get('/admin/audit/export.csv', { config: { permission: 'audit:read' } }, async (request, reply) => {
    const query = AuditQuery.parse(request.query);
    const rows = await auditLog.export({ actor: request.principal, requestId: request.id }, toFilter(query));
    const header = [
      'id',
      'occurred_at',
      'actor_kind',
      'actor_id',
      'actor_name',
      'action',
      'person_id',
      'business_id',
      'object_type',
      'object_id',
      'purpose',
      'request_id',
      'hash',
    ];
    const lines = rows.map((row) =>
      header
        .map((column) =>
          csvCell(column === 'occurred_at' ? row.occurred_at.toISOString() : row[column as keyof AuditRow]),
        )
        .join(','),
    );
    return reply
      .header('content-disposition', 'attachment; filename="audit-log.csv"')
      .type('text/csv; charset=utf-8')
      .send([header.join(','), ...lines].join('\n'));
  });

  app.get('/admin/audit/verify', { config: { permission: 'audit:read' } }, async (request, reply) => {
    const result = await auditLog.verify({ actor: request.principal });
    return reply.page(() => (
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
    ));
  });
}

/** The columns of the list. */
function auditColumns(): Array<Column<AuditRow>> {
  return [
    { header: t('audit.column.when'), text: (row) => formatDateTime(row.occurred_at) },
    { header: t('audit.column.actor'), text: (row) => `${row.actor_name} (${row.actor_kind})` },
    { header: t('audit.column.action'), text: (row) => row.action },
    {
      header: t('audit.column.object'),
      text: (row) => (row.object_type ? `${row.object_type} ${row.object_id ?? ''}` : ''),
    },
    { header: t('audit.column.purpose'), text: (row) => row.purpose },
  ];
}

function AuditPage({
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
