import type { Executor } from './db/database.ts';
import type { Principal } from './auth/principal.ts';

/**
 * What modules promise each other. A module calls another only through its service; these are the
 * shapes of the calls that cross module lines, so each module can be built and tested on its own.
 * A module that provides one adds itself to `Services` under the name given here.
 */

/** A party to a case or the recipient of a letter: a person (CPR) or a business (CVR), by internal id. */
export type PartyRef = { personId: string; businessId?: undefined } | { businessId: string; personId?: undefined };

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** services.post — digital post (module `post`). */
export interface PostContract {
  /**
   * Sends a letter to a party's mailbox (or as a printed letter when the party is not signed up),
   * in the caller's transaction, and enqueues its notification with it.
   */
  sendLetter(
    executor: Executor,
    actor: Principal,
    letter: {
      recipient: PartyRef;
      subject: string;
      body: string;
      senderDepartmentId?: string | null;
      caseId?: string;
      replyAllowed?: boolean;
      attachments?: Attachment[];
    },
  ): Promise<{ messageId: string }>;
  /**
   * Whether a letter to the party lands in their digital mailbox (signed up for digital post), not on paper: the
   * channels module offers a self-service link by digital post only then.
   */
  receivesDigitalPost(recipient: PartyRef, executor?: Executor): Promise<boolean>;
  /** Letters about a case that the party received (for "my cases"). */
  lettersForCase(
    caseId: string,
    recipient: PartyRef,
  ): Promise<Array<{ messageId: string; subject: string; sentAt: Date; href: string }>>;
  /**
   * The short notification line the sender gave a letter (MeMo's notification header; may be absent), read
   * by the notify module for its SMS and e-mail. Never part of an event: it is the sender's wording.
   */
  notificationText(messageId: string, executor?: Executor): Promise<string | undefined>;
  /**
   * A letter on a case as the public post list registers it (openness, on `post.message-sent` and
   * `post.reply-received`): its subject and text, and whether it went out or came in. Never part of an event.
   */
  journalLetter(
    messageId: string,
    executor?: Executor,
  ): Promise<{ subject: string; body: string; direction: 'in' | 'out' } | undefined>;
  /** The text of a NemSMS (`post.nem-sms-requested`), read by the notify module to send it. Never part of an event. */
  nemSmsText(smsId: string, executor?: Executor): Promise<string | undefined>;
}

/** services.notify — SMS and e-mail (module `notify`). */
export interface NotifyContract {
  /** Schedules an SMS/e-mail reminder about an appointment; returns its id so it can be cancelled. */
  scheduleReminder(
    executor: Executor,
    actor: Principal,
    reminder: {
      recipient: PartyRef;
      startsAt: Date;
      place: string;
      text: string;
      leadTimeHours: number;
      caseId?: string;
    },
  ): Promise<{ reminderId: string }>;
  cancelReminder(executor: Executor, actor: Principal, reminderId: string): Promise<void>;
  /**
   * Whether a person can be sent a self-service link by SMS and by e-mail: a verified contact point and consent
   * for the authority. Reads the person's contact register, so it is audited (as the actor, in the executor).
   */
  serviceLinkChannels(
    executor: Executor,
    actor: Principal,
    request: { personId: string; authorityCode: string },
  ): Promise<ServiceLinkChannel[]>;
  /**
   * Sends a person the link to a self-service solution by SMS or e-mail, in the caller's transaction, through
   * the module's delivery (retries included). Refused (400 `notify.serviceLink.unavailable.*`) without a verified
   * contact point and consent for the authority.
   */
  sendServiceLink(executor: Executor, actor: Principal, link: ServiceLink): Promise<{ queued: boolean }>;
  /**
   * Sends an e-mail to an address someone gave for one matter (openness: an anonymous requester for access), in
   * the caller's transaction, through the module's delivery (retries included). Needs `notify:remind`; a text
   * with a CPR number is refused (400).
   */
  sendEmail(executor: Executor, actor: Principal, email: DirectEmail): Promise<{ queued: boolean }>;
}

/** An e-mail to an address given for one matter (not from the contact register). */
export interface DirectEmail {
  to: string;
  subject: string;
  text: string;
  /** the department (authority) it is sent for */
  authorityCode: string;
  /** what it is sent about (e.g. `<request id>:decision`) */
  sourceId: string;
}

/** A self-service link to send: to whom, about what, where, and by which channel. */
export interface ServiceLink {
  personId: string;
  /** the department whose consent the person gave (the purpose's department) */
  authorityCode: string;
  purposeName: { da: string; en: string };
  /** an absolute URL or a path on this installation */
  url: string;
  channel: 'sms' | 'email';
  /** what the link is sent about, e.g. the inquiry's id: a repeat for the same source and channel queues nothing (`queued: false`) */
  sourceId: string;
}

/** One channel for a self-service link: possible, or why not. */
export interface ServiceLinkChannel {
  channel: 'sms' | 'email';
  /** `noContactPoint`: nothing verified for the channel; `noConsent`: not chosen for this authority */
  unavailable?: 'noContactPoint' | 'noConsent';
}

/** A self-service form's answers as the applicant saw them, in both languages, kept on the case for the caseworker. */
export interface SubmittedForm {
  /** the form's version when it was filled in */
  formVersion: number;
  pages: Array<{
    title: { da: string; en: string };
    answers: Array<{ label: { da: string; en: string }; value: { da: string; en: string } }>;
  }>;
}

