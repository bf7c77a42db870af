import { t } from '#platform/i18n/i18n.ts';
import { DataTable } from '#platform/views/data-table.tsx';
import { type FieldErrors, fieldBinding, PostForm, SelectField, TextField } from '#platform/views/components.tsx';
import { channelCodes } from '../../channel-codes.ts';
import { channelName } from '../format.ts';
import { channelsPaths } from '../paths.ts';

/** The form's values as typed: per channel offered, unit cost in kroner and target per cent. */
export interface VersionForm {
  validFrom: string;
  desiredChannel: string;
  rows: Record<string, { offered: boolean; cost: string; target: string }>;
}

type FigureRow = { channel: string; cost?: string; target?: string };

const input = (name: string, value: string, label: string, error?: string) => (
  <input
    class={`form-input input-width-xs${error ? ' form-input-error' : ''}`}
    id={`field-${name}`}
    name={name}
    value={value}
    aria-label={label}
    aria-invalid={error ? 'true' : undefined}
    inputmode="decimal"
  />
);

/** The column of one figure typed per channel (`cost-<channel>`, `target-<channel>`), labelled with its channel. */
const inputColumn = (figure: 'cost' | 'target', errors: FieldErrors) => ({
  header: t(`channels.version.${figure}`),
  cell: (row: FigureRow) =>
    input(
      `${figure}-${row.channel}`,
      row[figure] ?? '',
      `${t(`channels.version.${figure}`)}: ${channelName(row.channel)}`,
      errors[`${figure}-${row.channel}`],
    ),
});

/** A new version of the strategy: it applies from its date and supersedes the earlier ones. */
export function VersionFormView({ code, form, errors }: { code: string; form: VersionForm; errors: FieldErrors }) {
  const rows = channelCodes.map((channel) => ({ channel, ...form.rows[channel] }));
  const field = fieldBinding(form, errors);
  return (
    <PostForm action={`${channelsPaths.purpose(code)}/versions`} submit={t('channels.version.save')}>
      <TextField
        {...field('validFrom')}
        type="date"
        label={t('channels.purpose.validFrom')}
        hint={t('channels.version.validFromHint')}
      />
      <SelectField
        {...field('desiredChannel')}
        label={t('channels.figures.desired')}
        options={channelCodes.map((value) => ({ value, label: channelName(value) }))}
      />
      <p id="field-target-total" class={errors['target-total'] ? 'form-error-message' : 'form-hint'}>
        {errors['target-total'] ?? t('channels.version.targetHint')}
      </p>
      <DataTable
        caption={t('channels.version.channels')}
        rows={rows}
        columns={[
          { header: t('channels.figures.channel'), rowHeader: true, text: (row) => channelName(row.channel) },
          {
            header: t('channels.version.offered'),
            cell: (row) => (
              <input
                type="checkbox"
                class="form-checkbox"
                name={`offered-${row.channel}`}
                value="yes"
                checked={row.offered}
                aria-label={`${t('channels.version.offered')}: ${channelName(row.channel)}`}
              />
            ),
          },
          inputColumn('cost', errors),
          inputColumn('target', errors),
        ]}
      />
    </PostForm>
  );
}
