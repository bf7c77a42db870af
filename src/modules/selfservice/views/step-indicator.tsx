import { t } from '#platform/i18n/i18n.ts';
import type { PageDefinition } from '../forms/form-definition.ts';
import { localized } from './form-fields.tsx';
import { paths } from './paths.ts';

/** DKFDS step indicator: completed steps link back, the current one is marked, later ones are not links yet. */
export function StepIndicator({
  draftId,
  pages,
  completed,
  current,
}: {
  draftId: string;
  pages: PageDefinition[];
  completed: string[];
  current: string | 'summary';
}) {
  const steps = [
    ...pages.map((page) => ({
      id: page.id,
      title: localized(page.title),
      href: paths.page(draftId, page.id),
      done: completed.includes(page.id),
    })),
    { id: 'summary', title: t('selfservice.step.summary'), href: paths.summary(draftId), done: false },
  ];
  const currentIndex = steps.findIndex((step) => step.id === current);
  const reachable = (index: number) => index <= currentIndex || steps.slice(0, index).every((step) => step.done);
  return (
    <nav aria-label={t('selfservice.step.indicator')}>
      <p class="step-subheading">{t('selfservice.step.of', { current: currentIndex + 1, total: steps.length })}</p>
      <ol class="step-indicator">
        {steps.map((step, index) => {
          const isCurrent = index === currentIndex;
          const enabled = reachable(index);
          const classes =
            [isCurrent ? 'current' : '', enabled ? '' : 'disabled'].filter(Boolean).join(' ') || undefined;
          const inner = (
            <>
              <span class="step-number">
                <span>{String(index + 1)}</span>
              </span>
              <div>
                <span class="step-title" safe>
                  {step.title}
                </span>
                {step.done && !isCurrent ? <span class="step-information">{t('selfservice.step.done')}</span> : ''}
              </div>
            </>
          );
          return (
            <li class={classes}>
              {enabled && !isCurrent ? (
                <a class="step" href={step.href}>
                  {inner}
                </a>
              ) : (
                <div class="step" aria-current={isCurrent ? 'step' : undefined}>
                  {inner}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
