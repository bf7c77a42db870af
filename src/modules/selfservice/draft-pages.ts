import type { Principal } from '#platform/auth/principal.ts';
import { HttpProblem } from '#platform/http/problem.ts';
import type { FormValues, PageDefinition } from './forms/form-definition.ts';
import { firstIncompletePage } from './forms/form-validator.ts';
import { visiblePages } from './forms/form-visibility.ts';
import { prefillFromPrincipal } from './forms/prefill.ts';
import type { DraftView } from './selfservice.types.ts';
import { danishDay } from '#platform/time/danish-day.ts';

/** The page of a draft, if it is shown given the answers so far. */
export function draftPage(draft: DraftView, pageId: string): PageDefinition {
  const page = visiblePages(draft.solution.form, draft.answers).find((candidate) => candidate.id === pageId);
  if (!page) throw new HttpProblem(404, 'selfservice.page.notFound');
  return page;
}

/** The answers to show: the draft's own, and for prefilled fields what the login knows (the login wins). */
export function shownAnswers(draft: DraftView, principal: Principal): FormValues {
  const prefill = prefillFromPrincipal(principal);
  const values: FormValues = { ...draft.answers };
  for (const page of draft.solution.form.pages)
    for (const section of page.sections)
      for (const field of section.fields)
        if (field.prefill && prefill[field.prefill]) values[field.name] = prefill[field.prefill]!;
  return values;
}

/** The first page still to fill in, or undefined when the draft can be submitted. */
export function incompletePage(draft: DraftView, principal: Principal, now = new Date()): PageDefinition | undefined {
  return firstIncompletePage(draft.solution.form, draft.answers, draft.completedPages, {
    today: danishDay(now),
    prefill: prefillFromPrincipal(principal),
  });
}
