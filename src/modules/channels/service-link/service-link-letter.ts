import { t } from '#platform/i18n/i18n.ts';

/**
 * The self-service link as a letter to the citizen's digital mailbox, in Danish (the language of the municipality's
 * letters): the purpose and the link, absolute so it opens from any mail client.
 */
export function serviceLinkLetter(purposeName: string, href: string, publicUrl: string) {
  const values = { purpose: purposeName, url: href.startsWith('/') ? `${publicUrl}${href}` : href };
  return {
    subject: t('channels.serviceLink.letterSubject', values, 'da'),
    body: t('channels.serviceLink.letterBody', values, 'da'),
  };
}
