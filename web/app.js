// Page shell: checks the browser, loads the wasm with a progress bar, shows a clear message when it
// cannot run, and holds the small JS glue the C++ side calls (wake-ups, text input, diagnostics).
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);

  // ---- Failure message ---------------------------------------------------------------------------
  function showError(text) {
    $('loading').hidden = true;
    $('message-text').textContent = text;
    $('message').hidden = false;
    document.body.classList.add('failed');
  }
  window.unclenchShowError = showError;

  function supportsWebGL2() {
    try { return !!document.createElement('canvas').getContext('webgl2'); } catch (e) { return false; }
  }
  if (typeof WebAssembly !== 'object') {
    showError('This browser cannot run WebAssembly, which Unclench needs.');
    return;
  }
  if (!supportsWebGL2()) {
    showError('This browser or device has WebGL 2 switched off or missing, which Unclench needs to draw its screens.');
    return;
  }

  // ---- Loading with progress ----------------------------------------------------------------------
  function setProgress(done, total) {
    const bar = $('progress');
    if (total > 0) { bar.classList.remove('indeterminate'); bar.style.width = Math.min(100, (100 * done) / total) + '%'; }
    else bar.classList.add('indeterminate');
  }

  // Streams the wasm while counting bytes, so the bar moves and compilation still starts early.
  function fetchWasmWithProgress(url) {
    return fetch(url).then((response) => {
      if (!response.ok) throw new Error('HTTP ' + response.status + ' for ' + url);
      const total = Number(response.headers.get('Content-Length')) || 0;
      if (!response.body || typeof TransformStream !== 'function') return response;
      let done = 0;
      setProgress(0, total);
      const counter = new TransformStream({
        transform(chunk, ctl) { done += chunk.byteLength; setProgress(done, total); ctl.enqueue(chunk); },
      });
      return new Response(response.body.pipeThrough(counter), { headers: { 'Content-Type': 'application/wasm' } });
    });
  }

  window.Module = {
    canvas: $('canvas'),
    locateFile: (path) => path,
    instantiateWasm(imports, receive) {
      fetchWasmWithProgress('unclench.wasm')
        .then((response) => WebAssembly.instantiateStreaming(response, imports))
        .then((result) => receive(result.instance, result.module))
        .catch((err) => showError('The app could not be loaded (' + err.message + '). Check your connection and reload.'));
      return {};
    },
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => showError('The app stopped unexpectedly (' + what + '). Reload the page to start again.'),
  };

  // ---- Wake-ups: the C++ loop sleeps when idle; these page events restart it -----------------------
  function wake() { if (Module._unclench_wake) Module._unclench_wake(); }
  window.unclenchInstallHooks = function () {
    window.addEventListener('resize', wake);
    document.addEventListener('visibilitychange', wake);
    if (typeof ResizeObserver === 'function') new ResizeObserver(wake).observe($('canvas'));
    for (const q of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)']) {
      matchMedia(q).addEventListener('change', wake);
    }
    watchDevicePixelRatio();
  };
  // Browser zoom changes devicePixelRatio without always resizing the canvas: watch it directly. The
  // media query's change event is dispatched only when the browser next renders the page, which an idle
  // page may not do for a while (seen in headless Chromium on a busy machine: never, within 5 s), so a
  // cheap check once a second backs it up. It reads one number and draws nothing unless the ratio moved.
  let knownRatio = window.devicePixelRatio;
  function ratioMaybeChanged() {
    if (window.devicePixelRatio === knownRatio) return;
    knownRatio = window.devicePixelRatio;
    wake();
  }
  function watchDevicePixelRatio() {
    const q = matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
    q.addEventListener('change', () => { ratioMaybeChanged(); watchDevicePixelRatio(); }, { once: true });
  }
  setInterval(ratioMaybeChanged, 1000);

  // ---- Text input: a hidden <input> brings up phone keyboards and receives typed text --------------
  const textInput = $('text-input');
  textInput.addEventListener('input', () => {
    const text = textInput.value;
    textInput.value = '';
    if (!text || !Module._unclench_text_input) return;
    const bytes = lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(bytes);
    stringToUTF8(text, ptr, bytes);
    Module._unclench_text_input(ptr);
    Module._free(ptr);
  });
  window.unclenchSetTextInput = function (want) {
    if (want && document.activeElement !== textInput) textInput.focus({ preventScroll: true });
    if (!want && document.activeElement === textInput) textInput.blur();
  };

  // ---- Diagnostics for tests and benchmarks -----------------------------------------------------------
  window.unclench = {
    diagnostics() {
      if (!Module._unclench_diagnostics) return null;
      return JSON.parse(UTF8ToString(Module._unclench_diagnostics()));
    },
    widgets() {
      if (!Module._unclench_widgets) return [];
      return JSON.parse(UTF8ToString(Module._unclench_widgets()));
    },
  };

  // ---- Start -------------------------------------------------------------------------------------------
  const script = document.createElement('script');
  script.src = 'unclench.js';
  script.onerror = () => showError('The app could not be loaded. Check your connection and reload.');
  document.body.appendChild(script);
})();
