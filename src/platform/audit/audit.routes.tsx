import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { formatDateTime, t } from '../i18n/i18n.ts';
import { Page } from '../views/layout.tsx';
import { Pagination, TextField, Alert } from '../views/components.tsx';
import { AuditLogService, type AuditLogFilter, type AuditRow, type PersonDirectory } from './audit.service.ts';

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
      <form method="get" action="/admin/audit" class="mb-6">
        <div class="row">
          <div class="col-md-4">
            <TextField name="cpr" label={t('audit.filter.cpr')} value={query.cpr} error={cprError} autocomplete="off" />
          </div>
          <div class="col-md-4">
            <TextField
              name="action"
              label={t('audit.filter.action')}
              value={query.action}
              hint={t('audit.filter.actionHint')}
            />
          </div>
          <div class="col-md-4">
            <TextField name="actor" label={t('audit.filter.actor')} value={query.actor} />
          </div>
          <div class="col-md-4">
            <TextField name="from" type="date" label={t('audit.filter.from')} value={query.from} />
          </div>
          <div class="col-md-4">
            <TextField name="to" type="date" label={t('audit.filter.to')} value={query.to} />
          </div>
        </div>
        <button type="submit" class="button button-primary">
          {t('common.search')}
        </button>{' '}
        <a class="button button-secondary" href={`/admin/audit/export.csv?${params}`}>
          {t('common.export')} (CSV)
        </a>{' '}
        <a class="button button-tertiary" href="/admin/audit/verify">
          {t('audit.verify.title')}
        </a>
      </form>
      {rows.length === 0 ? (
        <p>{t('common.noResults')}</p>
      ) : (
        <div class="table--responsive-scroll">
          <table class="table table--zebra">
            <caption class="sr-only">{t('audit.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.column.when')}</th>
                <th scope="col">{t('audit.column.actor')}</th>
                <th scope="col">{t('audit.column.action')}</th>
                <th scope="col">{t('audit.column.object')}</th>
                <th scope="col">{t('audit.column.purpose')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <td>{formatDateTime(row.occurred_at)}</td>
                  <td safe>{`${row.actor_name} (${row.actor_kind})`}</td>
                  <td safe>{row.action}</td>
                  <td safe>{row.object_type ? `${row.object_type} ${row.object_id ?? ''}` : ''}</td>
                  <td safe>{row.purpose}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={query.page} hasNext={hasNext} baseQuery={params} />
    </Page>
  );
}
