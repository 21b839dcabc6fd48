// The App is the only writer of state and runs its work on every screen: a care timer ends on time
// while another screen is shown, and a save refused by a full quota is said on the screen that saved.
const { test, expect } = require('@playwright/test');
const config = require('./playwright.config.js');
const { builderWithOneExercise } = require('./flows');
const { pressButton } = require('./mirror-steps');
const { openApp, press, widget, expectScreen } = require('./helpers');
const { installCueRecorders, timerStatus, openAppWithFakeClock } = require('./cue_hooks');

test.use({
  timezoneId: 'UTC',
  launchOptions: { ...config.use.launchOptions, args: [...config.use.launchOptions.args, '--autoplay-policy=no-user-gesture-required'] },
});

const MIN = 60_000;
const storedCare = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((k) => /\/v2\/h\/\d{4}-\d\d$/.test(k)).map((k) => localStorage.getItem(k)).join(''));

test('a cold pack ends with its history entry and the screen let go while Settings is shown', async ({ page }) => {
  await page.addInitScript(installCueRecorders);
  await page.clock.install({ time: new Date('2026-03-02T09:00:00Z') });
  await openAppWithFakeClock(page);
  await press(page, 'Home care');
  await expectScreen(page, 'care');
  await press(page, 'Cold pack');
  await expectScreen(page, 'care-timer');
  await press(page, 'Start 15 min timer');
  await expect.poll(() => timerStatus(page)).toMatch(/left/);
  await expect.poll(() => page.evaluate(() => window.__cues.wake.requests)).toBe(1);
  await press(page, 'Back');
  await expectScreen(page, 'care');
  await press(page, 'Back');
  await expectScreen(page, 'home');
  await press(page, 'Settings');
  await expectScreen(page, 'settings');

  await page.clock.fastForward(15 * MIN + 2000);
  // Nothing is touched: the screen stays on Settings while the timer's end is handled.
  await expect.poll(() => page.evaluate(() => window.__cues.wake.releases)).toBe(1);
  await expect.poll(() => storedCare(page)).toContain('cold-pack');
  expect((await page.evaluate(() => window.unclench.diagnostics())).screen).toBe('settings');
});

// After `allowed` writes of the app's keys, every further write throws QuotaExceededError.
const fullAfterLoad = () => {
  const set = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    if (String(k).startsWith('unclench/') && window.__full) throw new DOMException('full', 'QuotaExceededError');
    return set.call(this, k, v);
  };
};

test('a routine saved into a full quota shows the notice on the builder, and is kept', async ({ page }) => {
  await page.addInitScript(fullAfterLoad);
  await openApp(page);
  await builderWithOneExercise(page);
  await page.evaluate(() => { window.__full = true; });
  // Through the accessibility mirror's real button: this test is about the notice, not the tap.
  await pressButton(page, 'Save routine');
  await widget(page, 'This device\'s storage for Unclench is full');
  expect((await page.evaluate(() => window.unclench.diagnostics())).screen).toBe('builder');
  // Kept in memory: the routine is offered for sharing and listed, though not yet stored.
  await widget(page, 'Share this routine');
});
