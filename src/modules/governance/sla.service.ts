import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { FieldProblem } from '#platform/http/problem.ts';
import { isCode, type Severity, severities } from './governance-codes.ts';
import { isDay } from '#platform/time/danish-day.ts';
import { refuseWith } from './governance-problems.ts';
import { audit, type RegisterService } from './register.service.ts';
import type { SlaTable } from './repository/governance.tables.ts';
import * as repository from './repository/sla.repository.ts';
import { danishTime, type MonthCompliance, monthBounds, monthCompliance } from './sla-compliance.ts';

export interface Sla {
  systemId: string;
  availabilityTarget: number;
  supportHours: string;
  responseMinutes: number;
  sourcing: string;
  reasoning: string;
}

export interface IncidentInput {
  severity: string;
  startedAt: string;
  respondedAt: string;
  endedAt: string;
}

const toSla = (row: SlaTable): Sla => ({
  systemId: row.system_id,
  availabilityTarget: row.availability_target,
  supportHours: row.support_hours,
  responseMinutes: row.response_minutes,
  sourcing: row.sourcing,
  reasoning: row.reasoning,
});

/** A date-time typed as `2026-11-03T08:15` (Danish time is meant; the offset is taken from the zone). */
function readTime(text: string): Date | null | 'invalid' {
  if (!text.trim()) return null;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(text.trim())) return 'invalid';
  const [day, time] = text.trim().split(/[T ]/);
  if (!isDay(day) || Number(time.slice(0, 2)) > 23 || Number(time.slice(3)) > 59) return 'invalid';
  return danishTime(day, time);
}

/** SLAs per system and the incidents they are measured by: availability and response per month, red/amber/green. */
export class SlaService {
  constructor(
    private readonly db: Database,
    private readonly register: RegisterService,
  ) {}

  async ofSystems(systemIds: readonly string[]): Promise<Map<string, Sla>> {
    return new Map((await repository.slasOf(this.db, systemIds)).map((row) => [row.system_id, toSla(row)]));
  }

  /** Each system's compliance in a month (YYYY-MM), for the systems that have an SLA. */
  async compliance(
    systemIds: readonly string[],
    month: string,
    now = new Date(),
  ): Promise<Map<string, MonthCompliance>> {
    const slas = await this.ofSystems(systemIds);
    const { start, end } = monthBounds(month);
    const incidents = await repository.incidentsBetween(this.db, [...slas.keys()], start, end);
    const result = new Map<string, MonthCompliance>();
    for (const [systemId, sla] of slas) {
      const own = incidents
        .filter((incident) => incident.system_id === systemId)
        .map((incident) => ({
          severity: incident.severity as Severity,
          startedAt: incident.started_at,
          respondedAt: incident.responded_at,
          endedAt: incident.ended_at,
        }));
      result.set(systemId, monthCompliance(sla, own, month, now));
    }
    return result;
  }

  /** Registers an incident by hand (the service desk's CSV import uses the same checks). */
  async recordIncident(actor: Principal, systemId: string, input: IncidentInput): Promise<void> {
    assertCan(actor, 'governance:change');
    await this.register.assertMayChange(actor, systemId);
    const problems: FieldProblem[] = [];
    if (!isCode(severities, input.severity)) problems.push({ field: 'severity', key: 'governance.code.invalid' });
    const [startedAt, respondedAt, endedAt] = [input.startedAt, input.respondedAt, input.endedAt].map(readTime);
    if (!(startedAt instanceof Date)) problems.push({ field: 'startedAt', key: 'governance.time.invalid' });
    if (respondedAt === 'invalid') problems.push({ field: 'respondedAt', key: 'governance.time.invalid' });
    if (endedAt === 'invalid') problems.push({ field: 'endedAt', key: 'governance.time.invalid' });
    for (const [field, at] of [
      ['respondedAt', respondedAt],
      ['endedAt', endedAt],
    ] as const)
      if (startedAt instanceof Date && at instanceof Date && at < startedAt)
        problems.push({ field, key: 'governance.incident.beforeStart' });
    refuseWith('governance.incident.invalid', problems);
    await this.db.transaction().execute(async (trx) => {
      await repository.insertIncidents(trx, [
        {
          system_id: systemId,
          severity: input.severity,
          started_at: startedAt as Date,
          responded_at: respondedAt as Date | null,
          ended_at: endedAt as Date | null,
        },
      ]);
      await audit(trx, actor, 'governance:incident-record', systemId);
    });
  }
}
