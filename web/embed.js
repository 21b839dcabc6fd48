// Unclench for a clinic's website: one line where the app should appear,
//   <script src="https://unclench.example/embed.js" data-clinic="Riverside Physio" data-routine="relief-now"></script>
// inserts a responsive iframe of the app right after the script, with the permissions it needs
// (autoplay for cues, screen wake lock during a session, fullscreen). Options, all optional, from
// data- attributes (the same names work as URL parameters on a plain iframe):
//   data-routine  a routine id to open     data-theme   light | dark | system
//   data-accent   #RRGGBB                  data-clinic  the name shown as "Prescribed by ..."
//   data-lang     en, de-CH, ...           data-ns      storage namespace [a-z0-9-], for two apps on one site
//   data-height   CSS height (default: most of the screen, at most 760px)
// The app talks (postMessage) only to the page that loaded this script: its origin is passed as
// "parent". Events arrive on window as "message" (event.data.source === 'unclench'), and are also
// re-sent on the iframe as DOM events named after their type ("unclench:ready", ...).
(function () {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  const app = new URL('./', script.src);
  const data = script.dataset;

  const params = new URLSearchParams();
  for (const name of ['routine', 'theme', 'accent', 'clinic', 'lang', 'ns']) {
    if (data[name]) params.set(name, data[name]);
  }
  params.set('parent', location.origin);

  const frame = document.createElement('iframe');
  frame.src = app.href + '?' + params.toString();
  frame.title = data.clinic ? 'Unclench exercises from ' + data.clinic : 'Unclench: guided back spasm relief';
  frame.allow = 'autoplay; screen-wake-lock; fullscreen';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'no-referrer';
  frame.className = 'unclench-embed';
  Object.assign(frame.style, {   // CSSOM: works under a clinic CSP without 'unsafe-inline'
    display: 'block', width: '100%', maxWidth: '100%', height: data.height || 'min(85vh, 760px)',
    minHeight: '480px', border: '0', borderRadius: '12px', colorScheme: 'normal',
  });
  script.after(frame);

  // Re-dispatch the app's events on the iframe, only those really from this frame and its origin.
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    const msg = event.data;
    if (!msg || msg.source !== 'unclench' || typeof msg.type !== 'string') return;
    frame.dispatchEvent(new CustomEvent(msg.type, { detail: msg }));
  });

  // A small handle for the page: send a command to this frame, at the app's origin only.
  frame.unclench = {
    send(command) { frame.contentWindow.postMessage(command, app.origin); },
    startRoutine(id) { this.send({ type: 'unclench:start-routine', routine: id }); },
    setTheme(theme, accent) { this.send(accent ? { type: 'unclench:set-theme', theme, accent } : { type: 'unclench:set-theme', theme }); },
  };
})();
