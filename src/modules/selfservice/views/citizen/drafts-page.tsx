import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField } from '#platform/views/components.tsx';
import { visiblePages } from '#modules/selfservice/forms/form-validator.ts';
import type { DraftView, SubmissionView } from '#modules/selfservice/selfservice.service.ts';
import { ABANDON_AFTER_DAYS, DELETE_DRAFTS_AFTER_DAYS } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';

/** "My drafts": applications started and not sent, to resume or delete, and the latest sent ones with their receipts. */
export function DraftsPage({
  drafts,
  submissions,
  notice,
}: {
  drafts: DraftView[];
  submissions: SubmissionView[];
  notice?: 'saved' | 'deleted';
}) {
  return (
    <Page title={t('selfservice.drafts.title')}>
      <h1>{t('selfservice.drafts.title')}</h1>
      {notice ? <Alert kind="success" heading={t(`selfservice.drafts.${notice}`)} /> : ''}
      <p class="font-lead">{t('selfservice.drafts.lead')}</p>
      {drafts.length === 0 ? (
        <p>{t('selfservice.drafts.empty')}</p>
      ) : (
        <table class="table table--zebra">
          <caption class="sr-only">{t('selfservice.drafts.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('selfservice.drafts.solution')}</th>
              <th scope="col">{t('selfservice.drafts.updated')}</th>
              <th scope="col">{t('selfservice.drafts.progress')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => {
              const pages = visiblePages(draft.solution.form, draft.answers);
              const done = pages.filter((page) => draft.completedPages.includes(page.id)).length;
              const name = localized(draft.solution.name);
              return (
                <tr>
                  <td safe>{name}</td>
                  <td>{formatDateTime(draft.updatedAt)}</td>
                  <td>{t('selfservice.drafts.progressValue', { done, total: pages.length })}</td>
                  <td>
                    <a href={paths.draft(draft.id)} safe>
                      {t('selfservice.drafts.continue', { solution: name })}
                    </a>
                    <form method="post" action={paths.deleteDraft(draft.id)} class="d-inline">
                      <CsrfField />{' '}
                      <button type="submit" class="button button-tertiary" safe>
                        {t('selfservice.drafts.delete', { solution: name })}
                      </button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="form-hint">
        {t('selfservice.drafts.abandonedNote', { days: ABANDON_AFTER_DAYS, deleteDays: DELETE_DRAFTS_AFTER_DAYS })}
      </p>
      {submissions.length ? (
        <>
          <h2>{t('selfservice.submissions.title')}</h2>
          <ul class="nobullet-list">
            {submissions.map((submission) => (
              <li>
                <span safe>{localized(submission.solution.name)}</span> – {formatDateTime(submission.submittedAt)} –{' '}
                <a href={paths.receipt(submission.id)} safe>
                  {t('selfservice.submissions.receipt', { reference: submission.caseReference })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </Page>
  );
}
