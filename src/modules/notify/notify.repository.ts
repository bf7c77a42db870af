// The notify module's SQL for contact points, preferences and templates, one file per seam under repository/
// (deliveries and reminders have delivery.repository.ts); callers import it all from here.
export type * from './repository/notify.tables.ts';
export * from './repository/contact-point.repository.ts';
export * from './repository/preference.repository.ts';
export * from './repository/template.repository.ts';
