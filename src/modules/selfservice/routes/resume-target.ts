import type { Principal } from '#platform/auth/principal.ts';
import type { DraftView, SelfserviceService } from '../selfservice.service.ts';
import { paths } from '../views/paths.ts';

/** The page that shows a draft's resume point. */
export async function resumeTarget(
  service: SelfserviceService,
  draft: DraftView,
  principal: Principal,
): Promise<string> {
  const point = await service.resumePoint(principal, draft);
  if (point.kind === 'receipt') return paths.receipt(point.submissionId);
  if (point.kind === 'page') return paths.page(draft.id, point.pageId);
  return point.kind === 'summary' ? paths.summary(draft.id) : paths.drafts;
}
