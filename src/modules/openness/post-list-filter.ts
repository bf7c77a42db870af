import { z } from 'zod';
import { badRequest } from '#platform/http/problem.ts';

/** A search of the post list as the visitor typed it (every field optional; strings as given). */
export const PostListQuery = z.object({
  q: z.string().optional(),
  reference: z.string().optional(),
  caseType: z.string().optional(),
  department: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  page: z.string().optional(),
});
export type PostListQuery = z.infer<typeof PostListQuery>;

export interface PostListFilter {
  text?: string;
  reference?: string;
  caseType?: string;
  department?: string;
  from?: string;
  to?: string;
  page: number;
}

/** Longest period one search may span: five years, the list's retention. */
const MAX_PERIOD_DAYS = 5 * 366;
const MAX_PAGE = 1000;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;
function isDay(value: string): boolean {
  if (!dayPattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
const trimmed = (value: string | undefined) => value?.trim() || undefined;

/** The search checked: a clear problem per field (in the caller's language), or the filter to run. */
export function postListFilter(query: PostListQuery): PostListFilter {
  const problems: Array<{ field: string; message: string }> = [];
  const text = trimmed(query.q);
  if (text && text.length > 200) problems.push({ field: 'q', message: 'openness.list.error.textTooLong' });
  const reference = trimmed(query.reference);
  if (reference && !/^[\p{L}\p{N}\-/. ]{1,40}$/u.test(reference))
    problems.push({ field: 'reference', message: 'openness.list.error.reference' });
  const codeOf = (value: string | undefined) => (value && /^[a-z0-9-]{1,60}$/.test(value) ? value : undefined);
  const [from, to] = [trimmed(query.from), trimmed(query.to)];
  if (from && !isDay(from)) problems.push({ field: 'from', message: 'openness.list.error.date' });
  if (to && !isDay(to)) problems.push({ field: 'to', message: 'openness.list.error.date' });
  if (from && to && isDay(from) && isDay(to)) {
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    if (days < 0) problems.push({ field: 'to', message: 'openness.list.error.order' });
    else if (days > MAX_PERIOD_DAYS) problems.push({ field: 'to', message: 'openness.list.error.period' });
  }
  const page = query.page === undefined ? 1 : Number(query.page);
  if (!Number.isInteger(page) || page < 1 || page > MAX_PAGE)
    problems.push({ field: 'page', message: 'openness.list.error.page' });
  if (problems.length) throw badRequest('openness.list.error.summary', {}, problems);
  const caseType = codeOf(trimmed(query.caseType));
  const department = codeOf(trimmed(query.department));
  return { text, reference, caseType, department, from, to, page };
}
