// Sharing a routine: build one, share it as a link (compact, with a QR code and a handout), open the
// link on another device, preview, import; broken links get a plain message and change nothing.
const { test, expect } = require('@playwright/test');
const { openApp, diagnostics, widget, press, expectScreen } = require('./helpers');

const widgets = (page) => page.evaluate(() => window.unclench.widgets());

// Adds the n-th exercise of the picker list (the rows after the Back button).
async function addExercise(page, n) {
  await press(page, 'Add exercise');
  await widget(page, 'Tap one to add it to the end of your routine.');
  const rows = (await widgets(page)).filter((w) => w.role === 'button' && w.name !== 'Back');
  await press(page, rows[n].name);
  await widget(page, 'Done');   // back on the builder with the new step open
  await press(page, 'Done');
  await page.waitForFunction(() => !window.unclench.widgets().some((w) => w.name === 'Done'));   // closed
}
async function buildAndShare(page, count) {
  test.setTimeout(300_000);   // many taps; slow on the emulated phone's software renderer
  await openApp(page);
  await press(page, 'Build a routine');
  await expectScreen(page, 'builder');
  for (let i = 0; i < count; i++) await addExercise(page, i);
  await press(page, 'Save routine');
  await press(page, 'Share this routine');
  await expectScreen(page, 'share');
  const status = await page.waitForFunction(() => window.unclench.widgets().find((w) => w.name.startsWith('Share link: ')));
  return (await status.jsonValue()).name.slice('Share link: '.length);
}

test('a six-exercise routine becomes a short link that imports on another device', async ({ page, browser, baseURL }) => {
  const url = await buildAndShare(page, 6);
  const fragment = new URL(url).hash;
  expect(fragment).toMatch(/^#r=1\.[A-Za-z0-9_-]+$/);
  expect(fragment.length).toBeLessThanOrEqual(600);
  expect((await widgets(page)).some((w) => w.name === 'QR code for the link')).toBe(true);

  const other = await browser.newContext({ baseURL });   // a different phone: empty storage
  const phone = await other.newPage();
  await openApp(phone, url);
  await expectScreen(phone, 'shared-routine');
  await widget(phone, 'My routine');
  expect((await widgets(phone)).filter((w) => w.role === 'heading').length).toBeGreaterThanOrEqual(1);
  await press(phone, 'Save to my routines');
  await expectScreen(phone, 'routine');
  expect(await phone.evaluate(() => location.hash)).toBe('');
  const stored = await phone.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('/routines')).map((k) => localStorage.getItem(k)).join(''));
  const routines = JSON.parse(stored);
  expect(routines).toHaveLength(1);
  expect(routines[0].name).toBe('My routine');
  expect(routines[0].steps).toHaveLength(6);
  await other.close();
});

test('the printable handout shows the routine and its QR code', async ({ page, context }) => {
  await buildAndShare(page, 2);
  const [handout] = await Promise.all([context.waitForEvent('page'), press(page, 'Printable handout')]);
  await handout.waitForLoadState();
  await expect(handout.locator('#title')).toHaveText('My routine');
  await expect(handout.locator('#steps > li')).toHaveCount(2);
  await expect(handout.locator('#qr svg path')).toHaveCount(1);
  await expect(handout.locator('#link')).toContainText('#r=1.');
});

test('a link opened into the running app is previewed too', async ({ page }) => {
  const url = await buildAndShare(page, 1);
  // Each tap is seen before the next: ImGui takes one button change per frame, so a tap sent before
  // the link could otherwise land on the preview's own Back button.
  await press(page, 'Back');
  await expectScreen(page, 'builder');
  await press(page, 'Back');
  await expectScreen(page, 'home');
  await page.evaluate((h) => { location.hash = h; }, new URL(url).hash);
  await expectScreen(page, 'shared-routine');
  await widget(page, 'Save to my routines');
});

for (const [what, hash, error] of [
  ['malformed', '#r=1.abc*def', 'malformed'],
  ['cut short', '#r=1.AAAA', 'malformed'],
  ['oversized', '#r=1.' + 'A'.repeat(2100), 'oversized'],
  ['from a newer version', '#r=9.AAAA', 'unknown version'],
]) {
  test(`a ${what} link shows a clear message and saves nothing`, async ({ page }) => {
    await openApp(page, './' + hash);
    await expectScreen(page, 'shared-routine');
    await widget(page, `Link error: ${error}`);
    expect((await widgets(page)).some((w) => w.name === 'Save to my routines')).toBe(false);
    await press(page, 'Go to Home');
    await expectScreen(page, 'home');
    expect(await page.evaluate(() => location.hash)).toBe('');
  });
}

test('a tampered link is caught by its checksum', async ({ page, browser, baseURL }) => {
  const url = await buildAndShare(page, 2);
  const u = new URL(url);
  const code = u.hash;
  const i = Math.floor(code.length * 0.6);
  const flipped = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
  const other = await browser.newContext({ baseURL });
  const phone = await other.newPage();
  await openApp(phone, './' + flipped);
  await expectScreen(phone, 'shared-routine');
  await widget(phone, 'Link error: tampered');
  await other.close();
});
