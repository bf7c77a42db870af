import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import { desiredOf, type PurposeInput, purposeProblems, purposeRow } from './purpose-input.ts';
import type { PurposeService } from './purpose.service.ts';
import * as repository from './repository/purpose.repository.ts';
import { type NewVersionInput, newVersionProblems } from './strategy-version.ts';
import { defaultUnitCostOre } from './unit-costs.ts';

/** Administrators change the channel strategy: new purposes, and new versions that supersede the earlier ones. */
export class PurposeAdminService {
  constructor(
    private readonly db: Database,
    private readonly purposes: PurposeService,
  ) {}

  /** A new version of a purpose's strategy: it supersedes the ones before it and is never edited itself. */
  async addVersion(actor: Principal, code: string, input: NewVersionInput): Promise<string> {
    assertCan(actor, 'channels:admin');
    const { versions } = await this.purposes.get(code);
    const problems = newVersionProblems(
      input,
      versions.map((version) => version.validFrom),
      danishDay(),
    );
    const errors = problems.map(({ field, key, values }) => ({ field, message: t(key, values) }));
    if (errors.length) throw badRequest('channels.version.invalid', {}, errors);
    return repository.insertVersion(this.db, { purposeCode: code, ...input, createdBy: actor.id }, input.channels);
  }

  /** A new purpose with a first version from today: its desired channel offered, 100 % of the target. */
  async create(actor: Principal, input: PurposeInput): Promise<string> {
    assertCan(actor, 'channels:admin');
    const problems = purposeProblems(input, await this.purposes.codes());
    const errors = problems.map(({ field, key }) => ({ field, message: t(key) }));
    if (errors.length) throw badRequest('channels.newPurpose.invalid', {}, errors);
    const desired = desiredOf(input);
    const first = [{ channel: desired, offered: true, unitCostOre: defaultUnitCostOre(desired), targetPercent: 100 }];
    await this.db.transaction().execute(async (trx) => {
      await repository.insertPurpose(trx, purposeRow(input));
      const version = { purposeCode: input.code, validFrom: danishDay(), desiredChannel: desired, createdBy: actor.id };
      await repository.insertVersion(trx, version, first);
    });
    return input.code;
  }
}
