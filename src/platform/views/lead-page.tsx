import { Page, type PageProps } from './layout.tsx';

/**
 * A page that opens with its title as the `<h1>` and a lead paragraph under it (list, report and admin pages);
 * `back` is the address of the "Tilbage" link above it.
 */
export function LeadPage({
  title,
  lead,
  back,
  children,
}: Omit<PageProps, 'backLink'> & { lead: string; back?: string }) {
  return (
    <Page title={title} backLink={back ? { href: back, label: 'common.back' } : undefined}>
      <h1 safe>{title}</h1>
      <p class="font-lead" safe>
        {lead}
      </p>
      <>{children ?? ''}</>
    </Page>
  );
}
