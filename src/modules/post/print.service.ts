import type { Principal } from '#platform/auth/principal.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import { recordAudit, recordAuditMany } from '#platform/audit/audit.service.ts';
import { HttpProblem, notFound } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import { PostMessageDelivered } from './post.events.ts';
import { renderPrintBatchPdf, type PrintableLetter } from './print/letter-pdf.ts';

const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export interface PrintBatchView {
  id: string;
  status: 'open' | 'closed' | 'posted';
  createdAt: Date;
  closedAt: Date | null;
  postedAt: Date | null;
  letters: number;
}

/**
 * Printed letters for recipients not signed up for digital post (or exempt). Letters join the open
 * batch; staff close it (no letter joins after that), download it as one PDF, and mark it posted,
 * which moves its letters to "printed".
 */
export class PrintService {
  constructor(private readonly deps: PostDependencies) {}

  private get db() {
    return this.deps.db;
  }

  async batches(actor: Principal): Promise<PrintBatchView[]> {
    assertCan(actor, 'post:print');
    return (await repository.listPrintBatches(this.db, 50)).map((row) => ({
      id: row.id,
      status: row.status,
      createdAt: row.created_at,
      closedAt: row.closed_at,
      postedAt: row.posted_at,
      letters: Number(row.letters),
    }));
  }

  private async batch(id: string) {
    const batch = isUuid(id) ? await repository.findPrintBatch(this.db, id) : undefined;
    if (!batch) throw notFound();
    return batch;
  }

  async close(actor: Principal, id: string): Promise<void> {
    assertCan(actor, 'post:print');
    await this.batch(id);
    const closed = await repository.closePrintBatch(this.db, id);
    if (closed.numUpdatedRows === 0n) throw new HttpProblem(409, 'post.print.notClosed');
  }

  /** The closed batch as one PDF of all its letters; reading the recipients' letters is audited. */
  async pdf(actor: Principal, id: string): Promise<Buffer> {
    assertCan(actor, 'post:print');
    const batch = await this.batch(id);
    if (batch.status === 'open') throw new HttpProblem(409, 'post.print.notClosed');
    return this.db.transaction().execute(async (trx) => {
      const messages = await repository.listBatchMessages(trx, id);
      if (!messages.length) throw new HttpProblem(409, 'post.print.empty');
      const letters: PrintableLetter[] = [];
      const recipients: Array<{ objectType: string; objectId: string; personId?: string; businessId?: string }> = [];
      for (const message of messages) {
        const mailbox = (await repository.findMailboxById(trx, message.mailbox_id))!;
        recipients.push({
          objectType: 'post-message',
          objectId: message.id,
          ...(mailbox.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox.owner_id }),
        });
        const person =
          mailbox.owner_kind === 'person' ? await this.deps.identity.getPerson(mailbox.owner_id, trx) : undefined;
        const business =
          mailbox.owner_kind === 'business' ? await this.deps.identity.getBusiness(mailbox.owner_id, trx) : undefined;
        const department = await this.deps.identity.department(message.department_id);
        const attachments = await repository.listAttachments(trx, [message.id]);
        letters.push({
          recipient: person
            ? { name: person.name, address: person.address, postcode: person.postcode, city: person.city }
            : { name: business?.name ?? '', address: business?.address ?? null },
          sender: {
            name: t('app.municipality', {}, 'da'),
            department: department?.name.da ?? message.department_code,
            address: 'Rådhuspladsen 1, 9999 Demoby',
          },
          subject: message.subject,
          body: message.body,
          date: message.created_at,
          reference: message.case_id ?? undefined,
          locale: 'da',
          attachmentsNote: attachments.map((attachment) => attachment.filename),
        });
      }
      await recordAudit(trx, {
        actor,
        action: 'post:print',
        objectType: 'post-print-batch',
        objectId: id,
        purpose: `print batch of ${messages.length} letters downloaded for printing`,
      });
      // and one row per letter, naming the person or business whose letter was read
      await recordAuditMany(
        trx,
        recipients.map((recipient) => ({ actor, action: 'post:print', ...recipient, purpose: `print batch ${id}` })),
      );
      return renderPrintBatchPdf(letters);
    });
  }

  async markPosted(actor: Principal, id: string): Promise<void> {
    assertCan(actor, 'post:print');
    await this.batch(id);
    await this.db.transaction().execute(async (trx) => {
      if (!(await repository.markBatchPosted(trx, id, `${actor.kind}:${actor.id}`)))
        throw new HttpProblem(409, 'post.print.notClosed');
      const printed = await repository.printedLettersOfBatch(trx, id);
      await this.deps.events.publishMany(
        trx,
        PostMessageDelivered,
        printed.map((letter) => ({
          messageId: letter.id,
          ...(letter.owner_kind === 'person' ? { personId: letter.owner_id } : { businessId: letter.owner_id }),
          departmentCode: letter.department_code,
          channel: 'print' as const,
          deliveredAt: (letter.printed_at ?? new Date()).toISOString(),
        })),
      );
      await recordAudit(trx, {
        actor,
        action: 'post:posted',
        objectType: 'post-print-batch',
        objectId: id,
        purpose: 'print batch marked as posted',
      });
    });
  }
}
