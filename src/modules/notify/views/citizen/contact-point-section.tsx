import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Alert, TextField, PostForm } from '#platform/views/components.tsx';
import type { ContactPointView } from '#modules/notify/contact.service.ts';
import type { Channel } from '#modules/notify/template-render.ts';
import { contactPaths } from './contact-paths.ts';

/** One channel's number or address: verified, pending a code, or none yet; with its forms. */
export function ContactPointSection({
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
