// Init-script recorders for the cue tests (no test-only product code): every oscillator start and stop
// with the audio clock at that moment, every spoken text, and a stub Screen Wake Lock; plus a way to
// make the page report itself hidden (document.hidden / visibilityState) and fire visibilitychange.
function installCueRecorders() {
  const rec = (window.__cues = { beeps: [], stops: 0, spoken: [], vibrations: [], wake: { requests: 0, releases: 0, live: [] }, hidden: false });

  // The audio clock as the app last read it, and as it is now. The app computes a beep's time from its
  // own reading; comparing with a second reading taken later would measure how long the OS paused the
  // page's thread in between (tens of ms on a busy 2-core machine), not whether the app scheduled late.
  const clock = Object.getOwnPropertyDescriptor(BaseAudioContext.prototype, 'currentTime').get;
  let appRead = 0;
  Object.defineProperty(BaseAudioContext.prototype, 'currentTime', {
    configurable: true, get() { appRead = clock.call(this); return appRead; },
  });
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (when) {
    rec.beeps.push({ when, ctxRead: appRead, ctxNow: clock.call(this.context), perf: performance.now(), freq: this.frequency.value });
    return start.apply(this, arguments);
  };
  const stop = OscillatorNode.prototype.stop;
  OscillatorNode.prototype.stop = function (when) {
    if (when === undefined) rec.stops++;   // a cancel (scheduled stops pass a time)
    return stop.apply(this, arguments);
  };

  if (window.speechSynthesis) {
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (u) => { if (u.text.trim()) rec.spoken.push({ text: u.text, perf: performance.now() }); return speak(u); };
  }

  Object.defineProperty(navigator, 'vibrate', { configurable: true, value: (p) => { rec.vibrations.push(p); return true; } });

  // The real API needs a visible, focused page and permission; this one records what the app asks.
  function sentinel() {
    const listeners = [];
    const s = {
      released: false, type: 'screen',
      addEventListener: (t, f) => { if (t === 'release') listeners.push(f); },
      removeEventListener() {},
      release() { if (!s.released) { s.released = true; rec.wake.releases++; listeners.forEach((f) => f()); } return Promise.resolve(); },
      dropByBrowser() { if (!s.released) { s.released = true; listeners.forEach((f) => f()); } },
    };
    return s;
  }
  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: { request: () => { rec.wake.requests++; const s = sentinel(); rec.wake.live.push(s); return Promise.resolve(s); } },
  });

  Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => rec.hidden });
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => (rec.hidden ? 'hidden' : 'visible') });
  window.__setHidden = (hidden) => {
    rec.hidden = hidden;
    if (hidden) rec.wake.live.forEach((s) => s.dropByBrowser());   // browsers drop wake locks of hidden pages
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

// Each beep: `delay`, how far ahead of its call it was put on the audio clock (ms), and `at`, the page's
// performance.now() at which it sounds. Beeps scheduled in one frame share that frame's `now`, so their
// delays differ by exactly their due times; `at` compares beeps from different frames, less exactly.
async function beeps(page) {
  return page.evaluate(() => window.__cues.beeps.map((b) => ({ freq: b.freq, delay: (b.when - b.ctxNow) * 1000, at: b.perf + (b.when - b.ctxNow) * 1000 })));
}

// The app's own words for what the timer screen shows (the accessibility mirror's status item).
async function timerStatus(page) {
  return page.evaluate(() => (window.unclench.widgets().find((w) => w.role === 'status' && /left|done|stopped/i.test(w.name)) || {}).name);
}

// helpers.openApp waits for a performance mark, which a fake clock (page.clock) hides: wait for a drawn
// frame in the diagnostics instead.
async function openAppWithFakeClock(page) {
  await require('./helpers').seedSafetyAnswers(page);
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto('./');
  await page.waitForFunction(() => {
    try { const d = window.unclench.diagnostics(); return d && d.framesDrawn > 0; } catch (e) { return false; }   // still loading
  }, null, { timeout: 30_000 });
  return errors;
}

module.exports = { installCueRecorders, beeps, timerStatus, openAppWithFakeClock };
