import type { FastifyInstance } from 'fastify';
import type { ModuleContext } from '#platform/module.ts';
import type { CasesContract, PostContract } from '#platform/contracts.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { PurposeService } from '../purpose.service.ts';
import { ALERT_CHECK_SCHEDULE, alertCheckJob, NOTICE_CHECK_SCHEDULE, noticeCheckJob } from './notice.jobs.ts';
import { SmtpMailTransport } from '#platform/mail/mail-transport.ts';
import { ComplianceAlertService } from './compliance-alert.service.ts';
import { registerNoticeRoutes } from './notice.routes.tsx';
import { NoticeService } from './notice.service.ts';
import { registerServiceLevelRoutes } from './service-levels.routes.ts';
import { ServiceLevelsService } from './service-levels.service.ts';
import { serviceLevelSubscriptions } from './service-levels.subscriptions.ts';

/**
 * The service-level part of the channels module, built beside the inquiry register: its services, subscriptions,
 * daily § 3 check and routes, so the module's declaration only adds them.
 */
export async function buildServiceLevels(
  context: Pick<ModuleContext, 'db' | 'events' | 'queue' | 'config' | 'logger'>,
  deps: { identity: IdentityContract; cases: CasesContract; post: PostContract; purposes: PurposeService },
) {
  const levels = new ServiceLevelsService(context.db, { ...deps, caseTypes: deps.cases });
  const notices = new NoticeService({ ...deps, db: context.db, events: context.events });
  // the case page and the work queue warn about cases that will miss their published processing time
  deps.cases.addWarningSource(notices);
  await levels.targets.seedDefaults();
  const { config } = context;
  const mail = config.SMTP_URL ? new SmtpMailTransport(config.SMTP_URL, config.NOTIFY_SEND_TIMEOUT_MS) : undefined;
  if (mail) context.queue.boss.on('stopped', () => mail.close());
  const alerts = new ComplianceAlertService({
    db: context.db,
    identity: deps.identity,
    mail,
    from: config.MAIL_FROM,
    publicUrl: config.publicUrl,
    logger: context.logger,
  });
  return {
    levels,
    notices,
    subscriptions: serviceLevelSubscriptions(levels.measurement, deps.purposes),
    alerts,
    jobs: [
      handleJob(noticeCheckJob, async () => void (await notices.findAtRisk())),
      handleJob(alertCheckJob, async () => void (await alerts.check())),
    ],
    // the daily check in the queue's schedule table: one schedule serves every process
    startup: async () => {
      await context.queue.boss.schedule(noticeCheckJob.name, NOTICE_CHECK_SCHEDULE, {}, { tz: 'Europe/Copenhagen' });
      await context.queue.boss.schedule(alertCheckJob.name, ALERT_CHECK_SCHEDULE, {}, { tz: 'Europe/Copenhagen' });
    },
    routes(app: FastifyInstance) {
      registerServiceLevelRoutes(app, levels);
      registerNoticeRoutes(app, notices);
    },
  };
}
