import { formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Icon } from '#platform/views/icon.tsx';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, ErrorSummary, type FieldErrors, PostForm } from '#platform/views/components.tsx';
import type { BlockedReasonView, CaseDetail, TransitionView } from '#modules/cases/cases.types.ts';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { deadlineText, localized, OverdueDate, reasonText, Timeline } from '../case-format.tsx';
import { AnswersSection } from './answers-section.tsx';
import type { CaseWarning } from '#platform/contracts.ts';
import { CaseWarningAlerts } from './case-warnings.tsx';
import { DocumentsSection, HandOffSection, NotesSection, PartiesSection, TasksSection } from './case-sections.tsx';

export interface CasePageProps {
  detail: CaseDetail;
  colleagues: Array<{ id: string; name: string }>;
  departments: Array<{ id: string; code: string; name: { da: string; en: string } }>;
  notice?: string;
  errors?: FieldErrors;
  /** a refused transition: the message and the guards' reasons */
  refusal?: { message: string; reasons: BlockedReasonView[] };
  /** what the caller typed, shown again after a refusal */
  values?: Record<string, string>;
  /** the case's workflow version as an SVG diagram, its current state marked */
  diagramSvg?: string;
  /** other modules' warnings about the case (the § 3 notice) */
  warnings?: readonly CaseWarning[];
}

export const documentLabels = (detail: CaseDetail) =>
  Object.fromEntries(detail.requiredDocuments.map((requirement) => [requirement.type, requirement.label]));

/** The closing result is shown beside the state only when it says more ("Lukket – afslag", not "Bevilget – bevilget"). */
const resultAddsToState = (detail: CaseDetail) =>
  !!detail.result && t(`cases.result.${detail.result}`).toLowerCase() !== localized(detail.state.label).toLowerCase();

/** Staff: one case — overview, the workflow's transitions, parties, documents, tasks, notes, hand-off and the timeline. */
export function CasePage(props: CasePageProps) {
  const { detail, notice, errors = {}, refusal } = props;
  const department = props.departments.find((candidate) => candidate.id === detail.departmentId);
  return (
    <Page
      title={`${detail.reference} – ${localized(detail.caseType.name)}`}
      backLink={{ href: '/staff/cases', label: 'cases.queue.back' }}
    >
      <h1>
        <span safe>{detail.reference}</span> – <span safe>{detail.title}</span>
      </h1>
      {notice ? <Alert kind="success">{t(`cases.notice.${notice}`)}</Alert> : ''}
      <CaseWarningAlerts warnings={props.warnings ?? []} />
      <ErrorSummary errors={errors} />
      {refusal ? (
        <div class="alert alert-error" role="alert" aria-labelledby="refusal-heading">
          <Icon name="error" label={t('alert.error')} class="alert-icon" />
          <div class="alert-body">
            <p class="alert-heading" id="refusal-heading" safe>
              {refusal.message}
            </p>
            {refusal.reasons.length ? (
              <ul class="alert-text">
                {refusal.reasons.map((reason) => (
                  <li safe>{reasonText(reason, documentLabels(detail))}</li>
                ))}
              </ul>
            ) : (
              ''
            )}
            <p class="alert-text">{t('cases.nothingChanged')}</p>
          </div>
        </div>
      ) : (
        ''
      )}
      <div class="case-overview">
        <SummaryList
          items={[
            {
              label: t('cases.field.caseType'),
              text: `${localized(detail.caseType.name)} (${t('cases.field.workflowVersion', { version: detail.workflowVersion })})`,
            },
            {
              label: t('cases.field.state'),
              value: (
                <>
                  <strong safe>{localized(detail.state.label)}</strong>
                  {resultAddsToState(detail) ? <span safe>{` – ${t(`cases.result.${detail.result}`)}`}</span> : ''}
                </>
              ),
            },
            {
              label: t('cases.field.deadline'),
              value: <OverdueDate text={deadlineText(detail.deadline)} overdue={detail.overdue} />,
            },
            { label: t('cases.field.department'), text: department ? localized(department.name) : '–' },
            {
              label: t('cases.field.received'),
              text: `${formatDateTime(detail.receivedAt)} (${t(`cases.channel.${detail.channel}`)})`,
            },
            { label: t('cases.field.assignee'), text: detail.assigneeName ?? t('cases.assignee.nobody') },
          ]}
        />
      </div>
      <AssignForm {...props} />
      <section aria-labelledby="transitions-heading" id="transitions">
        <h2 id="transitions-heading">{t('cases.transitions.title')}</h2>
        {detail.closedAt ? (
          <p>{t('cases.transitions.closed')}</p>
        ) : detail.transitions.length === 0 ? (
          <p>{t('cases.transitions.none')}</p>
        ) : (
          detail.transitions.map((transition) => (
            <TransitionForm detail={detail} transition={transition} errors={errors} values={props.values} />
          ))
        )}
      </section>
      <PartiesSection detail={detail} />
      <AnswersSection detail={detail} />
      <DocumentsSection detail={detail} errors={errors} />
      <TasksSection detail={detail} colleagues={props.colleagues} errors={errors} values={props.values} />
      <NotesSection detail={detail} errors={errors} values={props.values} />
      <HandOffSection detail={detail} departments={props.departments} errors={errors} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('cases.timeline.title')}</h2>
        <Timeline events={detail.events} audience="staff" />
      </section>
      {props.diagramSvg ? (
        <section aria-labelledby="workflow-heading">
          <h2 id="workflow-heading">{t('cases.workflow.title')}</h2>
          <figure class="workflow-diagram">{props.diagramSvg}</figure>
        </section>
      ) : (
        ''
      )}
    </Page>
  );
}

