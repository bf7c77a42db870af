import { t } from '../i18n/i18n.ts';
import { alertIcons, Icon } from './icon.tsx';

/** A message box (information, success, warning or error) with an optional heading. */
export function Alert({
  kind,
  heading,
  children,
}: {
  kind: 'info' | 'success' | 'warning' | 'error';
  heading?: string;
  children?: JSX.Element | string;
}) {
  return (
    <div class={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Icon name={alertIcons[kind]} label={t(`alert.${kind}`)} class="alert-icon" />
      <div class="alert-body">
        {heading ? (
          <p class="alert-heading" safe>
            {heading}
          </p>
        ) : (
          ''
        )}
        <div class="alert-text">{children ?? ''}</div>
      </div>
    </div>
  );
}
