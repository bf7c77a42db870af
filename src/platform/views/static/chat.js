// Live web chat (progressive enhancement): new messages arrive through the conversation's Server-Sent Events and are
// added to the log as text (never as HTML). Without this file the page's "Get new messages" link does the same.
(() => {
  const log = document.getElementById('chat-log');
  if (!log?.dataset.chatStream || !window.EventSource) return;
  const source = new EventSource(`${log.dataset.chatStream}?after=${log.dataset.chatAfter || 0}`);
  // a form being sent leaves the page: the stream must not reload it meanwhile
  document.addEventListener('submit', () => source.close());
  source.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (log.querySelector(`[data-id="${Number(message.id)}"]`)) return;
    const item = document.createElement('li');
    item.className = `chat-message chat-message--${message.author}`;
    item.dataset.id = String(message.id);
    const meta = document.createElement('p');
    meta.className = 'chat-message-meta';
    const who = document.createElement('strong');
    who.textContent = message.label;
    const time = document.createElement('time');
    time.dateTime = message.sentAt;
    time.textContent = message.time;
    meta.append(who, ' ', time);
    const text = document.createElement('p');
    text.className = 'chat-message-text';
    text.style.whiteSpace = 'pre-wrap';
    text.textContent = message.text;
    item.append(meta, text);
    log.append(item);
  });
  let status;
  source.addEventListener('status', (event) => {
    const next = JSON.parse(event.data);
    const line = document.getElementById('chat-status');
    if (line) line.textContent = next.text;
    // an ended conversation has no forms any more: show its page as it is now (a GET, never a form's answer again)
    if (status && next.status !== status && next.status === 'closed') {
      source.close();
      window.location.assign(log.dataset.chatPage);
    }
    status = next.status;
  });
})();
