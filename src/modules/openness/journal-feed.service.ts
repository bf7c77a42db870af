import type { Executor } from '#platform/db/database.ts';
import type { CasesContract, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import type { Business } from '#modules/identity/identity.service.ts';
import type { PartyCategory } from './openness-codes.ts';
import * as repository from './repository/post-list.repository.ts';

/** What a letter event tells the journal: ids, codes and times only (the text is asked of the post module). */
export interface LetterOnCase {
  messageId: string;
  caseId?: string;
  bulkId?: string;
  personId?: string;
  businessId?: string;
  departmentCode: string;
  at: string;
}

/** The other party's category on the list: a person is a citizen; a CVR is a business or a public authority. */
function partyCategory(event: LetterOnCase, business: Business | undefined): PartyCategory {
  if (!event.businessId) return 'citizen';
  return business?.publicAuthority ? 'authority' : 'business';
}

export interface JournalFeedDependencies {
  cases: CasesContract;
  post: PostContract;
  identity: IdentityContract;
}

/**
 * The post list fed by the post and cases modules: every letter sent or received on a case of the cases module
 * becomes an entry, with the case's number, case type and public title (`CasesContract.journalFacts`), the
 * letter's subject and text (`PostContract.journalLetter`), its direction and the other party's category: a
 * citizen, a business, or an authority (a CVR whose company form is a public authority's, as the identity module
 * knows it from the CVR register). A citizen's name is never asked for; a business's or authority's name is. Whether and when the entry is shown is decided when the
 * list is read (the delay, closed case types, exclusions), so nothing here decides publicity.
 */
export class JournalFeed {
  constructor(private readonly deps: JournalFeedDependencies) {}

  /** Registers a letter if it is on a known case; idempotent per letter. Returns the entry's id when it added one. */
  async letter(executor: Executor, event: LetterOnCase): Promise<string | undefined> {
    // a bulk letter is no letter on a case; a letter without a case number belongs on no case's journal
    if (event.bulkId || !event.caseId) return undefined;
    const facts = await this.deps.cases.journalFacts(event.caseId, executor);
    if (!facts) return undefined;
    const letter = await this.deps.post.journalLetter(event.messageId, executor);
    if (!letter) return undefined;
    const business = event.businessId ? await this.deps.identity.getBusiness(event.businessId, executor) : undefined;
    return repository.insertEntryFromLetter(executor, {
      source_message_id: event.messageId,
      case_reference: facts.reference,
      case_type_code: facts.caseTypeCode,
      case_title: facts.publicTitle.da,
      document_title: letter.subject,
      document_text: letter.body,
      direction: letter.direction,
      party_category: partyCategory(event, business),
      // a citizen's name is never stored for the list
      party_name: event.businessId ? (business?.name ?? null) : null,
      department_code: facts.departmentCode ?? event.departmentCode,
      registered_at: new Date(event.at),
    });
  }
}
