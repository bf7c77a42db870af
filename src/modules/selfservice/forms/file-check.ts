import type { FieldDefinition, FieldValue, StoredFile } from './form-definition.ts';
import type { FieldError } from './field-error.ts';

/** What the route learnt about an uploaded file before validation: its size and the type its content shows (file-type). */
export interface UploadCandidate {
  size: number;
  /** MIME type detected from the content; undefined when the content matches no known type */
  detectedType: string | undefined;
}

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** An upload within the field's size limit and of an allowed type (by content); a required file may exist already. */
export function validateFile(
  field: FieldDefinition,
  candidate: UploadCandidate | undefined,
  existing: FieldValue | undefined,
): { error?: FieldError; accepted: boolean } {
  if (!candidate || candidate.size === 0)
    return {
      accepted: false,
      error: field.required && !existing ? { key: 'selfservice.validation.fileRequired' } : undefined,
    };
  if (candidate.size > field.maxBytes!)
    return {
      accepted: false,
      error: { key: 'selfservice.validation.fileTooLarge', values: { max: megabytes(field.maxBytes!) } },
    };
  if (!candidate.detectedType || !field.allowedTypes!.includes(candidate.detectedType)) {
    return {
      accepted: false,
      error: {
        key: 'selfservice.validation.fileType',
        values: { types: field.allowedTypes!.map(describeType).join(', ') },
      },
    };
  }
  return { accepted: true };
}

export function describeType(contentType: string): string {
  return (
    ({ 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as Record<string, string>)[contentType] ??
    contentType
  );
}

export const isStoredFile = (value: FieldValue | undefined): value is StoredFile =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
