import { currentLocale, t } from '#platform/i18n/i18n.ts';
import { LeadPage } from '#platform/views/lead-page.tsx';
import { LinkList } from '#platform/views/components.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { ChannelCode } from '../../channel-codes.ts';
import type { ContactWays } from '../../contact/contact-channels.ts';
import { type Purpose, purposeName } from '../../purpose.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';

/** "Kontakt kommunen": every purpose, each to its own page. */
export function ContactIndexPage({ purposes }: { purposes: Purpose[] }) {
  const links = purposes
    .map((purpose) => ({ href: channelsPaths.contact(purpose.code), text: purposeName(purpose) }))
    .sort((a, b) => a.text.localeCompare(b.text, currentLocale()));
  return (
    <LeadPage title={t('channels.contact.title')} lead={t('channels.contact.lead')}>
      <LinkList links={links} empty={t('channels.contact.none')} />
    </LeadPage>
  );
}

/** How to reach the municipality about one channel: how, and when it is open (and its page, when it has one). */
function ChannelFacts({ channel, href }: { channel: ChannelCode; href?: string }) {
  return (
    <>
      {href ? (
        <p>
          <ButtonLink href={href} kind="secondary">
            {t('channels.contact.go', { channel: channelName(channel) })}
          </ButtonLink>
        </p>
      ) : (
        ''
      )}
      <SummaryList
        caption={channelName(channel)}
        items={[
          { label: t('channels.contact.how'), text: t(`channels.contact.how.${channel}`) },
          { label: t('channels.contact.hours'), text: t(`channels.contact.hours.${channel}`) },
        ]}
      />
    </>
  );
}

/** One purpose: the desired channel first (the self-service link), then the others with their opening hours. */
export function ContactPage({
  purpose,
  ways,
  links = {},
}: {
  purpose: Purpose;
  ways: ContactWays;
  /** pages other modules run for a channel (the web chat) */
  links?: Partial<Record<ChannelCode, string>>;
}) {
  const name = purposeName(purpose);
  return (
    <LeadPage
      title={t('channels.contact.purposeTitle', { purpose: name })}
      lead={t('channels.contact.purposeLead')}
      back={channelsPaths.contactIndex}
    >
      {ways.desired ? (
        <section aria-labelledby="contact-desired">
          <h2 id="contact-desired" safe>
            {t('channels.contact.best', { channel: channelName(ways.desired.channel) })}
          </h2>
          {ways.desired.href ? (
            <p>
              <ButtonLink href={ways.desired.href} kind="primary">
                {t('channels.contact.start', { purpose: name })}
              </ButtonLink>
            </p>
          ) : (
            ''
          )}
          <ChannelFacts channel={ways.desired.channel} href={links[ways.desired.channel]} />
        </section>
      ) : (
        ''
      )}
      {ways.others.length ? <h2>{t('channels.contact.others')}</h2> : ''}
      <>
        {ways.others.map((channel) => (
          <>
            <h3 safe>{channelName(channel)}</h3>
            <ChannelFacts channel={channel} href={links[channel]} />
          </>
        ))}
      </>
    </LeadPage>
  );
}
