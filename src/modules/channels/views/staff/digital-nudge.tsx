import { t } from '#platform/i18n/i18n.ts';
import { Alert } from '#platform/views/components.tsx';

/** The desired channel is digital: the self-service link to give the citizen for next time. */
export function DigitalNudge({ name, href }: { name: string; href: string }) {
  return (
    <Alert kind="info" heading={t('channels.nudge.heading')}>
      <p>
        <span safe>{t('channels.nudge.text', { purpose: name })}</span>{' '}
        <a href={href} safe>
          {href}
        </a>
      </p>
    </Alert>
  );
}
