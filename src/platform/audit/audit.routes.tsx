import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { t } from '../i18n/i18n.ts';
import { AuditLogService, type PersonDirectory } from './audit-log.service.ts';
import { AuditQuery, toFilter } from './audit-query.ts';
import { auditCsv } from './audit-csv.ts';
import { AuditPage, VerifyPage } from './audit-pages.tsx';

interface AuditRouteDependencies {
  db: Database;
  identity: PersonDirectory;
}

const PAGE_SIZE = 50;

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
    return reply
      .header('content-disposition', 'attachment; filename="audit-log.csv"')
      .type('text/csv; charset=utf-8')
      .send(auditCsv(rows));
  });

  app.get('/admin/audit/verify', { config: { permission: 'audit:read' } }, async (request, reply) => {
    const result = await auditLog.verify({ actor: request.principal });
    return reply.page(() => <VerifyPage result={result} />);
  });
}
