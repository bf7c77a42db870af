import type { Database, Executor } from '#platform/db/database.ts';
import { notFound } from '#platform/http/problem.ts';
import { type DeskLocation, type DeskService, toLocation, toService } from './catalogue.ts';
import {
  availabilityRows,
  findLocationRow,
  findServiceRow,
  listLocationRows,
  listServiceRows,
  locationsOffering,
  openingHourRows,
} from './repository/catalogue.repository.ts';
import type { AvailabilityWindow } from './slots.ts';

/** The self-service a purpose offers instead of a visit, from the channels module. */
export type SelfserviceOf = (purposeCode: string) => Promise<string | null>;

/** Services, locations, opening hours and availability: what citizens may book, where and when. */
export class CatalogueService {
  constructor(
    private readonly db: Database,
    private readonly selfserviceOf: SelfserviceOf,
  ) {}

  async services(): Promise<DeskService[]> {
    return (await listServiceRows(this.db)).map(toService);
  }

  async service(code: string, executor: Executor = this.db): Promise<DeskService> {
    const row = await findServiceRow(executor, code);
    if (!row) throw notFound('frontdesk.error.unknownService');
    return toService(row);
  }

  /** The link to do it online instead, when the service's inquiry purpose has a self-service solution. */
  selfservice(service: DeskService): Promise<string | null> {
    return this.selfserviceOf(service.purposeCode);
  }

  async locations(): Promise<DeskLocation[]> {
    return (await listLocationRows(this.db)).map(toLocation);
  }

  async location(code: string, executor: Executor = this.db): Promise<DeskLocation> {
    const row = await findLocationRow(executor, code);
    if (!row) throw notFound('frontdesk.error.unknownLocation');
    return toLocation(row);
  }

  async locationsFor(serviceCode: string): Promise<DeskLocation[]> {
    const codes = new Set(await locationsOffering(this.db, serviceCode));
    return (await this.locations()).filter((location) => codes.has(location.code));
  }

  async windows(
    serviceCode: string,
    locationCode: string,
    executor: Executor = this.db,
  ): Promise<AvailabilityWindow[]> {
    return (await availabilityRows(executor, serviceCode, locationCode)).map((row) => ({
      weekday: row.weekday,
      starts: row.starts,
      ends: row.ends,
      validFrom: row.valid_from,
      validTo: row.valid_to,
    }));
  }

  /** The services offered at a location (for its kiosk and counter). */
  async servicesAt(locationCode: string): Promise<DeskService[]> {
    const services = await this.services();
    const offered = await Promise.all(services.map((service) => locationsOffering(this.db, service.code)));
    return services.filter((_, index) => offered[index].includes(locationCode));
  }

  async openingHours(locationCode: string) {
    return (await openingHourRows(this.db, locationCode)).map((row) => ({
      weekday: row.weekday,
      opens: row.opens,
      closes: row.closes,
    }));
  }
}
