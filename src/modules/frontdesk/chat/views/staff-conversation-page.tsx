import { t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  PostForm,
  RadioGroup,
  SelectField,
  TextArea,
} from '#platform/views/components.tsx';
import { SummaryList } from '#platform/views/summary-list.tsx';
import { clock } from '../../views/format.ts';
import { chatPaths } from '../../views/paths.ts';
import type { ChatMessage, Conversation } from '../conversation.ts';
import { MAX_CHAT_MESSAGE_LENGTH } from '../chat-text.ts';
import { type LogLabels, MessageLog } from './message-log.tsx';

export interface StaffConversationView {
  conversation: Conversation;
  messages: ChatMessage[];
  topicName: string;
  partyName?: string;
  departmentName: string;
  departmentOf: (code: string) => string;
  /** the departments it can be passed on to (those with a chat, not its own) */
  departments: Array<{ code: string; name: string }>;
  canned: Array<{ id: string; title: string }>;
  /** whether this staff member holds the conversation (or it waits for anyone) */
  mine: boolean;
  notice?: string;
  text?: string;
  errors?: FieldErrors;
}

/** A conversation at the desk: who and what, the messages (live), answer (own words or a canned answer), pass on, end. */
export function StaffConversationPage(view: StaffConversationView) {
  const { conversation, errors = {} } = view;
  const title = t('frontdesk.chat.staffTitle', { topic: view.topicName });
  const labels: LogLabels = { departmentName: view.departmentName, departmentOf: view.departmentOf, reader: 'staff' };
  const workable = conversation.status !== 'closed' && view.mine;
  return (
    <Page title={title} backLink={{ href: chatPaths.inbox, label: 'common.back' }}>
      <h1 safe>{title}</h1>
      {view.notice ? (
        <Alert kind="success">
          <span safe>{view.notice}</span>
        </Alert>
      ) : (
        ''
      )}
      <ErrorSummary errors={errors} />
      <SummaryList
        caption={t('frontdesk.chat.field.topic')}
        items={[
          { label: t('frontdesk.chat.field.party'), text: view.partyName ?? t('frontdesk.chat.anonymousParty') },
          { label: t('frontdesk.chat.field.started'), text: clock(conversation.startedAt) },
          { label: t('frontdesk.chat.field.status'), text: t(`frontdesk.chat.state.${conversation.status}`) },
        ]}
      />
      {conversation.status === 'waiting' ? (
        <PostForm action={chatPaths.take(conversation.id)} submit={t('frontdesk.chat.take')} />
      ) : (
        ''
      )}
      <MessageLog
        messages={view.messages}
        labels={labels}
        page={chatPaths.staffConversation(conversation.id)}
        stream={conversation.status === 'closed' ? undefined : chatPaths.staffEvents(conversation.id)}
      />
      {workable ? <Actions view={view} errors={errors} /> : ''}
      <script src="/static/chat.js" defer></script>
    </Page>
  );
}

function Actions({ view, errors }: { view: StaffConversationView; errors: FieldErrors }) {
  const { conversation } = view;
  return (
    <>
      <p class="chat-refresh">
        <a href={chatPaths.staffConversation(conversation.id)} class="function-link">
          {t('frontdesk.chat.refresh')}
        </a>
      </p>
      <h2>{t('frontdesk.chat.answer')}</h2>
      <PostForm action={chatPaths.answer(conversation.id)} submit={t('frontdesk.chat.answer')}>
        <TextArea
          name="text"
          label={t('frontdesk.chat.field.answer')}
          hint={t('frontdesk.chat.field.textHint', { max: MAX_CHAT_MESSAGE_LENGTH })}
          value={view.text}
          error={errors.text}
          rows={4}
        />
      </PostForm>
      <h2>{t('frontdesk.chat.canned')}</h2>
      {view.canned.length ? (
        <PostForm action={chatPaths.answer(conversation.id)} submit={t('frontdesk.chat.sendCanned')} kind="secondary">
          <SelectField
            name="canned"
            label={t('frontdesk.chat.field.canned')}
            error={errors.canned}
            options={view.canned.map((answer) => ({ value: answer.id, label: answer.title }))}
          />
        </PostForm>
      ) : (
        <p>{t('frontdesk.chat.noCanned')}</p>
      )}
      {view.departments.length ? (
        <>
          <h2>{t('frontdesk.chat.transfer')}</h2>
          <PostForm action={chatPaths.transfer(conversation.id)} submit={t('frontdesk.chat.transfer')} kind="secondary">
            <SelectField
              name="department"
              label={t('frontdesk.chat.field.department')}
              error={errors.department}
              options={view.departments.map((department) => ({ value: department.code, label: department.name }))}
            />
          </PostForm>
        </>
      ) : (
        ''
      )}
      <h2>{t('frontdesk.chat.close')}</h2>
      <PostForm action={chatPaths.close(conversation.id)} submit={t('frontdesk.chat.close')} kind="secondary">
        <RadioGroup
          name="resolved"
          legend={t('frontdesk.chat.field.resolvedQuestion')}
          error={errors.resolved}
          options={[
            { value: 'yes', label: t('frontdesk.chat.yes') },
            { value: 'no', label: t('frontdesk.chat.no') },
          ]}
        />
      </PostForm>
    </>
  );
}
