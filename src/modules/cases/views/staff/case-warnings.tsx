import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/alert.tsx';
import { RowLink } from '#platform/views/row-action.tsx';
import type { CaseWarning } from '#platform/contracts.ts';
import { localized } from '../case-format.tsx';

/** The case page: each warning another module raised about the case, with the link where the caseworker acts. */
export function CaseWarningAlerts({ warnings }: { warnings: readonly CaseWarning[] }) {
  return (
    <>
      {warnings.map((warning) => (
        <Alert kind="warning" heading={t('cases.warning.heading')}>
          <>
            <p safe>{localized(warning.text)}</p>
            <p>
              <a href={warning.link.href} safe>
                {localized(warning.link.label)}
              </a>
            </p>
          </>
        </Alert>
      ))}
    </>
  );
}

/** The work queue: a case's warnings under its deadline, each link named with the case's number for screen readers. */
export function QueueWarnings({ warnings, reference }: { warnings: readonly CaseWarning[]; reference: string }) {
  return (
    <>
      {warnings.map((warning) => (
        <p class="case-warning">
          <strong safe>{localized(warning.text)}</strong>{' '}
          <RowLink href={warning.link.href} label={localized(warning.link.label)} subject={reference} />
        </p>
      ))}
    </>
  );
}
