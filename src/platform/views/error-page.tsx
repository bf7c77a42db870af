import { t } from '../i18n/i18n.ts';
import { Page } from './layout.tsx';

const knownStatuses = new Set([400, 401, 403, 404, 409, 413, 415, 429, 500, 503]);

export function ErrorPage({
  statusCode,
  requestId,
  message,
}: {
  statusCode: number;
  requestId?: string;
  message?: string;
}) {
  const status = knownStatuses.has(statusCode) ? statusCode : statusCode >= 500 ? 500 : 400;
  return (
    <Page title={t(`error.${status}.title`)}>
      <h1>{t(`error.${status}.title`)}</h1>
      <p class="font-lead" safe>
        {message ?? t(`error.${status}.text`)}
      </p>
      {requestId ? (
        <p class="form-hint" safe>
          {t('error.reference', { id: requestId })}
        </p>
      ) : (
        ''
      )}
      <p>
        <a href="/" class="button button-primary">
          {t('error.backHome')}
        </a>
      </p>
    </Page>
  );
}
