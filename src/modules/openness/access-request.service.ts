import type { Database, Executor } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { CasesContract, NotifyContract, PartyRef, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { recordAudit } from '#platform/audit/audit.service.ts';
import { badRequest, conflict, notFound } from '#platform/http/problem.ts';
import { ANSWER_WORKING_DAYS } from './openness-codes.ts';
import { mayHandleRequest } from './openness.policy.ts';
import { coversSomething } from './redaction.ts';
import { downloadToken } from './download-link.ts';
import { decisionEmail, decisionLetter, deliveredDocuments, extensionLetter } from './decision-letter.ts';
import { opennessPaths } from './views/paths.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { isUuid } from './ids.ts';
import type { PostListService } from './post-list.service.ts';
import type { AccessRequestInput, decisionInput, extensionInput, redactionInput } from './request-input.ts';
import * as repository from './repository/request.repository.ts';
import { entriesByIds, entriesOfCase } from './repository/post-list.repository.ts';
import { insertRecords, recordsOf, setRecordsHandedOut } from './repository/request-record.repository.ts';
import { keptRecord, letterDocument, recordDocument } from './request-documents.ts';

export interface AccessRequestDependencies {
  db: Database;
  identity: IdentityContract;
  cases: CasesContract;
  post: PostContract;
  notify: NotifyContract;
  postList: PostListService;
  secret: string;
  /** this installation's address, for the download link in an e-mail */
  publicUrl: string;
}

/** The requester as a party to write to; none for an anonymous requester (known by e-mail only). */
const recipientOf = (request: repository.RequestRow): PartyRef | undefined =>
  request.person_id
    ? { personId: request.person_id }
    : request.business_id
      ? { businessId: request.business_id }
      : undefined;

/** The requester as the case's applicant: a citizen or a business (a staff member or system asks as no one). */
const requesterParty = (requester: Principal): PartyRef | undefined =>
  requester.kind === 'citizen'
    ? { personId: requester.id }
    : requester.kind === 'business'
      ? { businessId: requester.id }
      : undefined;

/** The standard case type that carries a request for access, with its statutory 7 working days. */
export const ACCESS_CASE_TYPE = 'access-to-records';

/** Who opens the case of an anonymous request (known by e-mail only): the openness module itself. */
const opennessIntake: Principal = {
  kind: 'client',
  id: 'openness-intake',
  name: 'Aktindsigt',
  roles: ['integration'],
  scopes: ['case:create'],
};

/** How long an anonymous requester's download link works. */
const LINK_DAYS = 30;

/** Requests for access (aktindsigt): received with their 7-working-day deadline, redacted, decided and delivered. */
export class AccessRequestService {
  constructor(private readonly deps: AccessRequestDependencies) {}

  /** A request from anyone: entries that left the list refuse it, and nothing is stored. */
  async submit(requester: Principal | undefined, input: AccessRequestInput, now = new Date()) {
    const entries = await this.deps.postList.publicEntries(input.entryIds, now);
    if (entries.length !== input.entryIds.length)
      throw badRequest('openness.request.error.summary', {}, [
        { field: 'entry', message: 'openness.request.error.entryGone' },
      ]);
    const applicant = requester ? requesterParty(requester) : undefined;
    const own = await this.ownCaseEntries(applicant, input);
    const department =
      entries[0]?.departmentCode ?? own?.departmentCode ?? (await this.deps.identity.defaultDepartment()).code;
    const entryIds = [...new Set([...input.entryIds, ...(own?.entryIds ?? [])])];
    return this.deps.db.transaction().execute(async (trx) => {
      // the request is a case of the standard case type "Aktindsigt": its 7-working-day deadline, and the
      // cases module's events (created, closed, deadline missed) measure it as a service level like any case
      const created = await this.deps.cases.createCase(
        trx,
        applicant && requester ? requester : opennessIntake,
        {
          caseTypeCode: ACCESS_CASE_TYPE,
          applicant,
          channel: 'selfservice',
          fields: {},
        },
        now,
      );
      const deadline = created.deadline ?? this.deps.cases.workingDayDeadline(now, ANSWER_WORKING_DAYS);
      const id = await repository.insertRequest(
        trx,
        {
          kind: input.kind,
          person_id: applicant?.personId ?? null,
          business_id: applicant?.businessId ?? null,
          email: requester ? null : (input.email ?? null),
          description: input.description,
          department_code: department,
          deadline,
          case_id: created.caseId,
          case_reference: created.reference,
        },
        entryIds,
      );
      await insertRecords(trx, id, own?.records ?? []);
      return { id, deadline, caseReference: created.reference };
    });
  }

  /**
   * A party's own case (forvaltningsloven § 9): every letter of it, also those never on the public list (a closed
   * case type, an exclusion, an internal document), and the case's own documents and notes (asked of the cases
   * module) go with the request, for the caseworker to hand out or withhold. Only a party of the case may point at
   * it; anyone else's case is refused as not theirs.
   */
  private async ownCaseEntries(applicant: PartyRef | undefined, input: AccessRequestInput) {
    if (!input.caseReference) return undefined;
    const own = applicant ? await this.deps.cases.caseOfParty(input.caseReference, applicant) : undefined;
    if (!own || input.kind !== 'party')
      throw badRequest('openness.request.error.summary', {}, [
        { field: 'caseReference', message: 'openness.request.error.ownCase' },
      ]);
    const facts = await this.deps.cases.journalFacts(own.caseId);
    const entries = await entriesOfCase(this.deps.db, own.reference);
    const records = await this.deps.cases.recordsForAccess(own.caseId);
    return {
      entryIds: entries.map((entry) => entry.id),
      records: records.map((record) => keptRecord(record, own)),
      departmentCode: facts?.departmentCode,
    };
  }

  private async departmentCodeOf(actor: Principal) {
    return actor.departmentId ? (await this.deps.identity.department(actor.departmentId))?.code : undefined;
  }

  /** The requests of the caseworker's department. */
  async list(actor: Principal) {
    const code = await this.departmentCodeOf(actor);
    return repository.listRequests(this.deps.db, code ? [code] : []);
  }

  /** One request as its caseworker sees it, with the documents' full text; the read is audited. */
  async detail(actor: Principal, id: string) {
    return this.deps.db.transaction().execute(async (trx) => {
      const request = await this.handled(trx, actor, id);
      await recordAudit(trx, {
        actor,
        action: 'openness:read',
        personId: request.person_id,
        businessId: request.business_id,
        objectType: 'access-request',
        objectId: id,
        purpose: 'aktindsigt',
      });
      return this.loaded(trx, request);
    });
  }

  private async loaded(executor: Executor, request: repository.RequestRow) {
    const links = await repository.requestEntries(executor, request.id);
    const letters = await entriesByIds(
      executor,
      links.map((link) => link.entry_id),
    );
    const records = await recordsOf(executor, request.id);
    const handedOut = new Set([
      ...links.filter((link) => link.handed_out).map((link) => link.entry_id),
      ...records.filter((record) => record.handed_out).map((record) => record.id),
    ]);
    return {
      request,
      // the letters first, then the case's own documents and notes (a party's request), each by date
      entries: [...letters.map(letterDocument), ...records.map(recordDocument)],
      records,
      handedOut,
      redactions: await repository.redactionsOf(executor, request.id),
    };
  }

  /** The request if the actor's department handles it; otherwise as unknown (404). */
  private async handled(executor: Executor, actor: Principal, id: string) {
    const request = isUuid(id) ? await repository.findRequest(executor, id) : undefined;
    if (!request || !mayHandleRequest(await this.departmentCodeOf(actor), request)) throw notFound();
    return request;
  }

  /** Withholds a passage of one document in the delivered copy; a passage that is not in it is refused. */
  async redact(actor: Principal, id: string, input: ReturnType<typeof redactionInput>) {
    await this.deps.db.transaction().execute(async (trx) => {
      const { request, entries } = await this.loaded(trx, await this.handled(trx, actor, id));
      if (request.state === 'decided') throw conflict('openness.decide.error.decided');
      const entry = entries.find((candidate) => candidate.id === input.entryId);
      if (!entry)
        throw badRequest('openness.redact.error.summary', {}, [
          { field: 'entry', message: 'openness.redact.error.entry' },
        ]);
      if (!coversSomething(entry.document_text, input.passage))
        throw badRequest('openness.redact.error.summary', {}, [
          { field: 'passage', message: 'openness.redact.error.nothing' },
        ]);
      await repository.insertRedaction(trx, {
        request_id: id,
        ...(entry.source === 'letter' ? { entry_id: entry.id } : { record_id: entry.id }),
        passage: input.passage,
        legal_ground: input.legalGround,
        created_by: actor.id,
      });
      await recordAudit(trx, {
        actor,
        action: 'openness:redact',
        objectType: 'access-request',
        objectId: id,
        purpose: input.legalGround,
      });
    });
  }

  /** Decides, and delivers: a letter to a known requester's digital post, a signed link for an anonymous one. */
  async decide(actor: Principal, id: string, input: ReturnType<typeof decisionInput>, now = new Date()) {
    return this.deps.db.transaction().execute(async (trx) => {
      const request = await this.handled(trx, actor, id);
      const loaded = await this.loaded(trx, request);
      const handOut = input.handOut.filter((entryId) => loaded.entries.some((entry) => entry.id === entryId));
      await repository.setHandedOut(trx, id, handOut);
      await setRecordsHandedOut(trx, id, handOut);
      if (
        !(await repository.decide(trx, id, {
          decision: input.decision,
          decision_reason: input.reason,
          decided_by: actor.id,
        }))
      )
        throw conflict('openness.decide.error.decided');
      await recordAudit(trx, {
        actor,
        action: 'openness:decide',
        objectType: 'access-request',
        objectId: id,
        purpose: input.decision,
      });
      if (request.case_id)
        await this.deps.cases.closeDecidedElsewhere(trx, actor, request.case_id, {
          result: input.decision === 'refused' ? 'refused' : 'granted',
          note: input.reason,
        });
      const decided = {
        ...loaded,
        request: { ...request, decision: input.decision, decision_reason: input.reason },
        handedOut: new Set(handOut),
      };
      const recipient = recipientOf(request);
      if (recipient) {
        const letter = decisionLetter(decided);
        const attachments = await this.handedOutFiles(trx, loaded.records, decided.handedOut);
        await this.deps.post.sendLetter(trx, actor, {
          recipient,
          subject: letter.subject,
          body: letter.body,
          ...(attachments.length ? { attachments } : {}),
        });
        return { delivered: 'digital-post' as const };
      }
      const expires = new Date(now.getTime() + LINK_DAYS * 86_400_000);
      const token = downloadToken(this.deps.secret, id, expires);
      const href = `${this.deps.publicUrl}${opennessPaths.download(token)}`;
      if (request.email)
        await this.deps.notify.sendEmail(trx, actor, {
          to: request.email,
          ...decisionEmail(decided, { href, expires }),
          authorityCode: request.department_code,
          sourceId: `${id}:decision`,
        });
      return { delivered: 'link' as const, token, expires, href };
    });
  }

  /** The files of the case documents handed out, asked of the cases module, for the decision letter. */
  private async handedOutFiles(
    executor: Executor,
    records: Awaited<ReturnType<typeof recordsOf>>,
    handedOut: ReadonlySet<string>,
  ) {
    const files = await Promise.all(
      records
        .filter((record) => record.source_kind === 'document' && handedOut.has(record.id))
        .map((record) => this.deps.cases.documentFileForAccess(record.case_id, record.source_id, executor)),
    );
    return files.filter((file) => file !== undefined);
  }

  /**
   * § 36: the answer takes longer than 7 working days; the requester is told why and when to expect it (a known
   * requester by letter). Once per request, before the decision; the day must come after the statutory deadline.
   */
  async extend(actor: Principal, id: string, input: ReturnType<typeof extensionInput>) {
    await this.deps.db.transaction().execute(async (trx) => {
      const request = await this.handled(trx, actor, id);
      if (input.expectedAt <= danishDay(request.deadline))
        throw badRequest('openness.extend.error.summary', {}, [
          { field: 'expectedAt', message: 'openness.extend.error.early' },
        ]);
      if (!(await repository.extend(trx, id, input.reason, input.expectedAt)))
        throw conflict('openness.extend.error.state');
      await recordAudit(trx, {
        actor,
        action: 'openness:extend',
        objectType: 'access-request',
        objectId: id,
        purpose: input.expectedAt,
      });
      const recipient = recipientOf(request);
      const letter = extensionLetter(input);
      if (recipient) await this.deps.post.sendLetter(trx, actor, { recipient, ...letter });
      else if (request.email)
        await this.deps.notify.sendEmail(trx, actor, {
          to: request.email,
          subject: letter.subject,
          text: letter.body,
          authorityCode: request.department_code,
          sourceId: `${id}:extension`,
        });
    });
  }

  /** The delivered copy behind a valid link: the decision and the handed-out documents, redacted. */
  async delivered(requestId: string) {
    const request = await repository.findRequest(this.deps.db, requestId);
    if (request?.state !== 'decided' || request.email === null) throw notFound();
    const loaded = await this.loaded(this.deps.db, request);
    return { request, documents: deliveredDocuments(loaded) };
  }
}
