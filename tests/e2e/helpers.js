// Shared steps for the browser tests: open the app and wait for its first frame, find and tap widgets
// by their accessible names (from window.unclench.widgets()), and read diagnostics.
const { expect } = require('@playwright/test');

async function openApp(page, url = './') {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0, null, { timeout: 30_000 });
  return errors;
}

const diagnostics = (page) => page.evaluate(() => window.unclench.diagnostics());

async function widget(page, name) {
  const handle = await page.waitForFunction((n) => window.unclench.widgets().find((w) => w.name === n || w.name.startsWith(n + '.')), name);
  return handle.jsonValue();
}

// Taps (touch projects) or clicks (desktop) the middle of a widget drawn on the canvas.
async function press(page, name) {
  const w = await widget(page, name);
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  const touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

async function expectScreen(page, id) {
  await expect.poll(async () => (await diagnostics(page)).screen).toBe(id);
}

module.exports = { openApp, diagnostics, widget, press, expectScreen };
