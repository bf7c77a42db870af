import type { Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { DirectEmail, NotifyContract, ServiceLink, ServiceLinkChannel } from '#platform/contracts.ts';
import type { ContactService } from './contact.service.ts';
import type { DeliveryService } from './delivery.service.ts';
import type { ReminderService } from './reminder.service.ts';
import type { TemplateService } from './template.service.ts';
import { type NewPost, type NotifyDeps, notifyNewPost } from './new-post-notification.ts';
import { sendServiceLink, serviceLinkChannels } from './service-link.ts';
import { sendDirectEmail } from './direct-email.ts';

export type { NewPost } from './new-post-notification.ts';

/**
 * The notify module's public service (services.notify): the contact register, delivery, templates and
 * reminders, and the reaction to the post module's "new message" event.
 */
export class NotifyService implements NotifyContract {
  constructor(
    readonly contacts: ContactService,
    readonly delivery: DeliveryService,
    readonly templates: TemplateService,
    readonly reminders: ReminderService,
    private readonly deps: NotifyDeps,
  ) {}

  scheduleReminder(
    executor: Executor,
    actor: Principal,
    reminder: Parameters<NotifyContract['scheduleReminder']>[2],
  ): Promise<{ reminderId: string }> {
    return this.reminders.schedule(executor, actor, reminder).then((view) => ({ reminderId: view.id }));
  }

  cancelReminder(executor: Executor, actor: Principal, reminderId: string): Promise<void> {
    return this.reminders.cancel(executor, actor, reminderId);
  }

  serviceLinkChannels(
    executor: Executor,
    actor: Principal,
    request: { personId: string; authorityCode: string },
  ): Promise<ServiceLinkChannel[]> {
    return serviceLinkChannels(executor, actor, request);
  }

  sendEmail(executor: Executor, actor: Principal, email: DirectEmail): Promise<{ queued: boolean }> {
    return sendDirectEmail(this.delivery, executor, actor, email);
  }

  sendServiceLink(executor: Executor, actor: Principal, link: ServiceLink): Promise<{ queued: boolean }> {
    const { contacts, delivery, templates, deps } = this;
    return sendServiceLink({ contacts, delivery, templates, deps }, executor, actor, link);
  }

  /**
   * New post (`post.message-sent`, digital): SMS and/or e-mail to the recipient's verified contact points that
   * chose the sending authority. In the caller's transaction when given; a repeated event sends nothing twice.
   */
  notifyNewPost(event: NewPost, executor?: Executor): Promise<number> {
    const { contacts, delivery, templates, deps } = this;
    return notifyNewPost({ contacts, delivery, templates, deps }, event, executor);
  }
}
