import { t } from '#platform/i18n/i18n.ts';
import { TextField } from '#platform/views/components.tsx';
import { channelsPaths } from '../paths.ts';

/** The purpose search: a plain GET form (no JavaScript needed); the channel chosen stays with it. */
export function PurposeSearch({ q, channel }: { q: string; channel: string }) {
  return (
    <form method="get" action={channelsPaths.register} class="mb-6">
      <input type="hidden" name="channel" value={channel} />
      <TextField
        name="q"
        label={t('channels.register.search')}
        hint={t('channels.register.searchHint')}
        value={q}
        type="search"
      />
      <button type="submit" class="button button-secondary">
        {t('channels.register.searchButton')}
      </button>
    </form>
  );
}
