import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { PostForm } from '#platform/views/components.tsx';
import type { Solution } from '#modules/selfservice/catalogue/solution.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';

/** A solution's start page: what it is for, who may use it, what to have ready, and the start button. */
export function SolutionPage({
  solution,
  expectedDays,
  loggedIn,
  draftId,
}: {
  solution: Solution;
  expectedDays: number | null;
  loggedIn: boolean;
  draftId?: string;
}) {
  const conditional = solution.form.pages.filter((page) => page.showWhen).map((page) => localized(page.title));
  return (
    <Page
      title={localized(solution.name)}
      backLink={{ href: paths.catalogue(solution.audiences[0]), label: 'selfservice.nav' }}
    >
      <h1 safe>{localized(solution.name)}</h1>
      <p class="font-lead" safe>
        {localized(solution.description)}
      </p>
      <SummaryList
        items={[
          {
            label: t('selfservice.intro.whoMayApply'),
            text: solution.audiences.map((audience) => t(`selfservice.intro.who.${audience}`)).join(', '),
          },
          { label: t('selfservice.intro.assurance'), text: t(`assurance.${solution.assurance}`) },
          !!expectedDays && {
            label: t('selfservice.intro.processing'),
            text: t('selfservice.intro.processingDays', { days: expectedDays }),
          },
        ]}
      />
      {solution.beforeYouStart ? (
        <>
          <h2 class="h3">{t('selfservice.intro.beforeYouStart')}</h2>
          <p safe>{localized(solution.beforeYouStart)}</p>
        </>
      ) : (
        ''
      )}
      <h2 class="h3">{t('selfservice.intro.pages')}</h2>
      {/* the steps everyone goes through, counted as the step indicator and "my drafts" count them */}
      <ol>
        {solution.form.pages
          .filter((page) => !page.showWhen)
          .map((page) => (
            <li safe>{localized(page.title)}</li>
          ))}
        <li>{t('selfservice.step.summary')}</li>
      </ol>
      {conditional.length ? (
        <p safe>{t('selfservice.intro.conditionalPages', { pages: conditional.join(', ') })}</p>
      ) : (
        ''
      )}
      {draftId ? (
        <p>
          <a href={paths.draft(draftId)}>{t('selfservice.intro.continueDraft')}</a>
        </p>
      ) : (
        ''
      )}
      {loggedIn ? (
        <PostForm action={paths.start(solution.code)} submit={t('selfservice.intro.start')} />
      ) : (
        <a
          class="button button-primary"
          href={`/auth/login?returnTo=${encodeURIComponent(paths.solution(solution.code))}&as=${solution.audiences[0]}`}
        >
          {t('selfservice.intro.login')}
        </a>
      )}
    </Page>
  );
}
