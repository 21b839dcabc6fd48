// The app shell: loads cleanly, draws crisp at the device's density, sleeps when idle, answers a tap.
const { test, expect } = require('@playwright/test');
const { builderWithOneExercise } = require('./flows');
const { openApp, diagnostics, press, widget, scrollIntoView, expectScreen } = require('./helpers');

test('loads with no console errors and marks its first frame', async ({ page }) => {
  const errors = await openApp(page);
  const marks = await page.evaluate(() => performance.getEntriesByName('unclench:first-frame').length);
  expect(marks).toBe(1);
  const d = await diagnostics(page);
  expect(d.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(d.screen).toBe('home');
  expect(['local', 'memory']).toContain(d.storage);
  expect(errors).toEqual([]);
});

test('the canvas backing store is its CSS size times the device pixel ratio', async ({ page }, info) => {
  await openApp(page);
  const d = await diagnostics(page);
  const dpr = info.project.use.deviceScaleFactor;
  expect(d.dpr).toBe(dpr);
  expect(d.canvas.cssWidth).toBe(info.project.use.viewport.width);
  expect(d.canvas.width).toBe(Math.round(d.canvas.cssWidth * dpr));
  expect(d.canvas.height).toBe(Math.round(d.canvas.cssHeight * dpr));
  const px = await page.evaluate(() => { const c = document.getElementById('canvas'); return [c.width, c.height]; });
  expect(px).toEqual([d.canvas.width, d.canvas.height]);
});

test('an idle app draws at most 5 frames in 5 seconds', async ({ page }) => {
  await openApp(page);
  await page.waitForTimeout(1000);
  const before = (await diagnostics(page)).framesDrawn;
  await page.waitForTimeout(5000);
  const after = (await diagnostics(page)).framesDrawn;
  expect(after - before).toBeLessThanOrEqual(5);
});

test('the first tap on a button opens its screen', async ({ page }) => {
  await openApp(page);
  await page.waitForTimeout(300);
  await press(page, 'About and safety');
  await expectScreen(page, 'about');
  await press(page, 'Back');
  await expectScreen(page, 'home');
});

test('a resize redraws at the new size without waiting for input', async ({ page }) => {
  await openApp(page);
  await page.setViewportSize({ width: 700, height: 500 });
  await expect.poll(async () => (await diagnostics(page)).canvas.cssWidth).toBe(700);
  const d = await diagnostics(page);
  expect(d.canvas.width).toBe(Math.round(700 * d.dpr));
});

test('a change of pixel density (browser zoom, another screen) redraws crisp at the new ratio', async ({ page, isMobile }) => {
  await openApp(page);
  const vp = page.viewportSize();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: vp.width, height: vp.height, deviceScaleFactor: 2, mobile: isMobile });
  await expect.poll(async () => (await diagnostics(page)).dpr).toBe(2);
  const d = await diagnostics(page);
  expect(d.canvas.width).toBe(Math.round(d.canvas.cssWidth * 2));
  expect(await page.evaluate(() => document.getElementById('canvas').width)).toBe(d.canvas.width);
  await press(page, 'Settings');   // and input still maps to the right place
  await expectScreen(page, 'settings');
});

test('pinch-zoomed in, a tap still lands on the control under the finger', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'pinch zoom is a touch gesture: the phone project');
  await openApp(page);
  await page.waitForTimeout(300);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 2 });
  // The zoomed view shows the top-left quarter of the page, the Routines row's left end among it.
  // Touches arrive in page (layout) coordinates whatever the zoom; the app must map them the same way.
  const row = await widget(page, 'Routines');
  const vv = await page.evaluate(() => ({ x: visualViewport.pageLeft, y: visualViewport.pageTop, w: visualViewport.width,
                                          h: visualViewport.height, scale: visualViewport.scale }));
  expect(vv.scale).toBe(2);
  const x = row.x + 40, y = row.y + row.h / 2;
  expect(x - vv.x).toBeLessThan(vv.w);   // where the finger is, on what the person sees
  expect(y - vv.y).toBeLessThan(vv.h);
  await page.touchscreen.tap(x, y);
  await expectScreen(page, 'routines');
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: 1 });
});

test('on a phone, tapping a text field focuses the page\'s text input (the keyboard) and typing fills the field', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'the on-screen keyboard is a phone matter');
  await openApp(page);
  await press(page, 'Relief now');
  await expectScreen(page, 'player');
  await press(page, 'Stop, it hurts');
  await expectScreen(page, 'summary');
  await press(page, 'Note (optional)');
  // The hidden <input> takes focus inside the tap, which is what makes a phone raise its keyboard.
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('text-input');
  expect(await page.evaluate(() => document.getElementById('text-input').type)).toBe('text');
  await page.keyboard.insertText('Easier after the walk');
  await expect(page.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('Easier after the walk');
  await press(page, 'Save');
  await expectScreen(page, 'home');
  const history = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/v2/h/')).map((k) => localStorage.getItem(k)).join(''));
  expect(history).toContain('Easier after the walk');
  // Away from text fields the keyboard goes down.
  expect(await page.evaluate(() => document.activeElement && document.activeElement.id)).not.toBe('text-input');
});

// A person in pain presses slowly. Leaving a text field blurs the hidden keyboard input; that blur was
// taken for the page losing focus, which makes ImGui drop the mouse, so the release of a press held
// past a frame never reached the button (found as a lost "Save routine" in the phone share tests).
test('a slow press on a button while a text field is being edited is not lost', async ({ page }) => {
  await openApp(page);
  await builderWithOneExercise(page);
  await press(page, 'Name');
  await expect.poll(() => page.evaluate(() => document.activeElement && document.activeElement.id)).toBe('text-input');
  await page.keyboard.type(' for mornings');
  const w = await scrollIntoView(page, 'Save routine');
  const x = w.x + w.w / 2, y = w.y + w.h / 2;
  const touch = await page.evaluate(() => navigator.maxTouchPoints > 0);
  if (touch) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 3; i++) {   // a finger held down trembles a little: each move draws a frame
      await page.waitForTimeout(80);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (i % 2), y }] });
    }
    await page.waitForTimeout(80);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  } else {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 3; i++) {
      await page.waitForTimeout(80);
      await page.mouse.move(x + (i % 2), y);
    }
    await page.waitForTimeout(80);
    await page.mouse.up();
  }
  await widget(page, 'Share this routine');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith('/routines'))
    .map((k) => localStorage.getItem(k)).join(''))).toContain('My routine for mornings');
});
