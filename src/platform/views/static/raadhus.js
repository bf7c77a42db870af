// Progressive enhancement only: every page works without this file.
if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();
