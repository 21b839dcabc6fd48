// Shared by the benchmark scripts: Debian's Chromium with the test flags, a static server for a build,
// and an init script that counts the frames a page draws and how long each takes on the main thread.
'use strict';
const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const http = require('http');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
// Software WebGL, no background traffic, loopback only (as tests/e2e/playwright.config.js).
const ARGS = [
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ARGS });

//-----------------------------------------------------------------------------
// Static server (scripts/serve.py: the app's real headers)
//-----------------------------------------------------------------------------

function waitForServer(url, ms) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = () => http.get(url, (res) => { res.resume(); resolve(); })
      .on('error', () => (Date.now() > until ? reject(new Error('server did not start: ' + url)) : setTimeout(poll, 100)));
    poll();
  });
}

async function serve(dir, port) {
  const proc = spawn('/usr/bin/python3', [path.join(ROOT, 'scripts/serve.py'), dir, String(port)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, 10_000);
  return { url, dir, stop: () => proc.kill() };
}

//-----------------------------------------------------------------------------
// Frame meter: the same yardstick for the app and the stock example. A "frame" is an animation-frame
// callback that issued at least one WebGL draw call; its cost is the time spent inside the callback.
//-----------------------------------------------------------------------------

function frameMeter() {
  const meter = { drawn: 0, firstDrawnAt: null, times: [], recording: false };
  window.__benchFrames = meter;
  let drew = false;
  for (const C of [window.WebGL2RenderingContext, window.WebGLRenderingContext]) {
    if (!C) continue;
    for (const name of ['drawElements', 'drawArrays']) {
      const real = C.prototype[name];
      C.prototype[name] = function (...args) { drew = true; return real.apply(this, args); };
    }
  }
  const realRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => realRaf((t) => {
    const start = performance.now();
    drew = false;
    try { callback(t); } finally {
      const end = performance.now();
      if (drew) {
        meter.drawn++;
        if (meter.firstDrawnAt === null) meter.firstDrawnAt = end;
        if (meter.recording) meter.times.push(end - start);
      }
    }
  });
}

async function newMeteredPage(browser, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, touch = false) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch: touch, isMobile: touch, serviceWorkers: 'allow' });
  await context.addInitScript(frameMeter);
  const page = await context.newPage();
  return { context, page };
}

const waitFirstFrame = (page) => page.waitForFunction(() => window.__benchFrames && window.__benchFrames.firstDrawnAt !== null,
  null, { timeout: 30_000 });
const framesDrawn = (page) => page.evaluate(() => window.__benchFrames.drawn);

// Main-thread busy time (ms) from Chrome's own counters.
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return 1000 * metrics.find((m) => m.name === 'TaskDuration').value;
}

//-----------------------------------------------------------------------------
// Unclench's screens, driven through its accessibility mirror
//-----------------------------------------------------------------------------

const screen = (page) => page.evaluate(() => window.unclench.diagnostics().screen);

// The mirror (web/a11y.js) holds real DOM buttons over the canvas: found by role and exact name and
// pressed with Enter, as tests/e2e/mirror-steps.js does, with no canvas coordinates to guess.
async function pressButton(page, name, timeout = 5000) {
  const button = page.locator('#a11y').getByRole('button', { name, exact: typeof name === 'string' });
  await button.first().waitFor({ state: 'attached', timeout });
  await button.first().press('Enter');
}

async function waitScreen(page, ids, timeout = 5000) {
  const handle = await page.waitForFunction((list) => {
    const s = window.unclench && window.unclench.diagnostics().screen;
    return list.includes(s) && s;
  }, ids, { timeout });
  return handle.jsonValue();
}

// A fresh profile first meets the safety check: "None of these" for the emergency signs, then for the
// rest, as a person without red flags would.
async function passSafetyCheck(page) {
  if ((await waitScreen(page, ['home', 'safety'], 10_000)) !== 'safety') return;
  const mirror = page.locator('#a11y');
  const change = mirror.getByRole('button', { name: 'Change my answers' });
  if (await change.count()) await change.press('Enter');
  await pressButton(page, 'None of these');
  await mirror.getByRole('heading', { name: 'See a doctor today if' }).waitFor();
  await pressButton(page, 'None of these');
  await pressButton(page, 'Continue');
  await waitScreen(page, ['home']);
}

// Home -> "Relief now" -> the player, in a running session. "Relief now" starts it at once, or opens
// the routine's page, where Start does. Returns false (never throws) when that does not happen.
async function startSession(page) {
  try {
    await passSafetyCheck(page);
    await pressButton(page, /^Relief now/);
    if ((await waitScreen(page, ['player', 'routine'])) === 'routine') await pressButton(page, /^Start/);
    await waitScreen(page, ['player']);
    await page.waitForTimeout(1000);
    return true;
  } catch (e) {
    return false;
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };

module.exports = { ROOT, CHROMIUM, ARGS, launch, serve, newMeteredPage, waitFirstFrame, framesDrawn, taskMs,
                   screen, pressButton, waitScreen, passSafetyCheck, startSession, median, percentile };
