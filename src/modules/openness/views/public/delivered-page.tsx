import { t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';

/** The requester behind a signed link: the decision, its reasons, the appeal text and the redacted documents. */
export function DeliveredPage(props: {
  decision: string;
  kind: string;
  reason: string;
  documents: Array<{ title: string; caseReference: string; text: string }>;
}) {
  return (
    <LeadPage title={t('openness.download.title')} lead={t('openness.download.lead')}>
      <p safe>{t(`openness.letter.decision.${props.decision}`)}</p>
      <h2 safe>{t('openness.download.reasons')}</h2>
      <p safe>{props.reason}</p>
      <p safe>{t(`openness.letter.appeal.${props.kind}`)}</p>
      {props.documents.length ? '' : <p safe>{t('openness.download.none')}</p>}
      <>
        {props.documents.map((document) => (
          <section>
            <h2 safe>{`${document.caseReference}: ${document.title}`}</h2>
            <pre class="font-size-md" style="white-space: pre-wrap" safe>
              {document.text}
            </pre>
          </section>
        ))}
      </>
    </LeadPage>
  );
}
