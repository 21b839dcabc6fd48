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
// Unclench widgets (window.unclench.widgets(): accessible names and CSS rectangles)
//-----------------------------------------------------------------------------

async function findWidget(page, names, timeout = 5000) {
  const handle = await page.waitForFunction((ns) => window.unclench && window.unclench.widgets()
    .find((w) => ns.some((n) => w.name === n || w.name.startsWith(n))), names, { timeout });
  return handle.jsonValue();
}

async function press(page, names, timeout) {
  const w = await findWidget(page, Array.isArray(names) ? names : [names], timeout);
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  if (await page.evaluate(() => navigator.maxTouchPoints > 0)) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  await page.waitForTimeout(300);
}

const screen = (page) => page.evaluate(() => window.unclench.diagnostics().screen);

// Home -> "Relief now" -> routine detail -> start: the player, in a running session. Returns false
// when the screens for it are not there (yet).
async function startSession(page) {
  try {
    await press(page, 'Relief now');
    if ((await screen(page)) === 'home') await press(page, 'Relief now');   // a first tap can only focus the canvas
    for (let i = 0; i < 2 && (await screen(page)) !== 'player'; i++) await press(page, ['Start', 'Begin', 'Play'], 5000);
    if ((await screen(page)) !== 'player') return false;
    await page.waitForTimeout(1000);
    return true;
  } catch (e) {
    return false;
  }
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN; };

module.exports = { ROOT, CHROMIUM, ARGS, launch, serve, newMeteredPage, waitFirstFrame, framesDrawn, taskMs,
                   findWidget, press, screen, startSession, median, percentile };
