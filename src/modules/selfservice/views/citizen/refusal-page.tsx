import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import type { Solution } from '#modules/selfservice/catalogue/solution.ts';
import type { Refusal } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';

/** Why this login cannot use the solution (assurance too low, or the wrong kind of applicant), and what to do instead. */
export function RefusalPage({
  solution,
  refusal,
  kind,
}: {
  solution: Solution;
  refusal: Refusal;
  kind: 'citizen' | 'business' | 'staff' | 'client';
}) {
  const message =
    refusal.reason === 'assurance'
      ? t('selfservice.refused.assurance', {
          required: t(`assurance.${refusal.required}`),
          actual: t(`assurance.${refusal.actual}`),
        })
      : t(kind === 'business' ? 'selfservice.refused.citizensOnly' : 'selfservice.refused.businessesOnly');
  return (
    <Page title={t('selfservice.refused.title')}>
      <h1>{t('selfservice.refused.title')}</h1>
      <p class="h4" safe>
        {localized(solution.name)}
      </p>
      <Alert kind="warning">
        <span safe>{message}</span>
      </Alert>
      {refusal.reason === 'assurance' ? (
        <>
          <p>{t('selfservice.refused.assuranceHelp')}</p>
          <p>
            <a
              class="button button-primary"
              href={`/auth/login?returnTo=${encodeURIComponent(paths.solution(solution.code))}`}
            >
              {t('selfservice.refused.relogin')}
            </a>
          </p>
        </>
      ) : (
        <p>
          <a href={paths.catalogue(kind === 'business' ? 'business' : 'citizen')}>
            {t('selfservice.refused.audienceHelp')}
          </a>
        </p>
      )}
    </Page>
  );
}

/** Sending failed for a reason outside the applicant's control (the case system is down); the draft is kept. */
export function SubmitFailedPage({ message, draftId }: { message: string; draftId: string }) {
  return (
    <Page title={t('selfservice.unavailable.title')}>
      <h1>{t('selfservice.unavailable.title')}</h1>
      <Alert kind="error">
        <span safe>{message}</span>
      </Alert>
      <p>
        <a class="button button-primary" href={paths.summary(draftId)}>
          {t('selfservice.summary.title')}
        </a>{' '}
        <a class="button button-secondary" href={paths.drafts}>
          {t('selfservice.unavailable.toDrafts')}
        </a>
      </p>
    </Page>
  );
}
