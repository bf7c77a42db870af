import { z } from 'zod';

/** The parts every form definition is made of: texts in both languages, field types, prefill sources, conditions. */
export const LocalizedText = z.object({ da: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const fieldTypes = [
  'text',
  'textarea',
  'number',
  'date',
  'email',
  'phone',
  'select',
  'radio',
  'checkbox',
  'file',
  'cpr',
  'cvr',
] as const;
export type FieldType = (typeof fieldTypes)[number];

/** Where a field's value comes from when it is filled from the login instead of typed: shown read-only, never taken from the body. */
export const prefillSources = ['name', 'cprMasked', 'cvr', 'businessName', 'representativeName'] as const;
export type PrefillSource = (typeof prefillSources)[number];

/** Show a page, section or field only when an answer given on an EARLIER page equals one of the values. */
export const Condition = z.object({
  field: z.string().min(1),
  equals: z.union([z.string(), z.array(z.string()).min(1)]),
});
export type Condition = z.infer<typeof Condition>;
