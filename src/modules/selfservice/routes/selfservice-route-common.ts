import { z } from 'zod';

/** What the citizen and business self-service routes share: their parameters and permission configs. */
export const CodeParams = z.object({ code: z.string().max(100) });
export const DraftParams = z.object({ id: z.string().max(100) });
export const PageParams = z.object({ id: z.string().max(100), pageId: z.string().max(100) });
export const DraftsQuery = z.object({ notice: z.enum(['saved', 'deleted']).optional() }).catch({});
export const PageBody = z
  .object({ _action: z.enum(['next', 'back', 'save']).catch('next').default('next') })
  .catchall(z.unknown())
  .catch({ _action: 'next' });

export const apply = { config: { permission: 'selfservice:apply' } } as const;
export const draft = { config: { ...apply.config, record: 'draft' } } as const;
export const submission = { config: { ...apply.config, record: 'submission' } } as const;
export const solution = {
  config: { ...apply.config, record: false, recordless: 'a solution of the public self-service catalogue' },
} as const;
