import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert } from '#platform/views/components.tsx';
import { visiblePages } from '#modules/selfservice/forms/form-validator.ts';
import type { DraftView, SubmissionView } from '#modules/selfservice/selfservice.service.ts';
import { ABANDON_AFTER_DAYS, DELETE_DRAFTS_AFTER_DAYS } from '#modules/selfservice/selfservice.service.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import { RowAction } from '#platform/views/row-action.tsx';

/**
 * How far the applicant has come: steps done of the steps their answers lead through, counted as the step indicator
 * counts them (the pages shown, then the summary).
 */
function progressText(draft: DraftView): string {
  const pages = visiblePages(draft.solution.form, draft.answers);
  const done = pages.filter((page) => draft.completedPages.includes(page.id)).length;
  return t('selfservice.drafts.progressValue', { done, total: pages.length + 1 });
}

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
      <DataTable
        caption={t('selfservice.drafts.title')}
        captionHidden
        rows={drafts.map((draft) => ({ draft, name: localized(draft.solution.name) }))}
        empty={t('selfservice.drafts.empty')}
        columns={[
          { header: t('selfservice.drafts.solution'), text: (row) => row.name },
          { header: t('selfservice.drafts.updated'), text: (row) => formatDateTime(row.draft.updatedAt) },
          { header: t('selfservice.drafts.progress'), text: (row) => progressText(row.draft) },
        ]}
        actions={({ draft, name }) => (
          <>
            <a href={paths.draft(draft.id)} safe>
              {t('selfservice.drafts.continue', { solution: name })}
            </a>{' '}
            <RowAction
              action={paths.deleteDraft(draft.id)}
              label={t('selfservice.drafts.delete', { solution: name })}
              kind="tertiary"
              inline
            />
          </>
        )}
      />
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
