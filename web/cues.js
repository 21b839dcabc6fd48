// Cues and care glue the C++ side calls (src/platform/*): Web Audio beeps scheduled on the audio clock,
// speech, vibration, the screen wake lock, the hidden-page title countdown, notifications and text
// downloads. Audio and speech are unlocked from the first user gesture here, in a real DOM listener,
// because iOS only allows it inside one (an ImGui frame runs a frame later, outside the gesture).
'use strict';
(function () {
  const U = (window.unclenchCues = {});

  // ---- Audio: beeps synthesised with oscillators, no audio files --------------------------------------
  let ctx = null;
  const live = new Map();   // id -> oscillator not yet ended, so a changed schedule can stop them
  let nextId = 0;
  const BEEPS = [
    null,
    { freq: 880, dur: 0.08, gain: 0.25 },    // Tick: countdown
    { freq: 1175, dur: 0.18, gain: 0.3 },    // Start: a phase or block begins
    { freq: 660, dur: 0.45, gain: 0.35 },    // End: done
  ];

  function context() {
    if (ctx) return ctx;
    const AC = window.AudioContext || window.webkitAudioContext;
    if (!AC) return null;
    try { ctx = new AC(); } catch (e) { return null; }
    return ctx;
  }

  let spokeOnce = false;
  function unlock() {
    const c = context();
    if (c && c.state === 'suspended') c.resume().catch(() => {});
    if (c && c.state !== 'closed') {   // iOS: a silent buffer inside the gesture opens the audio path
      const b = c.createBufferSource();
      b.buffer = c.createBuffer(1, 1, 22050);
      b.connect(c.destination);
      b.start(0);
    }
    if (!spokeOnce && 'speechSynthesis' in window) {   // iOS: the first utterance must come from a gesture
      spokeOnce = true;
      const u = new SpeechSynthesisUtterance(' ');
      u.volume = 0;
      try { speechSynthesis.speak(u); } catch (e) { /* speech missing: stay silent */ }
    }
  }
  for (const type of ['pointerdown', 'touchend', 'keydown']) {
    window.addEventListener(type, unlock, { capture: true, passive: true });
  }

  // Plays beep `kind` (1 tick, 2 start, 3 end) `delayMs` from now on the audio clock; returns an id.
  U.beep = function (delayMs, kind, volume) {
    const c = context();
    const spec = BEEPS[kind];
    if (!c || c.state === 'closed' || !spec) return 0;
    if (c.state === 'suspended') c.resume().catch(() => {});
    const at = c.currentTime + Math.max(0, delayMs) / 1000;
    const osc = c.createOscillator();
    const gain = c.createGain();
    osc.type = 'sine';
    osc.frequency.value = spec.freq;
    const peak = spec.gain * volume;   // a short ramp in and out: no clicks
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(peak, at + 0.01);
    gain.gain.setValueAtTime(peak, at + spec.dur - 0.04);
    gain.gain.linearRampToValueAtTime(0, at + spec.dur);
    osc.connect(gain);
    gain.connect(c.destination);
    const id = ++nextId;
    live.set(id, osc);
    osc.onended = () => { live.delete(id); osc.disconnect(); gain.disconnect(); };
    osc.start(at);
    osc.stop(at + spec.dur + 0.02);
    return id;
  };
  U.cancelBeeps = function () {
    for (const osc of live.values()) { try { osc.stop(); } catch (e) { /* already stopped */ } }
    live.clear();
  };

  // ---- Speech --------------------------------------------------------------------------------------------
  const hasSpeech = () => 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
  U.speak = function (text, voiceName, rate) {
    if (!hasSpeech()) return;
    const u = new SpeechSynthesisUtterance(text);
    u.rate = rate;
    if (voiceName) {
      const v = speechSynthesis.getVoices().find((x) => x.name === voiceName);
      if (v) u.voice = v;
    }
    try { speechSynthesis.speak(u); } catch (e) { /* stay silent */ }
  };
  U.cancelSpeech = function () { if (hasSpeech()) speechSynthesis.cancel(); };
  U.voices = function () {
    if (!hasSpeech()) return [];
    return speechSynthesis.getVoices().map((v) => ({ name: v.name, lang: v.lang, default: v.default }));
  };
  if (hasSpeech() && speechSynthesis.addEventListener) {   // voices arrive late in Chrome: redraw settings
    speechSynthesis.addEventListener('voiceschanged', () => { if (window.Module && Module._unclench_wake) Module._unclench_wake(); });
  }

  // ---- Vibration ------------------------------------------------------------------------------------------
  U.vibrate = function (pattern) {
    try { if (navigator.vibrate) navigator.vibrate(pattern); } catch (e) { /* not allowed here */ }
  };

  // ---- Screen wake lock: held while wanted, re-requested when the page is visible again --------------
  let wantLock = false, lock = null, requesting = false;
  async function requestLock() {
    if (!wantLock || lock || requesting || !('wakeLock' in navigator) || document.visibilityState !== 'visible') return;
    requesting = true;
    try {
      const sentinel = await navigator.wakeLock.request('screen');
      sentinel.addEventListener('release', () => { if (lock === sentinel) lock = null; });
      lock = sentinel;
      if (!wantLock) U.releaseWakeLock();
    } catch (e) {
      /* refused (battery saver, no permission): the session still runs */
    } finally {
      requesting = false;
    }
  }
  U.acquireWakeLock = function () { wantLock = true; requestLock(); };
  U.releaseWakeLock = function () {
    wantLock = false;
    const l = lock;
    lock = null;
    if (l) l.release().catch(() => {});
  };
  U.wakeLockHeld = () => !!lock;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') requestLock();   // the browser dropped it when hidden
  });

  // ---- Title countdown while hidden: computed from wall-clock end times, as frames stop when hidden -----
  const BASE_TITLE = 'Unclench';
  let phases = [];          // [{label, end}] with end in Date.now() ms, in order
  let staticText = '';
  let doneText = '';
  let titleTimer = 0;
  function clock(ms) {
    const s = Math.max(0, Math.ceil(ms / 1000));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
    const two = (n) => (n < 10 ? '0' : '') + n;
    return h > 0 ? h + ':' + two(m) + ':' + two(sec) : m + ':' + two(sec);
  }
  function titleText() {
    if (staticText) return staticText + ' · ' + BASE_TITLE;
    const now = Date.now();
    const p = phases.find((x) => x.end > now);
    if (p) return clock(p.end - now) + ' ' + p.label + ' · ' + BASE_TITLE;
    if (phases.length) return (doneText || 'Done') + ' · ' + BASE_TITLE;
    return BASE_TITLE;
  }
  function refreshTitle() {
    const active = document.hidden && (phases.length > 0 || staticText);
    const text = active ? titleText() : BASE_TITLE;
    if (document.title !== text) document.title = text;
    if (active && !titleTimer) titleTimer = setInterval(refreshTitle, 1000);
    if (!active && titleTimer) { clearInterval(titleTimer); titleTimer = 0; }
  }
  U.titleClear = function () { phases = []; staticText = ''; doneText = ''; refreshTitle(); };
  U.titleAddPhase = function (label, endWallMs) { phases.push({ label, end: endWallMs }); refreshTitle(); };
  U.titleSetDone = function (text) { doneText = text; refreshTitle(); };
  U.titleSetText = function (text) { staticText = text; refreshTitle(); };
  document.addEventListener('visibilitychange', refreshTitle);

  // ---- Notifications while the app is open but hidden -------------------------------------------------
  function crossOriginFrame() {
    try { return window.top !== window.self && !window.top.location.href; } catch (e) { return true; }
  }
  U.notifyState = function () {   // 'granted' | 'denied' | 'default' | 'unsupported'
    if (!('Notification' in window) || !window.isSecureContext || crossOriginFrame()) return 'unsupported';
    return Notification.permission;
  };
  U.notifyRequest = function () {
    if (U.notifyState() !== 'default') return;
    Notification.requestPermission().then(() => { if (window.Module && Module._unclench_wake) Module._unclench_wake(); }, () => {});
  };
  const notifyTimers = new Map();
  U.notifyAt = function (key, title, body, atWallMs) {
    U.notifyCancel(key);
    const delay = Math.min(Math.max(0, atWallMs - Date.now()), 0x7fffffff);
    notifyTimers.set(key, setTimeout(() => {
      notifyTimers.delete(key);
      if (!document.hidden || U.notifyState() !== 'granted') return;   // visible: the screen says it already
      try { new Notification(title, { body, tag: key, icon: 'icon.svg' }); } catch (e) { /* Android needs a worker */ }
    }, delay));
  };
  U.notifyCancel = function (key) {
    if (notifyTimers.has(key)) { clearTimeout(notifyTimers.get(key)); notifyTimers.delete(key); }
  };

  // ---- Downloads: a text file through a Blob link ---------------------------------------------------------
  U.download = function (name, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
})();
