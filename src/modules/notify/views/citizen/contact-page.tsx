import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors } from '#platform/views/components.tsx';
import type { ContactOverview } from '#modules/notify/contact.service.ts';
import { ContactPointSection } from './contact-point-section.tsx';
import { PreferencesSection } from './preferences-section.tsx';
import { HistorySection } from './consent-history-section.tsx';

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
