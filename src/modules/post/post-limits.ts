/** Limits of digital post messages, shared by the service, the pages and the API schemas. */
export const SUBJECT_MAX = 200;
export const BODY_MAX = 20_000;
/** One attachment at most this big (a scanned letter or a few photos), and a message's attachments together. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_TOTAL_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_MAX_COUNT = 10;
/** What digital post carries: PDF and images, known by their content (file-type), never by name or claimed type. */
export const ALLOWED_ATTACHMENT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
] as const;
/** The department that signs letters sent by systems without a department of their own (receipts). */
export const DEFAULT_DEPARTMENT_CODE = 'borgerservice';
