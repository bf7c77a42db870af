import { z } from 'zod';

/**
 * Forms as data: a self-service solution's form is a definition validated by these schemas at start-up,
 * rendered by one set of components and checked by one pure validator (form-validator.ts).
 */

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

export const SectionDefinition = z.object({
  id: z.string().min(1),
  title: LocalizedText.optional(),
  description: LocalizedText.optional(),
  showWhen: Condition.optional(),
  fields: z.array(FieldDefinition).min(1),
});
export type SectionDefinition = z.infer<typeof SectionDefinition>;

export const PageDefinition = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: LocalizedText,
  description: LocalizedText.optional(),
  showWhen: Condition.optional(),
  sections: z.array(SectionDefinition).min(1),
});
export type PageDefinition = z.infer<typeof PageDefinition>;

export const FormDefinition = z.object({ pages: z.array(PageDefinition).min(1) }).superRefine((form, context) => {
  const seenFields = new Map<string, number>();
  const seenPages = new Set<string>();
  form.pages.forEach((page, pageIndex) => {
    if (seenPages.has(page.id)) context.addIssue({ code: 'custom', message: `page ${page.id} declared twice` });
    seenPages.add(page.id);
    const conditions = [
      page.showWhen,
      ...page.sections.flatMap((section) => [section.showWhen, ...section.fields.map((field) => field.showWhen)]),
    ];
    for (const condition of conditions) {
      if (!condition) continue;
      // Conditions look back only, so the server knows what to show when it renders a page: no JavaScript needed.
      const at = seenFields.get(condition.field);
      if (at === undefined || at >= pageIndex)
        context.addIssue({
          code: 'custom',
          message: `page ${page.id}: condition on ${condition.field} must refer to a field on an earlier page`,
        });
    }
    for (const section of page.sections) {
      for (const field of section.fields) {
        if (seenFields.has(field.name))
          context.addIssue({ code: 'custom', message: `field ${field.name} declared twice` });
        seenFields.set(field.name, pageIndex);
      }
    }
  });
});
export type FormDefinition = z.infer<typeof FormDefinition>;
export type FormInput = z.input<typeof FormDefinition>;

/** A file kept with a draft, by reference; its content lives in the draft's file table. */
export const StoredFile = z.object({
  fileId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
});
export type StoredFile = z.infer<typeof StoredFile>;

/** An answer as stored in a draft: text-like fields as strings, numbers as numbers, checkboxes as lists, files as references. */
export type FieldValue = string | number | string[] | StoredFile;
export type FormValues = Record<string, FieldValue>;
