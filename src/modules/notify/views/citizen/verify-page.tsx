import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { ErrorSummary, TextField, PostForm, type FieldErrors } from '#platform/views/components.tsx';
import type { ContactPointView } from '#modules/notify/contact.service.ts';
import type { Channel } from '#modules/notify/template-render.ts';
import { contactPaths } from './contact-paths.ts';

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
