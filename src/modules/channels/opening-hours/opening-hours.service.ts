import type { Database } from '#platform/db/database.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { badRequest, type FieldProblem } from '#platform/http/problem.ts';
import { t } from '#platform/i18n/i18n.ts';
import type { ChannelCode } from '../channel-codes.ts';
import { danishDay } from '#platform/time/danish-day.ts';
import {
  type Closure,
  closureProblems,
  type DayHours,
  type HoursForm,
  type HoursVersion,
  hoursFrom,
  hoursVersion,
} from './opening-hours.ts';
import * as repository from './opening-hours.repository.ts';

export interface Place {
  placeCode: string;
  name: { da: string; en: string };
  channel: ChannelCode;
  versions: HoursVersion[];
  closures: Closure[];
  /** the next days from today */
  days: DayHours[];
}

const invalid = (key: string, problems: FieldProblem[]) =>
  badRequest(
    key,
    {},
    problems.map((p) => ({ field: p.field, message: t(p.key, p.values) })),
  );

/** Opening hours per place: versions and closures kept by administrators, shown to everyone. */
export class OpeningHoursService {
  constructor(private readonly db: Database) {}

  /** Every place with its versions, closures to come and the next `days` days (a week by default). */
  async places(days = 7, today = danishDay()): Promise<Place[]> {
    const [versions, closures] = await Promise.all([
      repository.listVersions(this.db),
      repository.listClosures(this.db, today),
    ]);
    const codes = [...new Set(versions.map((version) => version.placeCode))];
    return codes.map((placeCode) => {
      const own = versions.filter((version) => version.placeCode === placeCode);
      const shut = closures.filter((closure) => closure.placeCode === placeCode);
      const latest = own[own.length - 1];
      return {
        placeCode,
        name: latest.name,
        channel: latest.channel,
        versions: own,
        closures: shut,
        days: hoursFrom(own, shut, today, days),
      };
    });
  }

  /** The places of a channel (the desks for attendance, the phone line for phone). */
  async placesOf(channel: ChannelCode, today = danishDay()): Promise<Place[]> {
    return (await this.places(7, today)).filter((place) => place.channel === channel);
  }

  /** A new version of a place's hours (or a new place), from today or later and after its latest version. */
  async addVersion(actor: Principal, form: HoursForm, today = danishDay()): Promise<void> {
    assertCan(actor, 'channels:service-level-admin');
    await this.db.transaction().execute(async (trx) => {
      await repository.lockHours(trx);
      const own = (await repository.listVersions(trx)).filter((version) => version.placeCode === form.placeCode);
      const checked = hoursVersion(form, today, own[own.length - 1]?.validFrom);
      if ('problems' in checked) throw invalid('channels.hours.invalid', checked.problems);
      await repository.insertVersion(trx, checked.version, actor.id);
    });
  }

  /** A closure of a place (a date range with a reason in both languages); one may not overlap another. */
  async addClosure(actor: Principal, form: HoursForm, today = danishDay()): Promise<void> {
    assertCan(actor, 'channels:service-level-admin');
    const closure = {
      placeCode: form.placeCode ?? '',
      from: form.from ?? '',
      to: form.to ?? '',
      reason: { da: form.reasonDa ?? '', en: form.reasonEn ?? '' },
    };
    await this.db.transaction().execute(async (trx) => {
      await repository.lockHours(trx);
      const places = new Set((await repository.listVersions(trx)).map((version) => version.placeCode));
      const existing = (await repository.listClosures(trx, '0001-01-01')).filter(
        (other) => other.placeCode === closure.placeCode,
      );
      const problems = closureProblems(closure, today, existing, places);
      if (problems.length) throw invalid('channels.hours.closureInvalid', problems);
      await repository.insertClosure(trx, closure, actor.id);
    });
  }
}
