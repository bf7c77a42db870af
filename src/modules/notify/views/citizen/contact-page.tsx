import { currentLocale, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, TextField, type FieldErrors, PostForm } from '#platform/views/components.tsx';
import type { ContactOverview, ContactPointView } from '#modules/notify/contact.service.ts';
import type { Channel } from '#modules/notify/template-render.ts';
import { DataTable } from '#platform/views/data-table.tsx';

export const contactPaths = {
  page: '/my/contact',
  register: (channel: Channel) => `/my/contact/${channel}`,
  verify: (channel: Channel) => `/my/contact/${channel}/verify`,
  remove: (channel: Channel) => `/my/contact/${channel}/delete`,
  preferences: '/my/contact/preferences',
};

export type ContactNotice = 'codeSent' | 'verified' | 'deleted' | 'saved';

/** Citizen/business: mobile number and e-mail address (register, verify, change, delete) and notifications per authority. */
export function ContactPage({
  overview,
  notice,
  errors = {},
  values = {},
}: {
  overview: ContactOverview;
  notice?: ContactNotice;
  errors?: FieldErrors;
  values?: Record<string, string>;
}) {
  return (
    <Page title={t('notify.contact.title')} backLink={{ href: '/my', label: 'common.back' }}>
      <h1>{t('notify.contact.title')}</h1>
      <p class="font-lead">{t('notify.contact.lead')}</p>
      {notice ? <Alert kind="success" heading={t(`notify.contact.notice.${notice}`)} /> : ''}
      <ErrorSummary errors={errors} />
      <ContactPointSection
        channel="sms"
        point={overview.points.sms}
        error={errors['sms-address']}
        value={values['sms-address']}
      />
      <ContactPointSection
        channel="email"
        point={overview.points.email}
        error={errors['email-address']}
        value={values['email-address']}
      />
      <PreferencesSection overview={overview} error={errors.preferences} />
      <HistorySection overview={overview} />
    </Page>
  );
}

function ContactPointSection({
  channel,
  point,
  error,
  value,
}: {
  channel: Channel;
  point?: ContactPointView;
  error?: string;
  value?: string;
}) {
  const verified = point?.address && point.verifiedAt;
  return (
    <section class="mt-7">
      <h2>{t(`notify.contact.${channel}.heading`)}</h2>
      {verified ? (
        <p>
          {t(`notify.contact.${channel}.current`)}: <strong safe>{point.address!}</strong> –{' '}
          {t('notify.contact.verifiedAt', { date: formatDateTime(point.verifiedAt!) })}
        </p>
      ) : (
        <p>{t(`notify.contact.${channel}.none`)}</p>
      )}
      {point?.pendingAddress ? (
        <Alert kind="info" heading={t('notify.contact.pending', { address: point.pendingAddress })}>
          <a href={contactPaths.verify(channel)}>{t('notify.contact.enterCode')}</a>
        </Alert>
      ) : (
        ''
      )}
      <PostForm action={contactPaths.register(channel)} submit={t('notify.contact.sendCode')} novalidate>
        <TextField
          name={`${channel}-address`}
          label={t(verified ? `notify.contact.${channel}.change` : `notify.contact.${channel}.add`)}
          hint={t(`notify.contact.${channel}.hint`)}
          type={channel === 'sms' ? 'tel' : 'email'}
          autocomplete={channel === 'sms' ? 'tel' : 'email'}
          inputmode={channel === 'sms' ? 'tel' : 'email'}
          value={value ?? ''}
          error={error}
          classes="input-width-m"
        />
      </PostForm>
      {point ? (
        <PostForm
          action={contactPaths.remove(channel)}
          submit={t(`notify.contact.${channel}.delete`)}
          class="mt-4"
          kind="secondary"
        />
      ) : (
        ''
      )}
    </section>
  );
}

function PreferencesSection({ overview, error }: { overview: ContactOverview; error?: string }) {
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

function HistorySection({ overview }: { overview: ContactOverview }) {
  if (overview.history.length === 0) return '';
  const names = new Map(overview.preferences.map((row) => [row.authority.code, row.authority.name[currentLocale()]]));
  return (
    <section class="mt-7">
      <h2>{t('notify.history.heading')}</h2>
      <DataTable
        caption={t('notify.history.caption')}
        rows={overview.history}
        columns={[
          { header: t('notify.history.time'), text: (entry) => formatDateTime(entry.occurredAt) },
          { header: t('notify.history.event'), text: (entry) => t(`notify.history.${entry.event}`) },
          { header: t('notify.history.channel'), text: (entry) => t(`notify.channel.${entry.channel}`) },
          {
            header: t('notify.preferences.authority'),
            text: (entry) => (entry.authorityCode ? (names.get(entry.authorityCode) ?? entry.authorityCode) : '–'),
          },
        ]}
      />
    </section>
  );
}

/** The code form for a pending number or address. */
export function VerifyPage({ channel, point, error }: { channel: Channel; point?: ContactPointView; error?: string }) {
  const errors: FieldErrors = error ? { code: error } : {};
  return (
    <Page title={t('notify.verify.title')} backLink={{ href: contactPaths.page, label: 'common.back' }}>
      <h1>{t('notify.verify.title')}</h1>
      <ErrorSummary errors={errors} />
      {point?.pendingAddress ? (
        <>
          <p>{t(`notify.verify.lead.${channel}`, { address: point.pendingAddress })}</p>
          <p>{t('notify.verify.expires', { date: formatDateTime(point.codeExpiresAt!), left: point.attemptsLeft })}</p>
          <PostForm action={contactPaths.verify(channel)} submit={t('notify.verify.submit')} novalidate>
            <TextField
              name="code"
              label={t('notify.verify.code')}
              hint={t('notify.verify.codeHint')}
              inputmode="numeric"
              autocomplete="one-time-code"
              error={error}
              classes="input-width-xs"
            />
          </PostForm>
        </>
      ) : (
        <p>{t('notify.verify.nothingPending')}</p>
      )}
      <p class="mt-5">
        <a href={contactPaths.page}>{t('notify.verify.newCode')}</a>
      </p>
    </Page>
  );
}
