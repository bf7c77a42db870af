import type { Database } from '#platform/db/database.ts';
import type { Logger } from 'pino';
import type { MailTransport } from '#platform/mail/mail-transport.ts';
import { withLocale } from '#platform/i18n/i18n.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { addDays, danishDay } from '#platform/time/danish-day.ts';
import { formatPercent } from '../views/format.ts';
import { type ComplianceRow, complianceRows } from './compliance.ts';
import { alertChanges } from './compliance-alerts.ts';
import * as alerts from './compliance-alert.repository.ts';
import { countsByTarget } from './report.repository.ts';
import { keyOf } from './service-target.ts';
import { listTargets } from './target.repository.ts';
import { targetLabel } from './views/target-text.ts';

/** The rolling window an alert looks at: the last 28 Danish days, today included. */
export const ALERT_WINDOW_DAYS = 28;

/**
 * The alert to a department's managers: when a target's compliance over the rolling window falls below the target
 * in force, one e-mail (platform SMTP); the alert stays open, and mails nothing more, until compliance is back; a
 * later fall fires again. An alert whose mail failed is mailed on the next run.
 */
export class ComplianceAlertService {
  constructor(
    private readonly deps: {
      db: Database;
      identity: Pick<IdentityContract, 'listDepartments' | 'staffInDepartment' | 'getStaff'>;
      mail: MailTransport | undefined;
      from: string;
      publicUrl: string;
      logger?: Pick<Logger, 'warn'>;
    },
  ) {}

  /** Checks every department; returns the alerts fired and resolved (by department and target key). */
  async check(now = new Date()): Promise<{ fired: string[]; resolved: string[] }> {
    const { db, identity } = this.deps;
    const today = danishDay(now);
    const from = addDays(today, -(ALERT_WINDOW_DAYS - 1));
    const targets = await listTargets(db);
    const fired: string[] = [];
    const resolved: string[] = [];
    for (const department of await identity.listDepartments()) {
      const counts = await countsByTarget(db, { from, to: today, now, departmentCode: department.code });
      const rows = complianceRows(targets, counts, today);
      const open = await alerts.openAlerts(db, department.code);
      const changes = alertChanges(rows, open);
      for (const alert of changes.resolve) {
        await alerts.resolveAlert(db, alert.id, now);
        resolved.push(`${department.code} ${alert.targetKey}`);
      }
      const toMail: Array<{ id: string; row?: ComplianceRow }> = open
        .filter((alert) => !alert.mailed && !changes.resolve.includes(alert))
        .map((alert) => ({ id: alert.id, row: rows.find((row) => keyOf(row.key) === alert.targetKey) }));
      for (const row of changes.fire) {
        const id = await alerts.fireAlert(db, {
          departmentCode: department.code,
          targetKey: keyOf(row.key),
          compliance: row.compliance ?? 0,
          targetPercent: row.target.targetPercent,
          at: now,
        });
        if (!id) continue;
        fired.push(`${department.code} ${keyOf(row.key)}`);
        toMail.push({ id, row });
      }
      for (const { id, row } of toMail) if (row) await this.mail(department, row, id, from, today, now);
    }
    return { fired, resolved };
  }

  /** The e-mail to the department's managers (Danish: staff mail), then the alert is marked mailed. */
  private async mail(
    department: { id: string; code: string; name: { da: string } },
    row: ComplianceRow,
    alertId: string,
    from: string,
    today: string,
    now: Date,
  ): Promise<void> {
    const { identity, mail, db } = this.deps;
    if (!mail) return void this.deps.logger?.warn('SMTP_URL unset: a compliance alert is recorded, not mailed');
    const staff = await Promise.all(
      (await identity.staffInDepartment(department.id)).map((member) => identity.getStaff(member.id)),
    );
    const managers = staff.filter((member) => member?.roles.includes('manager') && member.email);
    if (!managers.length) return;
    const { subject, text } = withLocale('da', () => ({
      subject: `Serviceniveau under målet: ${targetLabel(row.key)}`,
      text: [
        `${department.name.da}: ${targetLabel(row.key)} blev overholdt for ${formatPercent(row.compliance)} de sidste ${ALERT_WINDOW_DAYS} dage (${from} – ${today}).`,
        `Målet er ${formatPercent(row.target.targetPercent)} (besluttet af ${row.target.decidedBy}, ${row.target.decisionReference}).`,
        `Inden for fristen: ${row.hit}. Over fristen: ${row.missed}.`,
        '',
        `Se serviceniveauerne: ${this.deps.publicUrl}/staff/service-levels?department=${encodeURIComponent(department.code)}&from=${from}&to=${today}`,
        '',
        'Du får ikke flere e-mails om dette mål, før overholdelsen har været tilbage på målet.',
      ].join('\n'),
    }));
    for (const manager of managers)
      await mail.send({
        to: manager!.email!,
        from: this.deps.from,
        subject,
        text,
        reference: `${alertId}.${manager!.id}`,
      });
    await alerts.markMailed(db, alertId, now);
  }
}
