// Progressive enhancement for the bulk-letter progress page: while sending runs, fetch the page again every
// 5 seconds and replace only the progress block (an aria-live region), so the reader keeps their place.
(() => {
  var block = document.getElementById('bulk-progress');
  if (!block || !window.fetch || !window.DOMParser) return;
  function refresh() {
    var current = document.getElementById('bulk-progress');
    if (current?.getAttribute('data-state') !== 'running') return;
    fetch(window.location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
      .then((html) => {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('bulk-progress');
        if (next) current.replaceWith(next);
        if (next && next.getAttribute('data-state') === 'running') window.setTimeout(refresh, 5000);
        else if (next) window.location.reload();
      })
      .catch(() => {
        window.setTimeout(refresh, 15000);
      });
  }
  window.setTimeout(refresh, 5000);
})();
