// The exercise library: every catalogue exercise is listed and opens a detail screen with its figure;
// the figure moves, and stands still (drawing nothing while idle) when reduced motion is asked for.
const { test, expect } = require('@playwright/test');
const fs = require('fs');
const path = require('path');
const { openApp, diagnostics, widget, press, expectScreen } = require('./helpers');

const catalogue = require('../../assets/catalogue.json');
const shots = path.join(__dirname, 'screenshots');

const framesDrawn = async (page) => (await diagnostics(page)).framesDrawn;

// Waits until the app has drawn a frame after now, so widget rectangles are fresh.
async function nextFrame(page) {
  const f0 = await framesDrawn(page);
  await expect.poll(() => framesDrawn(page)).toBeGreaterThan(f0);
}

// Scrolls the screen's column with the mouse wheel until the widget is fully on screen and still.
async function scrollTo(page, name) {
  const { width: vw, height: vh } = page.viewportSize();
  let last = null;
  for (let i = 0; i < 40; i++) {
    const w = await widget(page, name);
    const visible = w.y >= 70 && w.y + w.h <= vh - 10;
    if (visible && last && last.y === w.y) return w;
    last = w;
    if (visible) { await page.waitForTimeout(150); continue; }
    await page.mouse.move(vw / 2, vh / 2);
    const drawn = nextFrame(page);
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, w.y + w.h / 2 - vh / 2)));
    await drawn;
  }
  throw new Error(`could not scroll to ${name}`);
}

const headings = (page) => page.evaluate(() => window.unclench.widgets().filter((w) => w.role === 'heading').map((w) => w.name));

test('every catalogue exercise opens from the list and shows its figure', async ({ page }, info) => {
  test.setTimeout(600_000);   // 18 screens; the phone project draws at 3x density in software
  await page.emulateMedia({ reducedMotion: 'reduce' });   // the target pose, still: steady screenshots
  const errors = await openApp(page);
  fs.mkdirSync(shots, { recursive: true });
  await press(page, 'Exercises');
  await expectScreen(page, 'exercises');
  for (const e of catalogue.exercises) {
    await scrollTo(page, e.name);
    await press(page, e.name);
    await expectScreen(page, 'exercise');
    await expect.poll(() => headings(page)).toContain(e.name);
    await expect.poll(() => headings(page)).toContain('Steps');
    const vw = page.viewportSize().width;
    await page.screenshot({ path: path.join(shots, `figure-${e.id}-${info.project.name}.png`),
                            clip: { x: 0, y: 0, width: vw, height: Math.min(page.viewportSize().height, 470) } });
    await press(page, 'Back');
    await expectScreen(page, 'exercises');
  }
  expect(errors).toEqual([]);
});

test('the detail figure animates, and stops drawing with reduced motion', async ({ page }) => {
  await openApp(page);
  await press(page, 'Exercises');
  const first = catalogue.exercises[0];
  await press(page, first.name);
  await expectScreen(page, 'exercise');
  const moving0 = (await diagnostics(page)).framesDrawn;
  await page.waitForTimeout(2000);
  expect((await diagnostics(page)).framesDrawn - moving0).toBeGreaterThan(3);   // software WebGL at 3x density is slow

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.mouse.move(5, 300);   // any input makes a frame that reads the new preference
  await page.waitForTimeout(2500);
  const still0 = (await diagnostics(page)).framesDrawn;
  await page.waitForTimeout(3000);
  expect((await diagnostics(page)).framesDrawn - still0).toBeLessThanOrEqual(2);
  expect(await diagnostics(page)).toMatchObject({ screen: 'exercise' });
});

test('the list groups exercises under their kinds', async ({ page }) => {
  await openApp(page);
  await press(page, 'Exercises');
  await expectScreen(page, 'exercises');
  const names = await headings(page);
  for (const h of ['Stretches', 'Gentle movement', 'Strength', 'Relaxation']) expect(names).toContain(h);
});
