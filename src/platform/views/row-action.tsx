import { CsrfField } from './components.tsx';

/**
 * One action on one row of a list: a POST form with the CSRF field and a button whose accessible name says which
 * row it acts on (`label` shown, `subject` read by screen readers only: "Tilbagekald" + "nøglen Fagsystem A").
 */
export function RowAction({
  action,
  label,
  subject,
  fields = {},
  kind = 'secondary',
  small,
  inline,
  when = true,
}: {
  action: string;
  label: string;
  /** which row, for screen readers; leave it out when the label names the row already */
  subject?: string;
  /** hidden fields sent with the action */
  fields?: Record<string, string>;
  kind?: 'primary' | 'secondary' | 'tertiary';
  small?: boolean;
  /** in the flow of text (beside a status) rather than a block of its own */
  inline?: boolean;
  /** whether the row offers the action now (a cancelled reminder cannot be cancelled) */
  when?: boolean;
}) {
  if (!when) return '';
  const classes = ['button', `button-${kind}`, small ? 'button-small' : ''];
  return (
    <form method="post" action={action} class={inline ? 'd-inline' : undefined}>
      <CsrfField />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={classes.filter(Boolean).join(' ')}>
        <span safe>{label}</span>
        {subject ? <span class="sr-only" safe>{` ${subject}`}</span> : ''}
      </button>
    </form>
  );
}

/** A link on one row of a list, its accessible name saying which row ("Redigér" + "roller for Anne"). */
export function RowLink({ href, label, subject }: { href: string; label: string; subject: string }) {
  return (
    <a href={href}>
      <span safe>{label}</span>
      <span class="sr-only" safe>{` ${subject}`}</span>
    </a>
  );
}
