// The session timer across a REALLY hidden tab: our own Chromium over CDP (Playwright's launch() keeps
// every tab visible and unthrottled), a session started, a second tab brought to front for `seconds`,
// then back. The countdown's second boundaries are the yardstick: the wall time between a tick seen
// before hiding and one seen after return must equal the seconds the countdown moved.
'use strict';
const { chromium } = require('playwright-core');
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const b = require('./browser');

// Resolves at the next one-second step of the countdown shown by the player (a widget's m:ss,
// preferring one named "... left" or "... remaining"), with the wall time of the frame that showed it.
// Only a step of exactly one second is a boundary seen as it happens: the first frame after the tab
// returns jumps by the whole hidden time at whatever moment it is drawn, so it is not one.
function nextTick() {
  const read = () => {
    const all = window.unclench.widgets().filter((w) => /\d+:\d\d/.test(w.name));
    const w = all.find((x) => /left|remaining/i.test(x.name)) || all[0];
    if (!w) return null;
    const m = w.name.match(/(\d+):(\d\d)/);
    return 60 * Number(m[1]) + Number(m[2]);
  };
  return new Promise((resolve) => {
    let last = read();
    const poll = () => {
      const v = read();
      if (v !== null && last !== null && v === last - 1) resolve({ value: v, previous: last, wall: Date.now() });
      else { last = v; requestAnimationFrame(poll); }
    };
    requestAnimationFrame(poll);
    setTimeout(() => resolve(null), 5000);
  });
}

async function hiddenTimer(appUrl, seconds, port) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'unclench-bench-'));
  const proc = spawn(b.CHROMIUM, ['--headless', '--no-sandbox', '--remote-debugging-address=127.0.0.1',
    `--remote-debugging-port=${port}`, `--user-data-dir=${dataDir}`, '--window-size=1280,800', ...b.ARGS, 'about:blank'],
  { stdio: 'ignore' });
  try {
    let browser;
    for (let i = 0; i < 50 && !browser; i++) {
      try { browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`, { noDefaults: true }); } catch (e) { await new Promise((r) => setTimeout(r, 200)); }
    }
    if (!browser) return { missing: 'could not attach to Chromium' };
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(appUrl);
    await page.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0, null, { timeout: 30_000 });
    if (!(await b.startSession(page))) return { missing: 'no running session: the player screen is not built yet' };
    const before = await page.evaluate(nextTick);
    if (!before) return { missing: 'the player shows no m:ss countdown' };

    const other = await context.newPage();
    await other.bringToFront();
    await other.waitForTimeout(500);
    const hidden = await page.evaluate(() => document.visibilityState);
    if (hidden !== 'hidden') return { missing: `the tab did not become hidden (${hidden})` };
    await other.waitForTimeout(seconds * 1000);
    await page.bringToFront();
    const after = await page.evaluate(nextTick);
    if (!after) return { missing: 'the countdown did not move after return' };
    const wallMs = after.wall - before.wall;
    const shownMs = 1000 * (before.value - after.value);
    return { errorMs: Math.abs(wallMs - shownMs), wallMs, shownMs, hiddenS: seconds };
  } finally {
    proc.kill();
  }
}

module.exports = { hiddenTimer };
