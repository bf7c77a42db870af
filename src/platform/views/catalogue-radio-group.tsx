import { t } from '../i18n/i18n.ts';
import { RadioGroup } from './choice-fields.tsx';
import { choices } from './form.tsx';

/**
 * Radio buttons whose legend is the i18n key `prefix` and whose option labels are `<prefix>.<value>`,
 * e.g. `<CatalogueRadioGroup name="source" prefix="post.bulk.source" values={['csv', 'everyone']} value="csv" />`.
 */
export function CatalogueRadioGroup(props: {
  name: string;
  prefix: string;
  values: readonly string[];
  value?: string;
  error?: string;
}) {
  const { prefix, values, ...rest } = props;
  return <RadioGroup {...rest} legend={t(prefix)} options={choices(values, prefix)} />;
}
