import { formatDate, formatDateTime, t } from '#platform/i18n/i18n.ts';
import { Page } from '#platform/views/layout.tsx';
import { Alert, CsrfField, Pagination } from '#platform/views/components.tsx';
import type { Folder, MailboxPage, RegistrationView } from '#modules/post/post.types.ts';
import { departmentName, StatusText } from '../post-components.tsx';
import { paths } from '../paths.ts';

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
      {mailbox.messages.length === 0 ? (
        <p>{t('post.list.empty')}</p>
      ) : (
        <table class="table table--zebra">
          <caption class="sr-only">{t('post.list.caption', { folder: folderName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('post.list.subject')}</th>
              <th scope="col">{t(outgoing ? 'post.list.to' : 'post.list.from')}</th>
              <th scope="col">{t('post.list.date')}</th>
            </tr>
          </thead>
          <tbody>
            {mailbox.messages.map((message) => (
              <tr>
                <td>
                  {message.unread ? (
                    <strong>
                      <span class="sr-only">{t('post.list.unreadMark')}: </span>
                      <a href={paths.message(message.id)} safe>
                        {message.subject}
                      </a>
                    </strong>
                  ) : (
                    <a href={paths.message(message.id)} safe>
                      {message.subject}
                    </a>
                  )}
                </td>
                <td safe>{departmentName(message)}</td>
                <td>
                  {formatDateTime(message.createdAt)}
                  {message.direction === 'out' && message.status === 'queued' ? (
                    <>
                      {' '}
                      (<StatusText status={message.status} />)
                    </>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={mailbox.page} hasNext={mailbox.hasNext} baseQuery={query} />
      <RegistrationBox registration={mailbox.registration} />
    </Page>
  );
}
