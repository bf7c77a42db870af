const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/** The calendar day in Denmark (YYYY-MM-DD) of an instant: usage is counted per Danish day. */
export const danishDay = (instant: Date): string => dayFormat.format(instant);
