import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, Pagination } from '#platform/views/components.tsx';
import type { Folder, MailboxPage, RegistrationView } from '#modules/post/post.types.ts';
import { departmentName, StatusText } from '../post-components.tsx';
import { paths } from '../paths.ts';
import { DataTable } from '#platform/views/data-table.tsx';

const folders: Folder[] = ['inbox', 'sent', 'archive'];

function FolderNavigation({ current, unread }: { current: Folder; unread: number }) {
  return (
    <nav aria-label={t('post.folders')}>
      <ul class="nobullet-list d-flex">
        {folders.map((folder) => (
          <li class="mr-5">
            <a
              href={paths.mailbox(folder)}
              aria-current={folder === current ? 'page' : undefined}
              class={folder === current ? 'bold' : undefined}
            >
              {t(`post.folder.${folder}`)}
              {folder === 'inbox' && unread ? ` (${t('post.unread', { count: unread })})` : ''}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function RegistrationBox({ registration }: { registration: RegistrationView }) {
  const date = registration.recordedAt ? formatDate(registration.recordedAt) : '';
  return (
    <section class="mt-6" aria-labelledby="registration-heading">
      <h2 id="registration-heading" class="h3">
        {t('post.registration.title')}
      </h2>
      <p>{t(`post.registration.${registration.status}`, { date })}</p>
      {registration.status === 'exempt' ? (
        <p class="form-hint">{t('post.registration.exemptHint')}</p>
      ) : (
        <form method="post" action={paths.registration}>
          <CsrfField />
          <input type="hidden" name="choice" value={registration.status === 'signed_up' ? 'withdrawn' : 'signed_up'} />
          <button
            type="submit"
            class={registration.status === 'signed_up' ? 'button button-secondary' : 'button button-primary'}
          >
            {t(registration.status === 'signed_up' ? 'post.registration.withdraw' : 'post.registration.signUp')}
          </button>
        </form>
      )}
    </section>
  );
}

export function MailboxPageView({ mailbox, notice }: { mailbox: MailboxPage; notice?: string }) {
  const folderName = t(`post.folder.${mailbox.folder}`);
  const outgoing = mailbox.folder === 'sent';
  const query = new URLSearchParams({
    ...(mailbox.folder !== 'inbox' ? { folder: mailbox.folder } : {}),
    ...(mailbox.search ? { q: mailbox.search } : {}),
  }).toString();
  return (
    <Page title={`${t('post.title')}: ${folderName}`}>
      <h1>{t('post.title')}</h1>
      {notice ? <Alert kind="success" heading={t(notice)} /> : ''}
      <p class="font-lead">{mailbox.unread ? t('post.unread', { count: mailbox.unread }) : t('post.unreadNone')}</p>
      <p>
        <a class="button button-primary" href={paths.newMessage}>
          {t('post.new.link')}
        </a>
      </p>
      <FolderNavigation current={mailbox.folder} unread={mailbox.unread} />
      <h2>{folderName}</h2>
      <form method="get" action="/post" role="search" class="mb-5">
        {mailbox.folder !== 'inbox' ? <input type="hidden" name="folder" value={mailbox.folder} /> : ''}
        <div class="form-group">
          <label class="form-label" for="field-q">
            {t('post.search.label')}
          </label>
          <input
            class="form-input d-inline-block"
            type="search"
            id="field-q"
            name="q"
            value={mailbox.search}
            maxlength="100"
          />{' '}
          <button type="submit" class="button button-secondary">
            {t('post.search.button')}
          </button>
        </div>
      </form>
      {mailbox.search ? (
        <p>
          <span safe>{t('post.search.results', { query: mailbox.search })}</span> –{' '}
          <a href={paths.mailbox(mailbox.folder)}>{t('post.search.clear')}</a>
        </p>
      ) : (
        ''
      )}
      <DataTable
        caption={t('post.list.caption', { folder: folderName })}
        captionHidden
        rows={mailbox.messages}
        empty={t('post.list.empty')}
        columns={[
          { header: t('post.list.subject'), cell: (message) => <SubjectLink message={message} /> },
          { header: t(outgoing ? 'post.list.to' : 'post.list.from'), text: (message) => departmentName(message) },
          {
            header: t('post.list.date'),
            cell: (message) => (
              <>
                {formatDateTime(message.createdAt)}
                {message.direction === 'out' && message.status === 'queued' ? (
                  <>
                    {' '}
                    (<StatusText status={message.status} />)
                  </>
                ) : (
                  ''
                )}
              </>
            ),
          },
        ]}
      />
      <Pagination page={mailbox.page} hasNext={mailbox.hasNext} baseQuery={query} />
      <RegistrationBox registration={mailbox.registration} />
    </Page>
  );
}

/** A message's subject linking to it; unread ones in bold, and said to be unread. */
function SubjectLink({ message }: { message: MailboxPage['messages'][number] }) {
  const link = (
    <a href={paths.message(message.id)} safe>
      {message.subject}
    </a>
  );
  if (!message.unread) return link;
  return (
    <strong>
      <span class="sr-only">{t('post.list.unreadMark')}: </span>
      {link}
    </strong>
  );
}
