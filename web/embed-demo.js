// The demo clinic page's side: buttons send commands through embed.js's handle, and every event from
// the app is listed (and kept in window.unclenchEvents for the browser tests).
'use strict';
(function () {
  const frame = document.querySelector('iframe.unclench-embed');
  const list = document.getElementById('events');
  window.unclenchEvents = [];

  for (const type of ['unclench:ready', 'unclench:session-started', 'unclench:session-completed', 'unclench:pain-reported', 'unclench:pong',
                     'unclench:check-in', 'unclench:phase-changed']) {
    frame.addEventListener(type, (event) => {
      window.unclenchEvents.push(event.detail);
      const item = document.createElement('li');
      const { source, v, type: kind, ...rest } = event.detail;
      item.textContent = kind + ' ' + JSON.stringify(rest);
      list.append(item);
    });
  }
  document.getElementById('start').addEventListener('click', () => frame.unclench.startRoutine('relief-now'));
  document.getElementById('dark').addEventListener('click', () => frame.unclench.setTheme('dark'));
  document.getElementById('light').addEventListener('click', () => frame.unclench.setTheme('light'));
})();
