import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { MailTransport } from '#platform/mail/mail-transport.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import * as repository from './repository/contract.repository.ts';

/** The e-mail that reaches the contract owner: Danish first, then English (staff read either). */
export function deadlineAlertMail(contract: {
  contractNumber: string;
  supplier: string;
  systemName: string;
  terminationDeadline: string;
}): { subject: string; text: string } {
  const values = {
    contract: contract.contractNumber,
    supplier: contract.supplier,
    system: contract.systemName,
    deadline: contract.terminationDeadline,
  };
  return {
    subject: `${t('governance.alert.subject', values, 'da')} / ${t('governance.alert.subject', values, 'en')}`,
    text: `${t('governance.alert.text', values, 'da')}\n\n${t('governance.alert.text', values, 'en')}\n`,
  };
}

/**
 * Warns each contract's owner by e-mail when the termination deadline is `alert_days` away or nearer (once per
 * contract and deadline, also when several workers run the daily job). Without SMTP nothing is sent and the
 * warning waits: the owner's page shows the deadline all the same.
 */
export class DeadlineAlerts {
  constructor(
    private readonly db: Database,
    private readonly identity: Pick<IdentityContract, 'getStaff'>,
    private readonly mail: { transport?: MailTransport; from: string },
    private readonly logger: Pick<Logger, 'info' | 'warn'>,
  ) {}

  /** Sends the warnings due today; returns how many were sent. */
  async send(now = new Date()): Promise<number> {
    const transport = this.mail.transport;
    const due = await repository.contractsToAlert(this.db, danishDay(now));
    if (!transport) {
      if (due.length) this.logger.warn({ contracts: due.length }, 'contract deadline alerts wait: SMTP_URL is not set');
      return 0;
    }
    let sent = 0;
    for (const contract of due) {
      const owner = await this.identity.getStaff(contract.owner_staff_id);
      if (!owner?.email) {
        this.logger.warn({ contractId: contract.id }, 'contract deadline alert: the owner has no e-mail address');
        continue;
      }
      const mail = deadlineAlertMail({
        contractNumber: contract.contract_number,
        supplier: contract.supplier,
        systemName: contract.system_name,
        terminationDeadline: contract.termination_deadline,
      });
      // claimed and sent in one transaction: a failed send leaves it unclaimed for the job's retry
      await this.db.transaction().execute(async (trx) => {
        if (!(await repository.claimAlert(trx, contract.id, contract.termination_deadline, owner.id))) return;
        await transport.send({
          to: owner.email!,
          from: this.mail.from,
          ...mail,
          reference: `governance-deadline-${contract.id}-${contract.termination_deadline}`,
        });
        sent++;
      });
    }
    if (sent) this.logger.info({ sent }, 'contract deadline alerts sent');
    return sent;
  }
}
