import type { LocationTable, ServiceTable } from './repository/frontdesk.tables.ts';
import type { ServiceRules } from './slots.ts';

type Text = { da: string; en: string };

/** A service citizens book, as pages and services see it. */
export interface DeskService extends ServiceRules {
  code: string;
  purposeCode: string;
  name: Text;
  bring: Text;
}
export interface DeskLocation {
  code: string;
  name: Text;
  address: string;
  departmentId: string | null;
  counters: number;
}

export const toService = (row: ServiceTable): DeskService => ({
  code: row.code,
  purposeCode: row.purpose_code,
  name: { da: row.name_da, en: row.name_en },
  bring: { da: row.bring_da, en: row.bring_en },
  firstMinutes: row.first_minutes,
  extraMinutes: row.extra_minutes,
  maxPersons: row.max_persons,
  noticeHours: row.notice_hours,
  daysAhead: row.days_ahead,
});

export const toLocation = (row: LocationTable): DeskLocation => ({
  code: row.code,
  name: { da: row.name_da, en: row.name_en },
  address: row.address,
  departmentId: row.department_id,
  counters: row.counters,
});