function AssignForm({ detail, colleagues }: CasePageProps) {
  if (detail.closedAt) return '';
  return (
    <PostForm
      action={`/staff/cases/${detail.id}/assign`}
      submit={t('cases.assign.submit')}
      class="mb-6"
      kind="secondary"
    >
      <input type="hidden" name="version" value={String(detail.version)} />
      <div class="form-group">
        <label class="form-label" for="field-assignee">
          {t('cases.assign.label')}
        </label>
        <select class="form-select" id="field-assignee" name="assignee">
          <option value="me">{t('cases.assign.meOption')}</option>
          {colleagues.map((colleague) => (
            <option value={colleague.id} selected={colleague.id === detail.assigneeId} safe>
              {colleague.name}
            </option>
          ))}
          <option value="">{t('cases.assignee.nobody')}</option>
        </select>
      </div>
    </PostForm>
  );
}

function TransitionForm({
  detail,
  transition,
  errors,
  values = {},
}: {
  detail: CaseDetail;
  transition: TransitionView;
  errors: FieldErrors;
  values?: Record<string, string>;
}) {
  const noteField = `note-${transition.id}`;
  const hintId = `blocked-${transition.id}`;
  const mine = values.transitionId === transition.id;
  return (
    <form method="post" action={`/staff/cases/${detail.id}/transitions`} class="case-transition mb-6">
      <CsrfField />
      <input type="hidden" name="version" value={String(detail.version)} />
      <input type="hidden" name="transitionId" value={transition.id} />
      <h3 class="h5" safe>
        {`${localized(transition.label)} → ${localized(transition.to.label)}`}
      </h3>
      {transition.allowed ? (
        <>
          <div class={errors[noteField] ? 'form-group form-error' : 'form-group'}>
            <label class="form-label" for={`field-${noteField}`}>
              {transition.requiresNote ? t('cases.transitions.noteRequired') : t('cases.transitions.note')}
            </label>
            {errors[noteField] ? (
              <span class="form-error-message" id={`error-${noteField}`} safe>
                {errors[noteField]}
              </span>
            ) : (
              ''
            )}
            <textarea
              class="form-input"
              id={`field-${noteField}`}
              name="note"
              rows="3"
              required={transition.requiresNote}
              aria-describedby={errors[noteField] ? `error-${noteField}` : undefined}
              safe
            >
              {mine ? (values.note ?? '') : ''}
            </textarea>
          </div>
          {transition.needsAppointment ? (
            <>
              <div class="form-group">
                <label class="form-label" for={`field-appointmentAt-${transition.id}`}>
                  {t('cases.transitions.appointmentAt')}
                </label>
                <input
                  class="form-input"
                  type="datetime-local"
                  id={`field-appointmentAt-${transition.id}`}
                  name="appointmentAt"
                  required
                />
              </div>
              <div class="form-group">
                <label class="form-label" for={`field-place-${transition.id}`}>
                  {t('cases.transitions.place')}
                </label>
                <input class="form-input" type="text" id={`field-place-${transition.id}`} name="place" required />
              </div>
            </>
          ) : (
            ''
          )}
          <button type="submit" class="button button-primary">
            {localized(transition.label)}
          </button>
        </>
      ) : (
        <>
          <p class="mb-2" id={hintId}>
            {transition.blocked.every((reason) => reason.key === 'cases.guard.role')
              ? t('cases.transitions.blockedRole')
              : t('cases.transitions.blocked')}
          </p>
          <ul>
            {transition.blocked.map((reason) => (
              <li safe>{reasonText(reason, documentLabels(detail))}</li>
            ))}
          </ul>
          <button type="submit" class="button button-secondary" disabled aria-describedby={hintId}>
            {localized(transition.label)}
          </button>
        </>
      )}
    </form>
  );
}
