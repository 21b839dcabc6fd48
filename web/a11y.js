// The accessibility mirror: the canvas is invisible to assistive technology, so every widget the app
// draws is mirrored here as a real element (button, checkbox, range, link, text field, heading, text),
// in reading order, laid over its canvas rectangle, transparent and click-through (touches reach the
// canvas). Activating, focusing or changing an element sends the same intent back to the app.
// The C++ side (src/platform/a11y_mirror.cpp) calls window.unclenchA11y.sync(json) after a frame.
'use strict';
(function () {
  let root = null;       // <div id="a11y"> inside <main>
  let live = null;       // aria-live status region
  let screen = '';
  const byKey = new Map(); // "role:id" (or "role:name#n" for items without an id) -> element

  function app() { return window.Module || {}; }
  function wake() { if (app()._unclench_wake) app()._unclench_wake(); }
  function call(fn, ...args) { if (app()[fn]) { app()[fn](...args); wake(); } }

  function ensureRoot() {
    if (root) return true;
    root = document.getElementById('a11y');
    live = document.getElementById('a11y-live');
    if (!root) return false;
    root.addEventListener('focusin', onFocusIn);
    root.addEventListener('keydown', onKeyDown);
    keepTextInputAway();
    return true;
  }

  // ---- Elements --------------------------------------------------------------------------------------
  const kTags = { button: 'button', link: 'a', checkbox: 'input', slider: 'input', textbox: 'input', heading: 'h2', status: 'p', text: 'p' };

  function create(item) {
    const tag = item.r === 'heading' ? 'h' + Math.min(6, Math.max(1, item.l || 2)) : kTags[item.r] || 'p';
    const el = document.createElement(tag);
    el.dataset.role = item.r;
    if (item.r === 'button') el.type = 'button';
    if (item.r === 'link') el.href = '#';
    if (item.r === 'checkbox') el.type = 'checkbox';
    if (item.r === 'slider') { el.type = 'range'; el.step = '1'; }
    if (item.r === 'textbox') { el.type = 'text'; el.autocomplete = 'off'; }
    if (item.r === 'heading') el.tabIndex = -1;   // focus target when a screen opens
    if (item.r === 'button' || item.r === 'link' || item.r === 'checkbox') el.addEventListener('click', onActivate);
    if (item.r === 'slider') el.addEventListener('input', onValue);
    if (item.r === 'textbox') el.addEventListener('input', onText);
    return el;
  }

  function update(el, item) {
    el.dataset.id = String(item.id >>> 0);
    const labelled = item.r === 'checkbox' || item.r === 'slider' || item.r === 'textbox';
    if (labelled) { if (el.getAttribute('aria-label') !== item.n) el.setAttribute('aria-label', item.n); }
    else if (el.textContent !== item.n) el.textContent = item.n;
    if (item.r === 'checkbox' && el.checked !== !!item.c) el.checked = !!item.c;
    if (item.r === 'slider') {
      const [v, lo, hi] = item.v;
      el.min = String(lo); el.max = String(hi);
      if (document.activeElement !== el || Number(el.value) !== v) el.value = String(v);
      if (item.t) el.setAttribute('aria-valuetext', item.t); else el.removeAttribute('aria-valuetext');
    }
    if (item.r === 'textbox' && document.activeElement !== el && el.value !== (item.t || '')) el.value = item.t || '';
    if ('disabled' in el && el.tagName !== 'A') el.disabled = !!item.d;
    else if (item.d) el.setAttribute('aria-disabled', 'true'); else el.removeAttribute('aria-disabled');
    place(el, item);
  }

  // Over the canvas rectangle; items scrolled out of view are kept at the edge (still reachable by Tab,
  // and the app scrolls them into view when they get focus).
  function place(el, item) {
    const H = root.clientHeight || window.innerHeight;
    const h = Math.max(1, item.h), w = Math.max(1, item.w);
    const y = Math.min(Math.max(item.y, 0), Math.max(0, H - h));
    el.style.left = item.x + 'px';
    el.style.top = y + 'px';
    el.style.width = w + 'px';
    el.style.height = h + 'px';
  }

  function keyOf(item, counts) {
    if (item.id) return item.r + ':' + (item.id >>> 0);
    const base = item.r + ':' + item.n;
    const n = (counts.get(base) || 0) + 1;
    counts.set(base, n);
    return base + '#' + n;
  }

  // ---- Sync from the app --------------------------------------------------------------------------------
  function sync(json) {
    if (!ensureRoot()) return;
    const doc = JSON.parse(json);
    const hadFocus = root.contains(document.activeElement);
    const focused = hadFocus ? document.activeElement : null;
    const counts = new Map();
    const seen = new Set();
    let prev = null;
    for (const item of doc.items) {
      const key = keyOf(item, counts);
      seen.add(key);
      let el = byKey.get(key);
      if (el && el.dataset.role !== item.r) el = null;
      if (!el) { el = create(item); byKey.set(key, el); }
      update(el, item);
      // Reading order: keep the DOM in item order, moving only what is out of place.
      const want = prev ? prev.nextSibling : root.firstChild;
      if (want !== el) root.insertBefore(el, want);
      prev = el;
    }
    for (const [key, el] of byKey) if (!seen.has(key)) { el.remove(); byKey.delete(key); }
    const changedScreen = doc.screen !== screen;
    screen = doc.screen;
    // A new screen: a keyboard or screen-reader user lands on its title, not on the page body.
    if (changedScreen && (hadFocus || document.activeElement === document.body)) {
      const title = root.querySelector('h1');
      if (title && (hadFocus || !root.contains(document.activeElement))) title.focus({ preventScroll: true });
    } else if (hadFocus && !root.contains(document.activeElement)) {
      // The focused control was redrawn under a new id: stay on the control with the same role and name.
      const same = Array.from(root.children).find((el) => el.dataset.role === focused.dataset.role &&
        (el.getAttribute('aria-label') || el.textContent) === (focused.getAttribute('aria-label') || focused.textContent));
      const target = same || root.querySelector('h1');
      if (target) target.focus({ preventScroll: true });
    }
  }

  // Keyboard navigation in the canvas moved: follow with DOM focus.
  function followNav(id) {
    if (!ensureRoot()) return;
    const el = root.querySelector('[data-id="' + id + '"]');
    if (el && document.activeElement !== el) el.focus({ preventScroll: true });
  }

  let lastSaid = '';
  function announce(text) {
    if (!ensureRoot() || !live) return;
    // The same words twice in a row must still be spoken: clear, then set on the next tick.
    if (text === lastSaid) { live.textContent = ''; setTimeout(() => { live.textContent = text; }, 50); }
    else live.textContent = text;
    lastSaid = text;
  }

  // ---- Events from the elements ------------------------------------------------------------------------
  const idOf = (el) => Number(el.dataset.id) >>> 0;

  function onActivate(e) {
    const el = e.currentTarget;
    if (el.tagName === 'A') e.preventDefault();
    call('_unclench_mirror_press', idOf(el));
  }

  function onValue(e) { call('_unclench_mirror_value', idOf(e.currentTarget), Number(e.currentTarget.value)); }

  function onText(e) {
    const text = e.currentTarget.value;
    const M = app();
    if (!M._unclench_mirror_text) return;
    const bytes = lengthBytesUTF8(text) + 1;
    const ptr = M._malloc(bytes);
    stringToUTF8(text, ptr, bytes);
    call('_unclench_mirror_text', idOf(e.currentTarget), ptr);
    M._free(ptr);
  }

  function onFocusIn(e) {
    const id = Number(e.target.dataset.id || 0) >>> 0;
    let keyboard = true;
    try { keyboard = e.target.matches(':focus-visible'); } catch (err) { /* older browsers: assume keys */ }
    call('_unclench_mirror_focus', id, keyboard ? 1 : 0);
  }

  // Escape goes back, as it does in the canvas.
  function onKeyDown(e) {
    if (e.key !== 'Escape') return;
    const back = Array.from(root.querySelectorAll('button')).find((b) => b.textContent === 'Back');
    if (back) { e.preventDefault(); back.click(); }
  }

  // The hidden text input (web/app.js) must not take focus from a mirror text field, where a keyboard
  // or screen-reader user is typing. From anything else (the title a new screen focuses, a button) it
  // must: a tap on a canvas text field needs it to raise a phone's keyboard.
  function keepTextInputAway() {
    const original = window.unclenchSetTextInput;
    if (!original || original.keptAway) return;
    const wrapped = function (want) { if (want && typingInMirror()) return; original(want); };
    wrapped.keptAway = true;
    window.unclenchSetTextInput = wrapped;
  }

  function focusInMirror() { return !!(root && root.contains(document.activeElement)); }
  function typingInMirror() { return focusInMirror() && document.activeElement.dataset.role === 'textbox'; }

  // Tab while focus is outside the mirror (page start, canvas, body) enters it at its first or last
  // element, so a keyboard user always lands in the real elements and the browser's Tab order.
  window.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.ctrlKey || e.altKey || e.metaKey || !ensureRoot() || focusInMirror()) return;
    const text = document.getElementById('text-input');
    if (text && document.activeElement === text) return;
    const all = root.querySelectorAll('button, a, input');
    const target = e.shiftKey ? all[all.length - 1] : all[0];
    if (!target) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    target.focus();
  }, true);

  // Keys the focused element handles itself (web_input.cpp asks before feeding a key to the canvas, so
  // no key is handled twice). Fields and sliders keep every key; buttons keep the keys that press them;
  // Tab and Escape are the browser's and ours. The rest reach the canvas: arrows move between controls
  // as they do there (the app moves DOM focus along), and Space on a title pauses the Player.
  function mirrorTakesKey(code) {
    if (!focusInMirror()) return false;
    if (code === 'Tab' || code === 'Escape') return true;
    const role = document.activeElement.dataset.role;
    if (role === 'textbox' || role === 'slider') return true;
    if (role === 'button' || role === 'link' || role === 'checkbox') return code === 'Enter' || code === 'NumpadEnter' || code === 'Space';
    return false;
  }

  window.unclenchA11y = { sync, followNav, announce };
  window.unclenchFocusInMirror = focusInMirror;
  window.unclenchMirrorTakesKey = mirrorTakesKey;
})();
