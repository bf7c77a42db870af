import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { Principal } from '#platform/auth/principal.ts';
import type { PartyRef, PostContract } from '#platform/contracts.ts';
import type { Solution } from './catalogue/solution.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import * as repository from './selfservice.repository.ts';
import { receiptLetter } from './receipt-letter.ts';

/** The actor of receipt letters: the self-service system itself, not a person. */
export const receiptSender: Principal = {
  kind: 'client',
  id: 'selfservice',
  name: 'Selvbetjening',
  roles: ['integration'],
  scopes: ['post:send'],
};

export interface ReceiptDependencies {
  db: Database;
  logger: Logger;
  post: PostContract;
  identity: Pick<IdentityContract, 'getPerson' | 'getBusiness'>;
  solution(code: string): Solution;
}

/**
 * Sends the receipt letter to the applicant's digital post. Idempotent: a receipt already sent or
 * skipped is not sent again, and the letter and the mark commit together.
 */
export async function sendReceiptLetter(deps: ReceiptDependencies, submissionId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const row = await repository.findSubmissionById(trx, submissionId);
    if (row?.receipt_status !== 'pending') return;
    const solution = deps.solution(row.solution_code);
    const recipient: PartyRef =
      row.owner_kind === 'business' ? { businessId: row.owner_id } : { personId: row.owner_id };
    const applicant =
      row.owner_kind === 'business'
        ? await deps.identity.getBusiness(row.owner_id, trx)
        : await deps.identity.getPerson(row.owner_id, trx);
    const letter = receiptLetter({
      locale: applicant?.preferredLocale ?? 'da',
      recipientName: applicant?.name,
      solution,
      reference: row.case_reference,
      submittedAt: row.submitted_at,
      expectedProcessingDays: row.expected_processing_days,
      deadline: row.deadline,
    });
    const { messageId } = await deps.post.sendLetter(trx, receiptSender, {
      recipient,
      ...letter,
      caseId: row.case_reference,
      replyAllowed: false,
    });
    await repository.setReceipt(trx, row.id, 'sent', messageId);
  });
}
