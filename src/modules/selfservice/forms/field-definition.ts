import { z } from 'zod';
import { Condition, fieldTypes, LocalizedText, prefillSources } from './form-basics.ts';

export const FieldOption = z.object({ value: z.string().min(1), label: LocalizedText });

export const FieldDefinition = z
  .object({
    name: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'field names are camelCase identifiers'),
    type: z.enum(fieldTypes),
    label: LocalizedText,
    hint: LocalizedText.optional(),
    required: z.boolean().default(false),
    /** text length (text, textarea) or value (number) */
    min: z.number().optional(),
    max: z.number().optional(),
    /** number: whole numbers only */
    integer: z.boolean().optional(),
    /** date: earliest/latest allowed date relative to today, in days (0 = today, -1 = yesterday) */
    minOffsetDays: z.number().int().optional(),
    maxOffsetDays: z.number().int().optional(),
    /** a regular expression the whole trimmed value must match, with the error shown when it does not */
    pattern: z.string().optional(),
    patternMessage: LocalizedText.optional(),
    options: z.array(FieldOption).optional(),
    /** file: largest size in bytes and the content types allowed, checked by the file's content */
    maxBytes: z
      .number()
      .int()
      .positive()
      .max(10 * 1024 * 1024)
      .optional(),
    allowedTypes: z.array(z.string()).optional(),
    prefill: z.enum(prefillSources).optional(),
    showWhen: Condition.optional(),
    autocomplete: z.string().optional(),
    /** unit shown after a number (kr., m²) */
    suffix: LocalizedText.optional(),
  })
  .superRefine((field, context) => {
    if (['select', 'radio', 'checkbox'].includes(field.type) && !field.options?.length)
      context.addIssue({ code: 'custom', message: `${field.name}: ${field.type} needs options` });
    if (field.type === 'file' && (!field.maxBytes || !field.allowedTypes?.length))
      context.addIssue({ code: 'custom', message: `${field.name}: file needs maxBytes and allowedTypes` });
    if (field.pattern) {
      try {
        new RegExp(field.pattern);
      } catch {
        context.addIssue({ code: 'custom', message: `${field.name}: invalid pattern` });
      }
    }
  });
export type FieldDefinition = z.infer<typeof FieldDefinition>;
export type FieldInput = z.input<typeof FieldDefinition>;
