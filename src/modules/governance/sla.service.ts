import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { Severity } from './governance-codes.ts';
import { refuseWith } from './governance-problems.ts';
import { audit, type RegisterService } from './register.service.ts';
import type { SlaTable } from './repository/governance.tables.ts';
import * as repository from './repository/sla.repository.ts';
import { type IncidentInput, parseIncidentCsv, readIncident } from './incident-rules.ts';
import { type MonthCompliance, monthBounds, monthCompliance } from './sla-compliance.ts';

export type { IncidentInput };

export interface Sla {
  systemId: string;
  availabilityTarget: number;
  supportHours: string;
  responseMinutes: number;
  sourcing: string;
  reasoning: string;
}

const toSla = (row: SlaTable): Sla => ({
  systemId: row.system_id,
  availabilityTarget: row.availability_target,
  supportHours: row.support_hours,
  responseMinutes: row.response_minutes,
  sourcing: row.sourcing,
  reasoning: row.reasoning,
});

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
    const { problems, values } = readIncident(input);
    refuseWith('governance.incident.invalid', problems);
    await this.db.transaction().execute(async (trx) => {
      await repository.insertIncidents(trx, [
        {
          system_id: systemId,
          severity: values!.severity,
          started_at: values!.startedAt,
          responded_at: values!.respondedAt,
          ended_at: values!.endedAt,
        },
      ]);
      await audit(trx, actor, 'governance:incident-record', systemId);
    });
  }

  /**
   * The service desk's CSV export of a system's incidents: every row checked first, and the file applies whole or
   * not at all (each problem named by line and column). Incidents already registered (same severity and start) are
   * skipped, so importing the same export twice does not count an outage twice. Returns how many were added.
   */
  async importIncidents(actor: Principal, systemId: string, text: string): Promise<{ added: number; skipped: number }> {
    assertCan(actor, 'governance:change');
    await this.register.assertMayChange(actor, systemId);
    const { incidents, problems } = parseIncidentCsv(text);
    if (problems.length)
      throw badRequest(
        'governance.import.invalid',
        {},
        problems.slice(0, 50).map((problem) => ({
          field: 'file',
          message: t('governance.import.line', {
            line: problem.line,
            column: problem.field ? t(`governance.incident.${problem.field}`) : '–',
            problem: t(problem.key, problem.values),
          }),
        })),
      );
    return this.db.transaction().execute(async (trx) => {
      const known = new Set(
        (await repository.incidentStarts(trx, systemId)).map(
          (row) => `${row.severity}|${row.started_at.toISOString()}`,
        ),
      );
      const fresh = incidents.filter(
        (incident) => !known.has(`${incident.severity}|${incident.startedAt.toISOString()}`),
      );
      const unique = [
        ...new Map(
          fresh.map((incident) => [`${incident.severity}|${incident.startedAt.toISOString()}`, incident]),
        ).values(),
      ];
      await repository.insertIncidents(
        trx,
        unique.map((incident) => ({
          system_id: systemId,
          severity: incident.severity,
          started_at: incident.startedAt,
          responded_at: incident.respondedAt,
          ended_at: incident.endedAt,
        })),
      );
      await audit(trx, actor, 'governance:incident-import', systemId);
      return { added: unique.length, skipped: incidents.length - unique.length };
    });
  }
}
