import { defineModule, type ModuleContext } from '#platform/module.ts';
import { handleJob } from '#platform/queue/job-definition.ts';
import type { NotifyContract, PartyRef, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { GatewayApiSmsProvider } from '#platform/sms/gateway-api-provider.ts';
import { OutboxSmsProvider, type OutboxStore } from '#platform/sms/sms-provider.ts';
import { OutboxMailTransport, SmtpMailTransport } from '#platform/mail/mail-transport.ts';
import { notifyMessages } from './messages.ts';
import { insertOutboxEntry } from './delivery.repository.ts';
import { DeliveryService, deriveWebhookToken } from './delivery.service.ts';
import { ContactService } from './contact.service.ts';
import { TemplateService } from './template.service.ts';
import { ReminderService, type RecipientInput } from './reminder.service.ts';
import { NotifyService } from './notify.service.ts';
import { dispatchJob, reminderJob } from './notify.jobs.ts';
import { notifySubscriptions } from './notify.subscriptions.ts';
import { notifyEvents } from './notify.events.ts';
import { notifyPermissions } from './notify.permissions.ts';
import { contactPaths } from './views/citizen/contact-paths.ts';
import { reminderPaths } from './views/staff/reminder-form.ts';
import { adminPaths } from './views/admin/admin-paths.ts';
import { registerContactRoutes } from './contact.routes.tsx';
import { registerNotifyAdminRoutes } from './admin.routes.tsx';
import { registerReminderRoutes } from './reminder.routes.tsx';
import { registerNotifyApiRoutes } from './api.routes.ts';
import { seedNotifyDemo } from './demo-data.ts';

declare module '../../platform/module.ts' {
  interface Contracts {
    notify: NotifyContract;
  }
  interface Services {
    notify: NotifyService;
  }
}

function createNotifyService(
  context: ModuleContext,
  { identity, post }: { identity: IdentityContract; post: PostContract },
): NotifyService {
  const { config, db, queue, logger } = context;
  const outbox: OutboxStore = { add: (entry) => insertOutboxEntry(db, entry) };
  const sms = config.SMS_PROVIDER_URL
    ? new GatewayApiSmsProvider({
        baseUrl: config.SMS_PROVIDER_URL,
        apiKey: config.SMS_API_KEY,
        timeoutMs: config.NOTIFY_SEND_TIMEOUT_MS,
      })
    : new OutboxSmsProvider(outbox);
  const mail = config.SMTP_URL
    ? new SmtpMailTransport(config.SMTP_URL, config.NOTIFY_SEND_TIMEOUT_MS)
    : new OutboxMailTransport(outbox);
  if (config.NODE_ENV === 'production' && (!config.SMS_PROVIDER_URL || !config.SMTP_URL))
    logger.warn('SMS_PROVIDER_URL or SMTP_URL unset in production: notifications stay in the outbox table');
  queue.boss.on('stopped', () => mail.close());
  const webhookToken = config.SMS_WEBHOOK_TOKEN ?? deriveWebhookToken(config.sessionSecret);
  // authorities are the departments, from identity's cache (safe inside a caller's transaction)
  const authorities = () => identity.listDepartments();
  const authorityByCode = (code: string) => identity.departmentByCode(code);
  const authorityOf = (actor: Principal) => identity.departmentOf(actor);
  const recipientName = async (recipient: PartyRef, executor?: Parameters<typeof identity.getPerson>[1]) =>
    recipient.personId
      ? (await identity.getPerson(recipient.personId, executor))?.name
      : (await identity.getBusiness(recipient.businessId!, executor))?.name;
  const resolveRecipient = async (
    actor: Principal,
    recipient: RecipientInput,
    executor: Parameters<typeof identity.lookupPersonByCpr>[3],
  ): Promise<PartyRef> => {
    if ('cpr' in recipient && recipient.cpr)
      return {
        personId: (await identity.lookupPersonByCpr(actor, recipient.cpr, 'schedule an appointment reminder', executor))
          .id,
      };
    if ('cvr' in recipient && recipient.cvr)
      return {
        businessId: (
          await identity.lookupBusinessByCvr(actor, recipient.cvr, 'schedule an appointment reminder', executor)
        ).id,
      };
    if ('personId' in recipient && recipient.personId) {
      if (!(await identity.getPerson(recipient.personId, executor)))
        throw new HttpProblem(404, 'identity.person.notFound');
      return { personId: recipient.personId };
    }
    if (
      'businessId' in recipient &&
      recipient.businessId &&
      (await identity.getBusiness(recipient.businessId, executor))
    )
      return { businessId: recipient.businessId };
    throw new HttpProblem(404, 'identity.business.notFound');
  };

  const templates = new TemplateService(db);
  const delivery = new DeliveryService({
    db,
    acceptanceWithEvent: !context.database.embedded,
    queue,
    logger,
    sms,
    mail,
    settings: {
      maxAttempts: config.NOTIFY_MAX_ATTEMPTS,
      retryDelaySeconds: config.NOTIFY_RETRY_DELAY_SECONDS,
      ratePerMinute: config.NOTIFY_RATE_LIMIT_PER_MINUTE,
      smsSender: config.SMS_SENDER,
      mailFrom: config.MAIL_FROM,
      smsCallbackUrl: `${config.publicUrl}/api/v1/notify/sms/status?token=${encodeURIComponent(webhookToken)}`,
      webhookToken,
      outboxActive: config.NODE_ENV !== 'production' && (sms.name === 'outbox' || mail.name === 'outbox'),
      sendTimeoutMs: config.NOTIFY_SEND_TIMEOUT_MS,
    },
    events: context.events,
  });
  const contacts = new ContactService({
    db,
    delivery,
    templates,
    codeSecret: config.sessionSecret,
    listAuthorities: authorities,
  });
  const reminders = new ReminderService({
    db,
    queue,
    logger,
    contacts,
    delivery,
    templates,
    publicUrl: config.publicUrl,
    authorityOf,
    authorityByCode,
    recipientName,
    resolveRecipient,
  });
  const service = new NotifyService(contacts, delivery, templates, reminders, {
    db,
    logger,
    publicUrl: config.publicUrl,
    authorityByCode,
    recipientName,
  });

  return service;
}

/** SMS and e-mail: the contact register, notifications of new post, reminders, templates and delivery. */
export const notifyModule = defineModule({
  name: 'notify',
  requires: ['identity', 'post'],
  permissions: notifyPermissions,
  messages: notifyMessages,
  publishes: notifyEvents,
  async build(context, required) {
    const notify = createNotifyService(context, required);
    await notify.templates.seedDefaults();
    return {
      provides: notify,
      jobs: [
        handleJob(dispatchJob, ({ notificationIds }) => notify.delivery.dispatch(notificationIds)),
        handleJob(reminderJob, ({ reminderId }) => notify.reminders.send(reminderId)),
      ],
      subscriptions: notifySubscriptions(notify, required.post),
      navigation: {
        menu: {
          staff: [
            { href: reminderPaths.list, label: 'notify.reminders.title', permission: 'notify:remind', order: 40 },
          ],
        },
        myPage: [{ href: contactPaths.page, label: 'notify.myPage.link', description: 'notify.myPage.description' }],
        staff: [
          {
            href: adminPaths.notifications,
            label: 'notify.admin.title',
            description: 'notify.admin.lead',
            permission: 'notify:admin',
          },
          {
            href: reminderPaths.list,
            label: 'module.notify',
            description: 'notify.reminders.lead',
            permission: 'notify:remind',
          },
        ],
      },
      routes(app) {
        registerContactRoutes(app, notify.contacts);
        registerNotifyAdminRoutes(app, notify.delivery, notify.templates);
        registerReminderRoutes(app, notify.reminders);
        registerNotifyApiRoutes(app, notify.reminders, notify.delivery);
      },
      async seedDemo() {
        await seedNotifyDemo(context.db, required.identity);
      },
    };
  },
});
