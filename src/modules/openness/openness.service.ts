import type { Database } from '#platform/db/database.ts';
import type { CasesContract, NotifyContract, PostContract } from '#platform/contracts.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { AccessRequestService } from './access-request.service.ts';
import { PostListService } from './post-list.service.ts';
import { checkDownloadToken } from './download-link.ts';
import { JournalFeed } from './journal-feed.service.ts';
import { distinctCaseTypes } from './repository/post-list.repository.ts';

export interface OpennessDependencies {
  db: Database;
  identity: IdentityContract;
  cases: CasesContract;
  post: PostContract;
  notify: NotifyContract;
  /** this installation's address, for links sent by e-mail */
  publicUrl: string;
  /** the secret download links are signed with (derived from the session secret) */
  secret: string;
}

/** Openness: the public post list and requests for access to documents. */
export class OpennessService {
  readonly postList: PostListService;
  readonly requests: AccessRequestService;
  readonly feed: JournalFeed;

  constructor(private readonly deps: OpennessDependencies) {
    this.postList = new PostListService(deps.db, async (actor) =>
      actor.departmentId ? (await deps.identity.department(actor.departmentId))?.code : undefined,
    );
    this.requests = new AccessRequestService({ ...deps, postList: this.postList });
    this.feed = new JournalFeed(deps);
  }

  /** The filter's choices: departments, and the case types that have entries, by name in both languages. */
  async filterOptions() {
    const departments = await this.deps.identity.listDepartments();
    const caseTypes = await Promise.all(
      (await distinctCaseTypes(this.deps.db)).map(async (code) => ({
        code,
        name: (await this.deps.cases.caseTypeSummary(code))?.name ?? { da: code, en: code },
      })),
    );
    return { departments: departments.map(({ code, name }) => ({ code, name })), caseTypes };
  }

  /** The request a signed link names, or why the link does not work. */
  checkLink(token: string, now = new Date()) {
    return checkDownloadToken(this.deps.secret, token, now);
  }
}
