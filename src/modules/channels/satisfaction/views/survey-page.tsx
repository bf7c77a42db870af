import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, PostForm, RadioGroup, TextArea } from '#platform/views/components.tsx';
import { MAX_COMMENT, scores } from '../survey-answer.ts';
import type { SurveyView } from '../satisfaction.service.ts';
import { satisfactionPaths } from './paths.ts';

/**
 * The survey behind an invitation's signed link (no login): one question, a score from 1 to 5 as radio buttons in a
 * fieldset with its legend, and an optional comment. Works without JavaScript. Once answered: thanks only.
 */
export function SurveyPage({
  token,
  survey,
  values = {},
  errors = {},
  thanks,
}: {
  token: string;
  survey: SurveyView;
  values?: { score?: string; comment?: string };
  errors?: FieldErrors;
  thanks?: boolean;
}) {
  const service = survey.serviceName[currentLocale()];
  return (
    <Page title={t('channels.survey.title')}>
      <h1>{t('channels.survey.title')}</h1>
      {thanks ? <Alert kind="success" heading={t('channels.survey.thanks')} /> : ''}
      {survey.answered ? (
        thanks ? (
          ''
        ) : (
          <Alert kind="info" heading={t('channels.survey.answeredAlready')} />
        )
      ) : (
        <>
          <p class="font-lead" safe>
            {t('channels.survey.lead', { service })}
          </p>
          <ErrorSummary errors={errors} />
          <PostForm action={satisfactionPaths.survey(token)} submit={t('channels.survey.send')}>
            <RadioGroup
              name="score"
              legend={t('channels.survey.question', { service })}
              error={errors.score}
              value={values.score}
              options={scores.map((score) => ({ value: score, label: t(`channels.survey.score.${score}`) }))}
            />
            <TextArea
              name="comment"
              label={t('channels.survey.comment')}
              hint={t('channels.survey.commentHint', { max: MAX_COMMENT })}
              value={values.comment}
              error={errors.comment}
              rows={4}
            />
          </PostForm>
          <p>{t('channels.survey.privacy')}</p>
        </>
      )}
    </Page>
  );
}
