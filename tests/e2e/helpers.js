// Shared steps for the browser tests: open the app and wait for its first frame, find and tap widgets
// by their accessible names (from window.unclench.widgets()), and read diagnostics.
const { expect } = require('@playwright/test');

// Every red-flag question answered "no", as a returning person would have it. Tests of the first run
// itself pass { firstRun: true } to see the check the app opens.
// (src/core/safety_check.cpp's ids; a missing one would bring the check back and fail the test loudly.)
const SAFETY_IDS = ['both-legs', 'saddle-numbness', 'peeing', 'bladder-bowel', 'sexual-function', 'chest-pain',
  'serious-fall', 'fever', 'weight-loss', 'lump', 'night-pain', 'cough-sneeze', 'shoulder-blades', 'kidney',
  'cancer-history', 'steroids-immunity', 'osteoporosis', 'age', 'not-improving', 'disc', 'osteoarthritis', 'pregnancy',
  'hip-replacement', 'knees', 'balance'];

async function seedSafetyAnswers(page) {
  await page.addInitScript((ids) => {
    try {
      const ns = (new URLSearchParams(location.search).get('ns') || 'default').replace(/\//g, '_');
      const key = 'unclench/' + ns + '/v2/safety';
      const now = Math.floor(Date.now() / 1000);
      if (localStorage.getItem(key) === null)
        localStorage.setItem(key, JSON.stringify({ answers: ids.map((id) => [id, 0, now]), clinician: 0, clinician_at: 0 }));
    } catch (e) { /* storage blocked: the test sees the first-run check */ }
  }, SAFETY_IDS);
}

async function openApp(page, url = './', options = {}) {
  if (!options.firstRun) await seedSafetyAnswers(page);
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  // Frames drawn, not the performance mark: under Playwright's fake clock performance is replaced.
  await page.waitForFunction(() => {
    try { const d = window.unclench && window.unclench.diagnostics(); return !!d && d.framesDrawn > 0; } catch (e) { return false; }
  }, null, { timeout: 30_000 });
  await settled(page);
  return errors;
}

// A new screen's first frames lay it out (cards size themselves a frame late, pushing what is below
// them down): a tap aimed at a rectangle read before that lands where the widget no longer is. Settled
// means the app owes no more frames to the last input (diagnostics' framesOwed is 0: on a loaded
// machine a frame can take longer than any fixed wait) and the controls' rectangles read the same twice,
// 100 ms apart (the Player's ring may keep drawing).
async function settled(page) {
  const state = () => page.evaluate(() => ({
    owed: window.unclench.diagnostics().framesOwed || 0,
    rects: JSON.stringify(window.unclench.widgets()
      .filter((w) => !['status', 'text', 'heading'].includes(w.role)).map((w) => [w.name, w.x, w.y, w.w, w.h])),
  }));
  let last = null;
  for (let i = 0; i < 100; i++) {
    const now = await state();
    if (last && now.owed === 0 && last.owed === 0 && now.rects === last.rects) return;
    last = now;
    await page.waitForTimeout(100);
  }
}

const diagnostics = (page) => page.evaluate(() => window.unclench.diagnostics());

async function widget(page, name) {
  const handle = await page.waitForFunction((n) => window.unclench.widgets().find((w) => w.name === n || w.name.startsWith(n + '.')), name);
  return handle.jsonValue();
}

// Scrolls the screen with the mouse wheel until the widget is fully on screen, and returns it.
async function scrollIntoView(page, name) {
  const viewport = page.viewportSize();
  await settled(page);   // the last tap's frames are drawn: rectangles read now are where things are
  let w = await widget(page, name);
  // The title bar (up to 80 px) sits over the top of the scrolling body: a widget straddling its edge,
  // hidden under it, or above the screen, is scrolled down into view; the bar's own Back button and
  // title are left alone.
  const header = 80;
  const inBar = (x) => x.name === 'Back' || x.role === 'heading';
  const above = (x) => x.y < 0 || (x.y < header && x.y + x.h > header) || (x.y + x.h <= header && !inBar(x));
  for (let i = 0; i < 30 && w.role !== 'heading' && (above(w) || w.y + w.h > viewport.height - 4); i++) {
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    // A step as long as the distance left (at least 200 px, at most 800): one wheel notch moves the
    // canvas less than its pixels on a phone, and a long screen (the safety check's second step)
    // needs more than 30 short steps.
    const distance = above(w) ? header - w.y : w.y + w.h - viewport.height + 40;
    const step = Math.min(800, Math.max(200, distance));
    await page.mouse.wheel(0, above(w) ? -step : step);
    await settled(page);   // the wheel is taken over a few frames: measure again only once it has been
    w = await widget(page, name);
  }
  return w;
}

// Taps (touch projects) or clicks (desktop) the middle of a widget drawn on the canvas.
async function press(page, name) {
  const w = await scrollIntoView(page, name);
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  const touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

async function expectScreen(page, id) {
  await expect.poll(async () => (await diagnostics(page)).screen).toBe(id);
  await settled(page);
}

// A clinic's plan link exactly as the plan maker writes it: Riverside Physio, start in Move, Quick reset
// twice a day, the "Scans are rarely needed" lesson open.
const PLAN_LINK = '#p=1.HSHu05m8JUx3VtoRgAEBF_A0SnLe5wcgAgELihLAP-ZaPQ';

module.exports = { PLAN_LINK, SAFETY_IDS, seedSafetyAnswers, openApp, diagnostics, widget, scrollIntoView, press, expectScreen, settled };