/** One record of a case as a party's request for access sees it: a document (its current file) or a note. */
export interface CaseRecordForAccess {
  kind: 'document' | 'note';
  id: string;
  /** a document's title (a note has none) */
  title: string | null;
  /** a note's text (a document's is in its file) */
  text: string | null;
  filename: string | null;
  contentType: string | null;
  /** who wrote a note */
  authorName: string | null;
  /** an internal working document (forvaltningsloven § 12): may be withheld from a party, on that ground */
  internal: boolean;
  recordedAt: Date;
}

/**
 * A warning another module raises about an open case (channels: it will miss its published processing time). The
 * cases module shows it on the staff case page and in the work queue; it never knows what the warning is about.
 */
export interface CaseWarning {
  caseId: string;
  /** what the caseworker must know, in both languages, dates written out */
  text: { da: string; en: string };
  /** where the caseworker acts on it (a page of the raising module) */
  link: { href: string; label: { da: string; en: string } };
}

/**
 * A module's warnings about cases, added to the cases module when that module is built. It reads only its own
 * records, for cases the cases module already let the caller see, and answers nothing to a caller who may not act.
 */
export interface CaseWarningSource {
  warningsFor(actor: Principal, caseIds: readonly string[]): Promise<CaseWarning[]>;
}

/** services.cases — case handling (module `cases`). */
export interface CasesContract {
  /**
   * Adds a source of warnings shown on the staff case page and in the work queue (the seam for modules that
   * require cases: they cannot be imported by it). Called once, while the adding module is built.
   */
  addWarningSource(source: CaseWarningSource): void;
  /** Creates a case of a case type on a party's behalf (self-service, desk, or an API client). */
  createCase(
    executor: Executor,
    actor: Principal,
    input: {
      caseTypeCode: string;
      /** absent only for a requester known by e-mail alone (openness: an anonymous request for access) */
      applicant?: PartyRef;
      channel: 'selfservice' | 'attendance' | 'phone' | 'letter' | 'email' | 'api';
      title?: string;
      fields: Record<string, unknown>;
      /** `documentType`: the case type's document type it is (self-service: the form's file field) */
      documents?: Array<Attachment & { documentType?: string }>;
      /** self-service: the answers as the applicant saw them */
      submittedForm?: SubmittedForm;
    },
    /** when the case was received (default now): its deadline counts from it */
    now?: Date,
  ): Promise<{ caseId: string; reference: string; expectedProcessingDays: number | null; deadline: Date | null }>;
  /**
   * The end of the Copenhagen day `workingDays` Danish working days after `start` (public holidays included): the
   * one working-day calendar, for modules with statutory answer times of their own (openness: § 36's 7 days).
   * Delegates to `workingDayDeadline` in src/platform/time/working-days.ts, which new code imports directly.
   */
  workingDayDeadline(start: Date, workingDays: number): Date;
  /**
   * What the public post list may say about a case (by id or case number): its number, case type, department and
   * public title (the case type's name, never the case's own title, which may name its party).
   */
  journalFacts(
    caseIdOrReference: string,
    executor?: Executor,
  ): Promise<
    | {
        caseId: string;
        reference: string;
        caseTypeCode: string;
        publicTitle: { da: string; en: string };
        departmentCode: string | undefined;
      }
    | undefined
  >;
  /**
   * A case (by id or case number) only if the person or business is one of its parties; anyone else's case, or an
   * unknown one, is undefined (openness: a party's own request for access, forvaltningsloven § 9).
   */
  caseOfParty(
    caseIdOrReference: string,
    party: PartyRef,
    executor?: Executor,
  ): Promise<{ caseId: string; reference: string } | undefined>;
  /**
   * A case's own records, oldest first, for a party's request for access (forvaltningsloven § 9; the caller has
   * made sure the requester is a party, with `caseOfParty`): its documents (the current file's name and type) and
   * its notes with their text. Notes are internal working documents (§ 12), marked `internal`.
   */
  recordsForAccess(caseId: string, executor?: Executor): Promise<CaseRecordForAccess[]>;
  /** The current file of one of the case's documents, to hand out a copy; undefined for another case's document. */
  documentFileForAccess(caseId: string, documentId: string, executor?: Executor): Promise<Attachment | undefined>;
  /**
   * Closes a case whose decision the calling module made and delivered itself (openness: a request for access),
   * at the workflow's end state with that result, in the caller's transaction; publishes the change and
   * `cases.case-closed` like any transition. Sends no workflow letters. 409 when the case is already closed.
   */
  closeDecidedElsewhere(
    executor: Executor,
    actor: Principal,
    caseId: string,
    input: { result: string; note: string },
  ): Promise<void>;
  /** Case types as the self-service catalogue needs them. */
  caseTypeSummary(
    code: string,
  ): Promise<{ code: string; name: { da: string; en: string }; expectedProcessingDays: number | null } | undefined>;
  /** Whether the caller may open the case (staff of its department; another department's case is unknown). */
  mayRead(actor: Principal, caseId: string): Promise<boolean>;
  /**
   * The processing time each current case type publishes (the legal deadline where the law sets one, else the
   * service level), for the service-level pages; case types without one are left out.
   */
  publishedProcessingTimes(): Promise<
    Array<{
      code: string;
      name: { da: string; en: string };
      departmentCode: string;
      amount: number;
      unit: 'working_days' | 'calendar_days';
    }>
  >;
  /**
   * The Danish working-day calendar: whether a YYYY-MM-DD day is a working day (weekday, not a public holiday).
   * Delegates to `isWorkingDay` in src/platform/time/working-days.ts, which new code imports directly.
   */
  isWorkingDay(day: string): boolean;
}
