import type { Database } from '#platform/db/database.ts';
import type { EventBus } from '#platform/events/event-bus.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { FiguresService } from './figures.service.ts';
import { InquiryService } from './inquiry.service.ts';
import { PurposeService } from './purpose.service.ts';
import { PurposeAdminService } from './purpose-admin.service.ts';
import { SystemInquiryService } from './system-inquiry.service.ts';
import { FailureDemandService } from './follow-up/failure-demand.service.ts';
import { FollowUpService } from './follow-up/follow-up.service.ts';
import { KomhenService } from './komhen/komhen.service.ts';
import { HistoryService } from './history/history.service.ts';
import { TelephonyImportService } from './telephony/telephony-import.service.ts';
import { ContactLinks } from './contact/contact-links.ts';

/** The channels module's services: purposes and their strategy, the inquiry register, the figures. */
export class ChannelsService {
  readonly purposes: PurposeService;
  readonly inquiries: InquiryService;
  readonly figures: FiguresService;
  readonly systems: SystemInquiryService;
  readonly admin: PurposeAdminService;
  readonly telephony: TelephonyImportService;
  readonly failureDemand = new FailureDemandService();
  readonly followUp: FollowUpService;
  readonly komhen: KomhenService;
  readonly history: HistoryService;
  /** links other modules give "Kontakt kommunen" for the channels they run (the front desk's web chat) */
  readonly contactLinks = new ContactLinks();

  constructor(db: Database, identity: Pick<IdentityContract, 'lookupPersonByCpr'>, events: Pick<EventBus, 'publish'>) {
    this.purposes = new PurposeService(db);
    this.inquiries = new InquiryService(db, this.purposes, identity, this.failureDemand, events);
    this.figures = new FiguresService(db, this.purposes);
    this.systems = new SystemInquiryService(db, this.purposes);
    this.admin = new PurposeAdminService(db, this.purposes);
    this.telephony = new TelephonyImportService(db, this.purposes);
    this.followUp = new FollowUpService(db, this.figures);
    this.komhen = new KomhenService(db, this.purposes);
    this.history = new HistoryService(db, this.purposes, identity);
  }
}
