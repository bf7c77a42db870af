import type { Children } from '@kitajs/html';

/** A link that looks like a DKFDS button: a CSV export, a "new …" page, a way back out of a form. */
export function ButtonLink({
  href,
  kind = 'secondary',
  children,
}: {
  href: string;
  kind?: 'primary' | 'secondary';
  children: Children;
}) {
  return (
    <a class={`button button-${kind}`} href={href}>
      {children}
    </a>
  );
}
