const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** The Danish calendar day of an instant, YYYY-MM-DD. */
export const danishDay = (at: Date = new Date()): string => dayFormat.format(at);
