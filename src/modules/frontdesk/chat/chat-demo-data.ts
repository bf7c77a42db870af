import type { Executor } from '#platform/db/database.ts';
import { insertChatSetup } from './chat.repository.ts';
import type { ChatHoursTable } from './chat.tables.ts';

/** Monday to Friday between two times (the contact pages say 9–14 for the chat). */
export const weekdayHours = (departmentCode: string, opens = '09:00', closes = '14:00'): ChatHoursTable[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ department_code: departmentCode, weekday, opens, closes }));

/**
 * The demo chat: Borgerservice answers general information (anonymous visitors welcome), passports and the
 * status of a case (logged in); Ydelser og Pension answers pensions and housing benefit (logged in). Both open
 * Monday to Friday 9–14. Canned answers for the common questions.
 */
export async function seedChatDemo(executor: Executor): Promise<void> {
  await insertChatSetup(executor, {
    topics: [
      { purpose_code: 'general-information', department_code: 'borgerservice', anonymous: true },
      { purpose_code: 'passport', department_code: 'borgerservice', anonymous: true },
      { purpose_code: 'case-status', department_code: 'borgerservice', anonymous: false },
      { purpose_code: 'pension', department_code: 'ydelser', anonymous: false },
      { purpose_code: 'housing-benefit', department_code: 'ydelser', anonymous: false },
    ],
    hours: [...weekdayHours('borgerservice'), ...weekdayHours('ydelser')],
    answers: [
      {
        purpose_code: 'passport',
        position: 1,
        title_da: 'Bestil tid til pas',
        title_en: 'Book a time for a passport',
        body_da:
          'Du bestiller tid til nyt pas på kommunens hjemmeside under "Book tid". Husk dit gamle pas og et billede-id.',
        body_en:
          'You book a time for a new passport on the municipality\'s website under "Book a time". Bring your old passport and a photo ID.',
      },
      {
        purpose_code: 'passport',
        position: 2,
        title_da: 'Leveringstid',
        title_en: 'Delivery time',
        body_da: 'Der går normalt op til tre uger, fra du har søgt, til passet er klar. Du får besked i Digital Post.',
        body_en:
          'It normally takes up to three weeks from your application until the passport is ready. You are told in Digital Post.',
      },
      {
        purpose_code: 'general-information',
        position: 1,
        title_da: 'Åbningstider',
        title_en: 'Opening hours',
        body_da: 'Borgerservice på Rådhuset har åbent mandag til fredag kl. 10–15, torsdag også 15.30–17.30.',
        body_en: 'Citizen Service at the town hall is open Monday to Friday 10–15, Thursday also 15.30–17.30.',
      },
      {
        purpose_code: 'pension',
        position: 1,
        title_da: 'Skriv i Digital Post',
        title_en: 'Write in Digital Post',
        body_da:
          'Det kræver, at vi ser på din sag. Skriv til Ydelser og Pension i Digital Post, så svarer vi inden for to arbejdsdage.',
        body_en:
          'We need to look at your case. Write to Benefits and Pensions in Digital Post, and we answer within two working days.',
      },
    ],
  });
}
