import { z } from 'zod';

/** What the staff case routes share: their parameters, optional fields and permission configs. */
export const IdParams = z.object({ id: z.string().max(100) });
export const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
export const text = (max: number) => z.string().max(max).optional().catch(undefined);
export const Version = z.coerce.number().int().min(1).optional().catch(undefined);

export const read = { config: { permission: 'case:read' } } as const;
export const update = { config: { permission: 'case:update' } } as const;
export const readCase = { config: { ...read.config, record: 'case' } } as const;
export const updateCase = { config: { ...update.config, record: 'case' } } as const;
/** The purpose written in the audit log when staff open a case. */
export const PURPOSE = 'case handling';
