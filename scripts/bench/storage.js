// Storage in the wasm build, in the browser: 1, 5 and 10 years of made-up history (the core's
// make_synthetic_history, dumped by the native storage_bench tool) put into localStorage, then the
// app's own start-up load timed by its performance marks, and one session saved through the UI.
'use strict';
const { execFileSync } = require('child_process');
const b = require('./browser');

const markSpan = (page, name) => page.evaluate((n) => {
  const s = performance.getEntriesByName(`unclench:${n}-start`)[0], e = performance.getEntriesByName(`unclench:${n}-end`)[0];
  return s && e ? e.startTime - s.startTime : null;
}, name);

// Ends the running session ("Stop, it hurts") and saves it from the summary screen: the save is timed
// by the app's own marks around ProgressStore::add_session. Returns null when it could not be done.
async function endAndSave(page) {
  try {
    await b.pressButton(page, /^Stop, it hurts/);
    await b.waitScreen(page, ['summary']);
    await b.pressButton(page, 'Save');
    await page.waitForFunction(() => performance.getEntriesByName('unclench:save-session-end').length > 0, null, { timeout: 5000 });
    return markSpan(page, 'save-session');
  } catch (e) {
    return null;
  }
}

async function storageYears(browser, server, storageBench, years, loads = 5) {
  const items = JSON.parse(execFileSync(storageBench, ['--dump-years', String(years)], { maxBuffer: 64 << 20 }).toString());
  const { context, page } = await b.newMeteredPage(browser);
  await page.goto(server.url);
  await b.waitFirstFrame(page);
  const units = await page.evaluate((kv) => {
    localStorage.clear();
    let n = 0;
    for (const [k, v] of Object.entries(kv)) { localStorage.setItem(k, v); n += k.length + v.length; }
    return n;
  }, items);
  const times = [];
  for (let i = 0; i < loads; i++) {
    await page.reload();
    await b.waitFirstFrame(page);
    times.push(await markSpan(page, 'progress-load'));
  }
  const storage = await page.evaluate(() => window.unclench.diagnostics().storage);
  let saveMs = null;
  if (await b.startSession(page)) saveMs = await endAndSave(page);
  await context.close();
  return { years, units, loadMs: b.median(times), saveMs, storage };
}

module.exports = { storageYears };
