// The figures one build gives in a plain browser context: first-load transfer, time to first frame,
// idle cost, frame cost in a busy screen, and wasm heap. Used for the app and the stock example alike.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const b = require('./browser');

//-----------------------------------------------------------------------------
// First load: every file the browser fetched (page and service worker), sized as served and compressed
//-----------------------------------------------------------------------------

function sizes(file) {
  const raw = fs.readFileSync(file);
  return {
    raw: raw.length,
    gzip: zlib.gzipSync(raw, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function firstLoad(browser, server) {
  const { context, page } = await b.newMeteredPage(browser);
  const seen = new Set();
  context.on('request', (req) => { if (req.url().startsWith(server.url)) seen.add(new URL(req.url()).pathname); });
  await page.goto(server.url);
  await b.waitFirstFrame(page);
  await page.waitForTimeout(2000);   // let a service worker finish its precache
  await context.close();
  const files = {};
  for (const p of [...seen].sort()) {
    const file = path.join(server.dir, p.endsWith('/') ? p + 'index.html' : p);
    if (fs.existsSync(file) && fs.statSync(file).isFile()) files[p.endsWith('/') ? p + 'index.html' : p] = sizes(file);
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const s of Object.values(files)) for (const k in total) total[k] += s[k];
  return { files, total };
}

//-----------------------------------------------------------------------------
// Time to first frame: median of fresh loads (new context each: no cache, no service worker)
//-----------------------------------------------------------------------------

async function firstFrame(browser, server, loads = 5) {
  const times = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await b.newMeteredPage(browser);
    await page.goto(server.url);
    await b.waitFirstFrame(page);
    times.push(await page.evaluate(() => window.__benchFrames.firstDrawnAt));
    await context.close();
  }
  return { median: b.median(times), all: times };
}

//-----------------------------------------------------------------------------
// Idle: nothing touched for `seconds`: frames drawn and main-thread time; and the wasm heap
//-----------------------------------------------------------------------------

async function idle(browser, server, seconds = 10) {
  const { context, page } = await b.newMeteredPage(browser);
  await page.goto(server.url);
  await b.waitFirstFrame(page);
  await page.waitForTimeout(2000);   // start-up settles (fonts, first layout passes)
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const frames0 = await b.framesDrawn(page);
  const task0 = await b.taskMs(cdp);
  await page.waitForTimeout(seconds * 1000);
  const frames = (await b.framesDrawn(page)) - frames0;
  const taskMs = (await b.taskMs(cdp)) - task0;
  const heap = await page.evaluate(() => (typeof HEAP8 !== 'undefined' ? HEAP8.length : null));
  await context.close();
  return { frames, framesPerSecond: frames / seconds, taskMs, heapBytes: heap };
}

//-----------------------------------------------------------------------------
// Frame cost while busy: the app in a running session (a hold), the example as it always is
//-----------------------------------------------------------------------------

async function busyFrames(browser, server, viewport, dpr, touch, isApp, seconds = 5) {
  const { context, page } = await b.newMeteredPage(browser, viewport, dpr, touch);
  await page.goto(server.url);
  await b.waitFirstFrame(page);
  await page.waitForTimeout(1000);
  if (isApp && !(await b.startSession(page))) {
    await context.close();
    return { missing: 'no running session: the player screen is not built yet' };
  }
  await page.evaluate(() => { window.__benchFrames.times = []; window.__benchFrames.recording = true; });
  await page.waitForTimeout(seconds * 1000);
  const times = await page.evaluate(() => { window.__benchFrames.recording = false; return window.__benchFrames.times; });
  await context.close();
  if (times.length === 0) return { missing: 'no frames drawn during the hold' };
  return { median: b.median(times), p95: b.percentile(times, 0.95), frames: times.length };
}

module.exports = { firstLoad, firstFrame, idle, busyFrames };
