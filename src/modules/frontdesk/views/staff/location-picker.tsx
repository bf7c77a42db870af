import { t } from '#platform/i18n/i18n.ts';
import { FilterForm, SelectField, TextField } from '#platform/views/components.tsx';
import type { DeskLocation } from '../../catalogue.ts';
import { named } from '../format.ts';

/** The location (and day) a staff page shows: a GET form above it. */
export function LocationPicker({
  action,
  locations,
  location,
  day,
}: {
  action: string;
  locations: DeskLocation[];
  location: string;
  day?: string;
}) {
  const fields = [
    <SelectField
      name="location"
      label={t('frontdesk.field.location')}
      value={location}
      options={locations.map((candidate) => ({ value: candidate.code, label: named(candidate) }))}
    />,
  ];
  if (day !== undefined) fields.push(<TextField name="day" type="date" label={t('frontdesk.field.day')} value={day} />);
  return <FilterForm action={action} submit={t('frontdesk.show')} fields={fields} />;
}
