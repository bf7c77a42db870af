import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, ErrorSummary, type FieldErrors, LinkList, PostForm, TextArea } from '#platform/views/components.tsx';
import { ButtonLink } from '#platform/views/button-link.tsx';
import { DataTable } from '#platform/views/data-table.tsx';
import { named } from '../../views/format.ts';
import { chatPaths } from '../../views/paths.ts';
import type { ChatAvailability, ChatTopic } from '../chat.service.ts';
import { MAX_CHAT_MESSAGE_LENGTH } from '../chat-text.ts';
import { openingText } from '../transcript.ts';

const topicName = (topic: ChatTopic) => named(topic);

/** "Skriv med kommunen": the purposes answered in chat, each to its own start page. */
export function ChatTopicsPage({ topics }: { topics: ChatTopic[] }) {
  const links = topics.map((topic) => ({
    href: `${chatPaths.start}?purpose=${encodeURIComponent(topic.purposeCode)}`,
    text: topicName(topic),
  }));
  return (
    <Page title={t('frontdesk.chat.title')}>
      <h1>{t('frontdesk.chat.title')}</h1>
      <p class="font-lead">{t('frontdesk.chat.lead')}</p>
      <h2>{t('frontdesk.chat.chooseTopic')}</h2>
      <LinkList links={links} empty={t('frontdesk.chat.noTopics')} />
    </Page>
  );
}

export interface ChatStartView {
  availability: ChatAvailability;
  /** who would start it: a logged-in citizen or business, an anonymous visitor, or nobody allowed here */
  visitor: 'party' | 'anonymous' | 'login-required' | 'staff';
  loginHref: string;
  text?: string;
  errors?: FieldErrors;
}

/** One purpose's chat: open now (the first message), closed (when it opens, and Digital Post instead), or log in. */
export function ChatStartPage(view: ChatStartView) {
  const { topic, open, opensAt, hours } = view.availability;
  const errors = view.errors ?? {};
  const title = t('frontdesk.chat.topicTitle', { topic: topicName(topic) });
  return (
    <Page title={title} backLink={{ href: chatPaths.start, label: 'common.back' }}>
      <h1 safe>{title}</h1>
      <p class="font-lead" safe>
        {t('frontdesk.chat.withDepartment', { department: named({ name: topic.departmentName }) })}
      </p>
      <ErrorSummary errors={errors} />
      {open ? (
        <Alert kind="success">
          <span safe>{t('frontdesk.chat.openNow')}</span>
        </Alert>
      ) : (
        <Alert kind="info">
          <span safe>
            {opensAt
              ? t('frontdesk.chat.closedNowNotice', { opensAt: openingText(opensAt) })
              : t('frontdesk.chat.closedNoHoursNotice')}
          </span>
        </Alert>
      )}
      {open ? <StartForm view={view} errors={errors} /> : <PostInstead />}
      <DataTable
        caption={t('frontdesk.chat.hours')}
        rows={hours}
        columns={[
          {
            header: t('frontdesk.chat.weekday'),
            rowHeader: true,
            text: (row) => t(`frontdesk.chat.weekday.${row.weekday}`),
          },
          {
            header: t('frontdesk.chat.time'),
            text: (row) => t('frontdesk.chat.hoursLine', { opens: row.opens, closes: row.closes }),
          },
        ]}
      />
    </Page>
  );
}

function PostInstead() {
  return (
    <>
      <p safe>{t('frontdesk.chat.writePostInstead')}</p>
      <p>
        <ButtonLink href="/post/new">{t('frontdesk.chat.writePost')}</ButtonLink>
      </p>
    </>
  );
}

function StartForm({ view, errors }: { view: ChatStartView; errors: FieldErrors }) {
  const topic = view.availability.topic;
  if (view.visitor === 'login-required' || view.visitor === 'staff')
    return (
      <>
        <p safe>
          {view.visitor === 'staff'
            ? t('frontdesk.chat.error.notForStaff')
            : t('frontdesk.chat.loginFirst', { topic: topicName(topic) })}
        </p>
        {view.visitor === 'login-required' ? (
          <p>
            <ButtonLink href={view.loginHref}>{t('frontdesk.chat.login')}</ButtonLink>
          </p>
        ) : (
          ''
        )}
      </>
    );
  return (
    <PostForm action={chatPaths.start} submit={t('frontdesk.chat.start')}>
      {view.visitor === 'anonymous' ? <p safe>{t('frontdesk.chat.anonymous')}</p> : ''}
      <input type="hidden" name="purpose" value={topic.purposeCode} />
      <TextArea
        name="text"
        label={t('frontdesk.chat.field.text')}
        hint={t('frontdesk.chat.field.textHint', { max: MAX_CHAT_MESSAGE_LENGTH })}
        value={view.text}
        error={errors.text}
        rows={4}
      />
    </PostForm>
  );
}
