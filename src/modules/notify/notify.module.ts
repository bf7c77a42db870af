import type { ModuleContext, RaadhusModule } from '#platform/module.ts';
import type { PartyRef, PostContract } from '#platform/contracts.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import { GatewayApiSmsProvider } from '#platform/sms/gateway-api-provider.ts';
import { OutboxSmsProvider, type OutboxStore } from '#platform/sms/sms-provider.ts';
import { OutboxMailTransport, SmtpMailTransport } from '#platform/mail/mail-transport.ts';
import { notifyMessages } from './messages.ts';
import { insertOutboxEntry } from './delivery.repository.ts';
import { DeliveryService, deriveWebhookToken } from './delivery.service.ts';
import { ContactService, type Authority } from './contact.service.ts';
import { TemplateService } from './template.service.ts';
import { ReminderService, type RecipientInput } from './reminder.service.ts';
import { NotifyService } from './notify.service.ts';
import { dispatchJobFor, reminderJobFor } from './notify.jobs.ts';
import { notifySubscriptions } from './notify.subscriptions.ts';
import { registerContactRoutes } from './contact.routes.tsx';
import { registerNotifyAdminRoutes } from './admin.routes.tsx';
import { registerReminderRoutes } from './reminder.routes.tsx';
import { registerNotifyApiRoutes } from './api.routes.ts';
import { seedNotifyDemo } from './demo-data.ts';
import './permissions.ts';

declare module '../../platform/module.ts' {
  interface Services {
    notify: NotifyService;
  }
}

/**
 * Departments change rarely: loaded at start-up and refreshed in the background once a minute. Never awaited
 * on a refresh, because callers may hold a transaction (on PGlite the only connection) while asking.
 */
function cachedAuthorities(context: ModuleContext): {
  list: () => Promise<Array<Authority & { id: string }>>;
  load: () => Promise<void>;
} {
  let cached: { at: number; list: Array<Authority & { id: string }> } | undefined;
  let refreshing = false;
  const load = async () => {
    cached = { at: Date.now(), list: await context.services.identity.listDepartments() };
  };
  return {
    load,
    async list() {
      if (!cached) await load();
      else if (Date.now() - cached.at > 60_000 && !refreshing) {
        refreshing = true;
        void load()
          .catch((error: Error) => context.logger.warn({ err: error }, 'could not refresh the departments'))
          .finally(() => (refreshing = false));
      }
      return cached!.list;
    },
  };
}

function createNotifyService(context: ModuleContext): { service: NotifyService; loadAuthorities: () => Promise<void> } {
  const { config, db, queue } = context;
  const logger = context.logger.child({ module: 'notify' });
  const identity = context.services.identity;
  // looked up when a letter arrives (so a test may stand in for it): the sender's notification line
  const post = () => (context.services as Partial<{ post: PostContract }>).post;
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
  const departments = cachedAuthorities(context);
  const authorities = departments.list;
  const authorityByCode = async (code: string) => (await authorities()).find((authority) => authority.code === code);
  const authorityOf = async (actor: Principal) => {
    const list = await authorities();
    return (
      list.find((authority) => authority.id === actor.departmentId) ??
      list.find((authority) => authority.code === 'borgerservice') ?? {
        code: 'borgerservice',
        name: { da: 'Borgerservice', en: 'Citizen Service' },
      }
    );
  };
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

  const dispatchJob = dispatchJobFor((id) => delivery.dispatch(id));
  const reminderJob = reminderJobFor((id) => reminders.send(id));
  delivery.useJob(dispatchJob);
  reminders.useJob(reminderJob);
  queue.register(dispatchJob, reminderJob);
  context.events.subscribe(...notifySubscriptions(service, post));
  return { service, loadAuthorities: departments.load };
}

export const notifyModule: RaadhusModule = {
  name: 'notify',
  messages: notifyMessages,
  async init(context) {
    const { service, loadAuthorities } = createNotifyService(context);
    context.services.notify = service;
    await service.templates.seedDefaults();
    await loadAuthorities();
  },
  routes(app, context) {
    const notify = context.services.notify;
    registerContactRoutes(app, notify.contacts);
    registerNotifyAdminRoutes(app, notify.delivery, notify.templates);
    registerReminderRoutes(app, notify.reminders);
    registerNotifyApiRoutes(app, notify.reminders, notify.delivery);
  },
  async seedDemo(context) {
    await seedNotifyDemo(context.db, context.services.identity);
  },
};
