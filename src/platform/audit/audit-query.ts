import { z } from 'zod';
import type { AuditLogFilter } from './audit-log.service.ts';

/** The audit page's search, from its query string. */
export const AuditQuery = z.object({
  cpr: z.string().trim().optional().default(''),
  actor: z.string().trim().optional().default(''),
  action: z.string().trim().optional().default(''),
  from: z.string().trim().optional().default(''),
  to: z.string().trim().optional().default(''),
  page: z.coerce.number().int().min(1).optional().default(1),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

const toDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined);
/** The search as the audit log service takes it (an empty field is no filter). */
export const toFilter = (query: AuditQuery): AuditLogFilter => ({
  cpr: query.cpr || undefined,
  actorId: query.actor || undefined,
  action: query.action || undefined,
  from: toDate(query.from),
  to: toDate(query.to),
});
