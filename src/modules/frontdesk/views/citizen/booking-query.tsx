/** What a booking step carries on to the next in its query (the steps are GET forms: no JavaScript, no session). */
export interface BookingChoice {
  service: string;
  persons: number;
  location: string;
  slot: string;
}

export const choiceQuery = (choice: Partial<BookingChoice>): string =>
  new URLSearchParams(
    Object.entries(choice).flatMap(([key, value]) =>
      value === undefined || value === '' ? [] : [[key, String(value)]],
    ),
  ).toString();

/** Hidden fields that carry the earlier steps' choices. */
export function Carried({ choice }: { choice: Partial<BookingChoice> }) {
  return (
    <>
      {Object.entries(choice).map(([name, value]) =>
        value === undefined || value === '' ? '' : <input type="hidden" name={name} value={String(value)} />,
      )}
    </>
  );
}
