import { t } from '#platform/i18n/i18n.ts';
import { PostForm, RadioGroup } from '#platform/views/components.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import type { ServiceLinkOffer } from '../../service-link/service-link.service.ts';
import { channelsPaths } from '../paths.ts';

const channelLabel = (channel: string) => t(`channels.serviceLink.channel.${channel}`);

/** On the receipt: send the citizen the self-service link by a channel their contact register allows. */
export function ServiceLinkForm({ offer, error }: { offer: ServiceLinkOffer; error?: string }) {
  const possible = offer.channels.filter((choice) => !choice.unavailable && !offer.sent.includes(choice.channel));
  return (
    <section id="field-linkChannel" aria-labelledby="service-link-heading">
      <h2 id="service-link-heading">{t('channels.serviceLink.heading')}</h2>
      <SummaryList
        caption={t('channels.serviceLink.heading')}
        items={offer.channels.map((choice) => ({
          label: channelLabel(choice.channel),
          text: offer.sent.includes(choice.channel)
            ? t('channels.serviceLink.sent')
            : choice.unavailable
              ? t(`channels.serviceLink.unavailable.${choice.channel}.${choice.unavailable}`)
              : t('channels.serviceLink.possible'),
        }))}
      />
      {possible.length === 0 ? (
        <p>{t('channels.serviceLink.none')}</p>
      ) : (
        <PostForm action={channelsPaths.serviceLink} submit={t('channels.serviceLink.submit')} kind="secondary">
          <input type="hidden" name="inquiry" value={offer.inquiryId} />
          <RadioGroup
            name="linkChannel"
            legend={t('channels.serviceLink.channel')}
            error={error}
            value={possible[0].channel}
            options={possible.map((choice) => ({ value: choice.channel, label: channelLabel(choice.channel) }))}
          />
        </PostForm>
      )}
    </section>
  );
}
