import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { CasesContract, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { Contracts } from '#platform/module.ts';
import { BookingService } from './booking.service.ts';
import { CatalogueService } from './catalogue.service.ts';
import { DeskService } from './desk.service.ts';
import { QueueService } from './queue.service.ts';
import { digitalPostReceipt } from './receipt.ts';
import { type ManageLinks, ManageService, manageUrl } from './manage.service.ts';
import { ChatService } from './chat/chat.service.ts';
import type { ChatHub } from './chat/chat-hub.ts';

export interface FrontdeskDependencies {
  db: Database;
  events: EventBus;
  identity: Pick<IdentityContract, 'getPerson' | 'getBusiness' | 'department' | 'departmentByCode'>;
  post: Pick<PostContract, 'sendLetter'>;
  cases: Pick<CasesContract, 'isWorkingDay'>;
  channels: Pick<Contracts['channels'], 'purposes'>;
  /** the secret and address of the signed change-and-cancel links in receipts */
  links: ManageLinks;
  /** the web chat's live channel and how long anonymous transcripts are kept */
  chat: { hub: ChatHub; anonymousRetentionDays: number };
}

/** The front desk: services and locations, appointment booking, the desk's day plan, the walk-in queue, web chat. */
export class FrontdeskService {
  readonly catalogue: CatalogueService;
  readonly booking: BookingService;
  readonly desk: DeskService;
  readonly queue: QueueService;
  readonly manage: ManageService;
  readonly chat: ChatService;

  constructor(deps: FrontdeskDependencies) {
    const { db, events } = deps;
    const isWorkingDay = (day: string) => deps.cases.isWorkingDay(day);
    // the self-service a purpose offers (channels' strategy), so the booking page can offer it first
    const selfserviceOf = async (purposeCode: string) =>
      (await deps.channels.purposes.list()).find((purpose) => purpose.code === purposeCode)?.selfserviceHref ?? null;
    this.catalogue = new CatalogueService(db, selfserviceOf);
    const sendReceipt = digitalPostReceipt(deps.post, this.catalogue, (appointment) =>
      manageUrl(deps.links, appointment),
    );
    this.booking = new BookingService({ db, events, catalogue: this.catalogue, isWorkingDay, sendReceipt });
    this.manage = new ManageService(this.booking, deps.links);
    this.desk = new DeskService(db, events, this.catalogue, deps.identity);
    this.queue = new QueueService(db, events, this.catalogue, isWorkingDay);
    this.chat = new ChatService({
      db,
      events,
      hub: deps.chat.hub,
      identity: deps.identity,
      post: deps.post,
      purposes: () => deps.channels.purposes.list(),
      isWorkingDay,
      anonymousRetentionDays: deps.chat.anonymousRetentionDays,
    });
  }
}
