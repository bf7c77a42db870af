import { z } from 'zod';

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
