import { t } from '#platform/i18n/i18n.ts';
import { PostForm } from '#platform/views/components.tsx';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';

/** One click: count an anonymous general-information question in the current channel. */
export function TallyForm({ channel }: { channel: string }) {
  return (
    <section class="mt-8" aria-labelledby="tally-heading">
      <h2 id="tally-heading" class="h3">
        {t('channels.tally.title')}
      </h2>
      <p>{t('channels.tally.lead', { channel: channelName(channel) })}</p>
      <PostForm action={channelsPaths.tally} submit={t('channels.tally.submit')} kind="secondary">
        <input type="hidden" name="channel" value={channel} />
      </PostForm>
    </section>
  );
}
