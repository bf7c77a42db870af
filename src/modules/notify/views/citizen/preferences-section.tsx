import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { PostForm } from '#platform/views/components.tsx';
import type { ContactOverview } from '#modules/notify/contact.service.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import { contactPaths } from './contact-paths.ts';

/** Per authority: notify by SMS, by e-mail, both or neither. */
export function PreferencesSection({ overview, error }: { overview: ContactOverview; error?: string }) {
  const locale = currentLocale();
  return (
    <section class="mt-7">
      <h2>{t('notify.preferences.heading')}</h2>
      <p>{t('notify.preferences.lead')}</p>
      <PostForm action={contactPaths.preferences} submit={t('notify.preferences.save')}>
        <div class={error ? 'form-group form-error' : 'form-group'} id="field-preferences">
          {error ? (
            <span class="form-error-message">
              <span class="sr-only">{t('validation.invalid')}: </span>
              <span safe>{error}</span>
            </span>
          ) : (
            ''
          )}
          <DataTable
            caption={t('notify.preferences.caption')}
            rows={overview.preferences}
            columns={[
              { header: t('notify.preferences.authority'), rowHeader: true, text: (row) => row.authority.name[locale] },
              ...(['sms', 'email'] as const).map((channel) => ({
                header: t(`notify.channel.${channel}`),
                cell: (row: ContactOverview['preferences'][number]) => (
                  <div class="form-group-checkbox">
                    <input
                      class="form-checkbox"
                      type="checkbox"
                      id={`pref-${row.authority.code}-${channel}`}
                      name={`${row.authority.code}:${channel}`}
                      value="on"
                      checked={row[channel]}
                    />
                    <label for={`pref-${row.authority.code}-${channel}`}>
                      <span class="sr-only" safe>{`${row.authority.name[locale]}: `}</span>
                      {t(`notify.channel.${channel}`)}
                    </label>
                  </div>
                ),
              })),
            ]}
          />
        </div>
      </PostForm>
    </section>
  );
}
