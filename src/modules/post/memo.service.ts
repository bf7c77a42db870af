import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { Executor } from '#platform/db/database.ts';
import { checkAttachments } from './attachment-check.ts';
import { ATTACHMENTS_MAX_COUNT } from './post-limits.ts';
import type { LetterSendingService } from './letter-sending.service.ts';
import { toMemoXml } from './memo/memo-xml.ts';
import { parseOrRefuse } from './memo-refusal.ts';
import { memoDetailsOf, type KeptFile } from './memo/memo-details.ts';
import { letterFromMemo } from './memo/memo-to-letter.ts';
import { memoFromMessage } from './memo/letter-to-memo.ts';
import { readMemoXml } from './memo/memo-parse.ts';
import { rootAttributes } from './memo/xml-tree.ts';
import type { MemoMessage } from './memo/memo-message.ts';
import { sendNemSms } from './nem-sms.ts';
import * as repository from './post.repository.ts';
import type { StaffPostService } from './staff-post.service.ts';
import type { PostDependencies } from './post.types.ts';

export interface MemoReceipt {
  id: string;
  status: string;
  delivery: 'digital' | 'print' | 'sms';
}

/**
 * MeMo as Digitaliseringsstyrelsen publishes it: a document validated against the official XSDs becomes a
 * letter (kept with the document as it came) or, for a NemSMS, an SMS through notify; a letter exports as
 * MeMo 1.2 again. A refused document is a 400 problem naming the line and element.
 */
export class MemoService {
  constructor(
    private readonly deps: PostDependencies,
    private readonly sending: LetterSendingService,
    private readonly staff: StaffPostService,
  ) {}

  async receive(actor: Principal, xml: string): Promise<MemoReceipt> {
    assertCan(actor, 'post:send');
    const memo = await parseOrRefuse(xml);
    if (memo.messageType === 'NEMSMS') return sendNemSms(this.deps, this.sending, actor, memo, xml);
    const letter = letterFromMemo(memo);
    if (!letter.recipient) throw new HttpProblem(400, 'post.memo.recipientType', { idType: memo.recipient.idType });
    const { attachments, kept } = await this.sortFiles(letter.files);
    const department = letter.departmentCode && (await this.deps.identity.departmentByCode(letter.departmentCode));
    const row = await this.deps.db.transaction().execute(async (trx) => {
      const message = await this.sending.sendToNumber(trx, actor, {
        ...letter,
        recipient: letter.recipient!,
        departmentId: department ? department.id : undefined,
        attachments,
      });
      await repository.insertMemoDocument(trx, {
        message_id: message.id,
        memo_version: rootAttributes(xml).memoVersion ?? '',
        xml,
        details: memoDetailsOf(memo, kept),
      });
      return message;
    });
    return { id: row.id, status: row.status, delivery: row.delivery };
  }

  /** A letter as MeMo 1.2: one that came as MeMo gives back everything its document held; others are built. */
  async export(actor: Principal, messageId: string): Promise<string> {
    const { row, attachments, owner } = await this.staff.messageForExport(actor, messageId);
    const original = await repository.findMemoDocument(this.deps.db, row.id);
    if (original) return toMemoXml(asStored(readMemoXml(original.xml), row));
    const department = await this.deps.identity.department(row.department_id);
    const sender = department && { code: department.code, name: department.name.da };
    return toMemoXml(memoFromMessage(row, attachments, owner, sender));
  }

  /** The text of a NemSMS, for notify (never in an event). */
  async nemSmsText(smsId: string, executor: Executor = this.deps.db): Promise<string | undefined> {
    return (await repository.findNemSms(executor, smsId))?.text;
  }

  /** Files the platform shows (PDF and images, checked by content) become attachments; others stay in the original. */
  private async sortFiles(files: ReturnType<typeof letterFromMemo>['files']) {
    const attachments: typeof files = [];
    const kept: KeptFile[] = [];
    for (const file of files) {
      if ((await checkAttachments([file])).ok && attachments.length < ATTACHMENTS_MAX_COUNT) attachments.push(file);
      else
        kept.push({
          document: file.document,
          filename: file.filename,
          encodingFormat: file.contentType,
          size: file.content.length,
        });
    }
    return { attachments, kept };
  }
}

/** The stored document with what the platform decides: the letter's id (lower case) and current subject. */
const asStored = (memo: MemoMessage, row: repository.MessageRow): MemoMessage => ({
  ...memo,
  messageUuid: row.id,
  label: row.subject,
});
