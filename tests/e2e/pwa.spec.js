// Installable and offline: the manifest and its icons, Chrome's own installability check, a reload
// with no network served by the service worker, and the update note that waits for a tap.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');
const { openApp, diagnostics } = require('./helpers');

// Width and height from a PNG's IHDR chunk.
function pngSize(buf) {
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
}

test('the manifest has what an installable app needs, and every icon is a PNG of its stated size', async ({ page, request }) => {
  await openApp(page);
  const href = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
  const res = await request.get(href);
  expect(res.ok()).toBe(true);
  const m = await res.json();
  expect(m.name).toContain('Unclench');
  expect(m.short_name).toBe('Unclench');
  expect(m.description.length).toBeGreaterThan(20);
  expect(m.start_url).toBe('./');
  expect(m.scope).toBe('./');
  expect(m.display).toBe('standalone');
  expect(m.theme_color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  expect(m.background_color).toMatch(/^#[0-9A-Fa-f]{6}$/);
  const pngs = m.icons.filter((i) => i.type === 'image/png');
  for (const [size, purpose] of [[192, 'any'], [512, 'any'], [192, 'maskable'], [512, 'maskable']]) {
    expect(pngs.some((i) => i.sizes === `${size}x${size}` && i.purpose === purpose)).toBe(true);
  }
  for (const icon of pngs) {
    const body = await (await request.get(new URL(icon.src, href).href)).body();
    const n = Number(icon.sizes.split('x')[0]);
    expect(pngSize(body)).toEqual([n, n]);
  }
  const apple = await page.evaluate(() => document.querySelector('link[rel=apple-touch-icon]').href);
  expect(pngSize(await (await request.get(apple)).body())).toEqual([180, 180]);
  const ios = await page.evaluate(() => document.querySelector('meta[name=apple-mobile-web-app-capable]').content);
  expect(ios).toBe('yes');
});

test('Chrome reports no installability errors once the worker controls the page', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one browser check is enough');
  await openApp(page);
  await waitForWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like, where Chrome never installs; every other check must pass.
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
});

test('with the network off, a reload still opens and runs the app', async ({ page, context }) => {
  await openApp(page);
  await waitForWorker(page);
  // The worker precached this build under a versioned name.
  const caches = await page.evaluate(() => caches.keys());
  expect(caches.some((n) => /^unclench-[0-9a-f]{16}$/.test(n))).toBe(true);
  await context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0, null, { timeout: 30_000 });
    expect((await diagnostics(page)).screen).toBe('home');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  } finally {
    await context.setOffline(false);
  }
});

// A new build (a changed sw.js) installs beside the running one; the page offers it and reloads only
// when asked. The test changes the served sw.js for a moment and puts it back.
test('a new version is offered with a Reload button and never reloads by itself', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'writes to the served folder: one project only');
  const dist = path.resolve(__dirname, '../..', process.env.UNCLENCH_DIST || 'dist');
  const sw = path.join(dist, 'sw.js');
  const original = fs.readFileSync(sw, 'utf8');
  await openApp(page);
  await waitForWorker(page);
  const before = await page.evaluate(() => performance.timeOrigin);
  try {
    fs.writeFileSync(sw, original.replace(/const BUILD = '([^']*)'/, "const BUILD = '$1-next'"));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const toast = page.locator('#update-toast');
    await expect(toast).toBeVisible({ timeout: 20_000 });
    await expect(toast).toContainText('New version ready');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(before);   // no reload on its own
    await Promise.all([page.waitForEvent('load'), toast.getByRole('button', { name: 'Reload' }).click()]);
    expect(await page.evaluate(() => performance.timeOrigin)).not.toBe(before);
    const names = await page.evaluate(() => caches.keys());
    expect(names.some((n) => n.endsWith('-next'))).toBe(true);
  } finally {
    fs.writeFileSync(sw, original);
  }
});
