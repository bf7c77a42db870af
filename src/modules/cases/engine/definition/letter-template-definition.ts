import { z } from 'zod';
import { Text } from './definition-basics.ts';

/** subject and body may use {{placeholders}}: see letterPlaceholders */
export const LetterTemplate = z.object({ id: z.string().min(1), subject: Text, body: Text });
export type LetterTemplate = z.infer<typeof LetterTemplate>;
export const letterPlaceholders = [
  'caseReference',
  'caseTypeName',
  'partyName',
  'deadline',
  'note',
  'appealGuidance',
] as const;
export type LetterPlaceholder = (typeof letterPlaceholders)[number];
