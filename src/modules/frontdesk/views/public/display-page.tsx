import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import type { DeskLocation } from '../../catalogue.ts';
import type { Ticket } from '../../ticket.ts';
import { named } from '../format.ts';

/**
 * The waiting room's screen: the latest calls in large numbers. The route asks the browser to reload it every
 * 10 seconds (a `Refresh` header: no JavaScript); the newest call sits in a polite live region, so a screen reader announces it.
 */
export function DisplayPage({ location, called }: { location: DeskLocation; called: Ticket[] }) {
  const [latest, ...earlier] = called;
  return (
    <Page title={t('frontdesk.display.title', { location: named(location) })}>
      <h1>{t('frontdesk.display.title', { location: named(location) })}</h1>
      <div aria-live="polite" aria-atomic="true">
        {latest ? (
          <p class="font-lead display-call">
            {t('frontdesk.display.call', { number: latest.number, counter: latest.counter ?? '' })}
          </p>
        ) : (
          <p>{t('frontdesk.display.none')}</p>
        )}
      </div>
      <DataTable
        caption={t('frontdesk.display.earlier')}
        rows={earlier}
        empty={t('frontdesk.display.noEarlier')}
        columns={[
          { header: t('frontdesk.field.number'), rowHeader: true, numeric: true, text: (row) => row.number },
          { header: t('frontdesk.field.counter'), numeric: true, text: (row) => row.counter ?? '' },
        ]}
      />
    </Page>
  );
}
