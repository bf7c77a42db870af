import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { periodProblems } from '../figures.service.ts';
import type { PurposeService } from '../purpose.service.ts';
import { komhenGroups } from '../repository/komhen.repository.ts';
import { type KomhenLine, komhenLines } from './komhen-export.ts';

/** Count weeks without counting: any period of the register in KOMHEN's categories. */
export class KomhenService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
  ) {}

  async lines(actor: Principal, from: string, to: string): Promise<KomhenLine[]> {
    assertCan(actor, 'channels:figures');
    const problems = periodProblems(from, to);
    if (problems.length) throw badRequest(problems[0].key, problems[0].values);
    const [groups, purposes] = await Promise.all([komhenGroups(this.db, from, to), this.purposes.list()]);
    return komhenLines(groups, new Map(purposes.map((purpose) => [purpose.code, purpose])));
  }
}
