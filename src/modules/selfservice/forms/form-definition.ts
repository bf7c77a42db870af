import { z } from 'zod';
import { Condition, LocalizedText } from './form-basics.ts';
import { FieldDefinition } from './field-definition.ts';

export * from './form-basics.ts';
export * from './field-definition.ts';
export * from './form-answers.ts';

/**
 * Forms as data: a self-service solution's form is a definition validated by these schemas at start-up,
 * rendered by one set of components and checked by one pure validator (form-validator.ts). Fields and their
 * parts are defined beside this file; here are sections, pages and the form with its rules across pages.
 */

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
