import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import type { Solution, SolutionAudience } from '#modules/selfservice/catalogue/solution.ts';
import { localized } from '../form-fields.tsx';
import { paths } from '../paths.ts';
import { viewContext } from '#platform/views/view-context.ts';

/** The catalogue of one audience's solutions (public: anyone may look, starting needs a login). */
export function CataloguePage({ audience, solutions }: { audience: SolutionAudience; solutions: Solution[] }) {
  const other: SolutionAudience = audience === 'citizen' ? 'business' : 'citizen';
  // A logged-in citizen or business sees its own catalogue; the other one is shown without links it could not use.
  const kind = viewContext().principal?.kind;
  const applicant = kind === 'citizen' || kind === 'business' ? kind : undefined;
  const canApply = !applicant || applicant === audience;
  return (
    <Page title={t(`selfservice.catalogue.${audience}.title`)}>
      <h1>{t(`selfservice.catalogue.${audience}.title`)}</h1>
      {/* only a visitor is told how to log in: with MitID, or MitID Erhverv for businesses */}
      <p class="font-lead">
        {applicant
          ? t('selfservice.catalogue.lead')
          : `${t('selfservice.catalogue.lead')} ${t(`selfservice.catalogue.login.${audience}`)}`}
      </p>
      <ul class="nobullet-list">
        {solutions.map((solution) => (
          <li class="mb-5">
            <h2 class="h3">
              {canApply ? (
                <a href={paths.solution(solution.code)} safe>
                  {localized(solution.name)}
                </a>
              ) : (
                <span safe>{localized(solution.name)}</span>
              )}
            </h2>
            <p safe>{localized(solution.description)}</p>
            <p class="form-hint">
              {t('selfservice.catalogue.assurance', { level: t(`assurance.${solution.assurance}`) })}
            </p>
          </li>
        ))}
      </ul>
      {applicant ? (
        ''
      ) : (
        <p>
          <a href={paths.catalogue(other)}>
            {t('selfservice.catalogue.other', { audience: t(`selfservice.audience.${other}`) })}
          </a>
        </p>
      )}
    </Page>
  );
}
