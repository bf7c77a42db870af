import type { Database } from '#platform/db/database.ts';
import { insertCatalogue } from './repository/catalogue.repository.ts';
import type { OpeningHoursTable, ServiceTable } from './repository/frontdesk.tables.ts';

/**
 * The town hall's borgerservice: passport, driving licence and health card by appointment, Monday to Friday,
 * with a late Thursday. Each service is bound to the inquiry purpose of the same code (channels' starter set).
 */
const service = (
  code: string,
  da: string,
  en: string,
  minutes: [number, number],
  bring: [string, string],
): ServiceTable => ({
  code,
  purpose_code: code,
  name_da: da,
  name_en: en,
  first_minutes: minutes[0],
  extra_minutes: minutes[1],
  max_persons: 4,
  notice_hours: 2,
  days_ahead: 60,
  bring_da: bring[0],
  bring_en: bring[1],
});

export const demoServices: ServiceTable[] = [
  service(
    'passport',
    'Pas',
    'Passport',
    [15, 10],
    [
      'Dit gamle pas, et billede-id og et pasfoto hvis du har et.',
      'Your old passport, photo ID and a passport photo if you have one.',
    ],
  ),
  service(
    'driving-licence',
    'Kørekort',
    'Driving licence',
    [20, 15],
    ['Dit gamle kørekort og et nyt foto.', 'Your old driving licence and a new photo.'],
  ),
  service(
    'health-card',
    'Sundhedskort',
    'Health card',
    [10, 5],
    [
      'Billede-id. De fleste kan bestille sundhedskortet på nettet.',
      'Photo ID. Most people can order the health card online.',
    ],
  ),
];

const weekdays = [1, 2, 3, 4, 5];
/** Open 10–15, Thursday 10–17.30 (two opening slots on Thursday: the late desk opens again at 15.30). */
export const demoOpeningHours = (location: string): OpeningHoursTable[] => [
  ...weekdays.map((weekday) => ({ location_code: location, weekday, opens: '10:00', closes: '15:00' })),
  { location_code: location, weekday: 4, opens: '15:30', closes: '17:30' },
];

/** The town hall and its demo services; the desk is run by borgerservice (its department id from identity). */
export async function seedFrontdeskDemo(db: Database, departmentId: string | null, validFrom: string): Promise<void> {
  await insertCatalogue(db, {
    services: demoServices,
    locations: [
      {
        code: 'town-hall',
        name_da: 'Rådhuset, Borgerservice',
        name_en: 'Town hall, Citizen Service',
        address: 'Rådhuspladsen 1',
        department_id: departmentId,
        counters: 3,
      },
    ],
    hours: demoOpeningHours('town-hall'),
    availability: demoServices.flatMap((row) =>
      weekdays.map((weekday) => ({
        service_code: row.code,
        location_code: 'town-hall',
        weekday,
        starts: '10:00',
        ends: '15:00',
        valid_from: validFrom,
        valid_to: null,
      })),
    ),
  });
}
