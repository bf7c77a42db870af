import { t } from '#platform/i18n/i18n.ts';
import { fieldBinding, TextField } from '#platform/views/components.tsx';
import { channelsPaths } from '../paths.ts';

/** The purpose search: a plain GET form (no JavaScript needed); the channel chosen stays with it. */
export function PurposeSearch({ q, channel }: { q: string; channel: string }) {
  const field = fieldBinding({ q }, {});
  return (
    <form method="get" action={channelsPaths.register} class="mb-6">
      <input type="hidden" name="channel" value={channel} />
      <TextField
        {...field('q')}
        type="search"
        label={t('channels.register.search')}
        hint={t('channels.register.searchHint')}
      />
      <button type="submit" class="button button-secondary">
        {t('channels.register.searchButton')}
      </button>
    </form>
  );
}
