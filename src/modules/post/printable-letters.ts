import type { Executor } from '#platform/db/database.ts';
import { t } from '#platform/i18n/i18n.ts';
import * as repository from './post.repository.ts';
import type { PostDependencies } from './post.types.ts';
import type { PrintableLetter } from './print/letter-pdf.ts';

type BatchMessage = Awaited<ReturnType<typeof repository.listBatchMessages>>[number];

/** Whose letter it is, for the audit row of reading it. */
export interface LetterRecipient {
  objectType: string;
  objectId: string;
  personId?: string;
  businessId?: string;
}

/** The batch's messages as letters to print (address, sender, text, attachments named), and whose they are. */
export async function printableLetters(
  deps: PostDependencies,
  trx: Executor,
  messages: BatchMessage[],
): Promise<{ letters: PrintableLetter[]; recipients: LetterRecipient[] }> {
  const letters: PrintableLetter[] = [];
  const recipients: LetterRecipient[] = [];
  for (const message of messages) {
    const mailbox = (await repository.findMailboxById(trx, message.mailbox_id))!;
    recipients.push({
      objectType: 'post-message',
      objectId: message.id,
      ...(mailbox.owner_kind === 'person' ? { personId: mailbox.owner_id } : { businessId: mailbox.owner_id }),
    });
    const person = mailbox.owner_kind === 'person' ? await deps.identity.getPerson(mailbox.owner_id, trx) : undefined;
    const business =
      mailbox.owner_kind === 'business' ? await deps.identity.getBusiness(mailbox.owner_id, trx) : undefined;
    const department = await deps.identity.department(message.department_id);
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
  return { letters, recipients };
}
