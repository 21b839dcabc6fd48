// A session survives a reload: a phone that discards the hidden tab, or a person who closes it by
// mistake, finds the session where the clock says it is. Real localStorage, real reloads.
const { test, expect } = require('@playwright/test');
const { openApp, press, widget, expectScreen, diagnostics } = require('./helpers');

const KEY = 'unclench/default/v2/session';
const session = async (page) => (await diagnostics(page)).session;

async function reloadApp(page) {
  await page.reload();
  await page.waitForFunction(() => { try { return window.unclench.diagnostics().framesDrawn > 0; } catch (e) { return false; } });
}

async function startRelief(page) {
  await openApp(page);
  await press(page, 'Relief now');
  await expectScreen(page, 'player');
  await expect.poll(async () => (await session(page)) !== null).toBe(true);
}

test('a running session comes back where the clock says, paused there until Resume', async ({ page }) => {
  await startRelief(page);
  await press(page, 'Skip');   // past "get ready", into the first exercise
  await expect.poll(async () => (await session(page)).phaseIndex).toBe(1);
  const before = await session(page);
  const at = Date.now();
  await page.waitForTimeout(3000);
  await reloadApp(page);
  await expectScreen(page, 'player');
  const after = await session(page);
  const passed = Date.now() - at;
  expect(after.routine).toBe('relief-now');
  expect(after.phaseIndex).toBe(1);
  // The session went on while the page was gone: time left fell by the time that passed...
  const fell = before.sessionRemainingMs - after.sessionRemainingMs;
  expect(fell).toBeGreaterThan(2500);
  expect(fell).toBeLessThanOrEqual(passed + 200);
  // ...and it waits there, saying why, for a tap that also lets the browser play sound again.
  expect(after.paused).toBe(true);
  await widget(page, 'The page reloaded, so the session paused here. Tap Resume to go on.');
  await page.waitForTimeout(500);
  expect((await session(page)).sessionRemainingMs).toBe(after.sessionRemainingMs);
  await press(page, 'Resume');
  await expect.poll(async () => (await session(page)).sessionRemainingMs).toBeLessThan(after.sessionRemainingMs - 500);
});

test('a paused session comes back paused, with the same time left, and resumes', async ({ page }) => {
  await startRelief(page);
  await press(page, 'Pause');
  await expect.poll(async () => (await session(page)).paused).toBe(true);
  const before = await session(page);
  await page.waitForTimeout(1500);
  await reloadApp(page);
  await expectScreen(page, 'player');
  const after = await session(page);
  expect(after.paused).toBe(true);
  expect(after.sessionRemainingMs).toBe(before.sessionRemainingMs);
  await press(page, 'Resume');
  await expect.poll(async () => (await session(page)).paused).toBe(false);
});

test('a session stopped and saved is not resumed, and nothing of it is kept', async ({ page }) => {
  await startRelief(page);
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  await press(page, 'Stop, it hurts');
  await expectScreen(page, 'summary');
  await press(page, 'Save');
  await expectScreen(page, 'home');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await reloadApp(page);
  await expectScreen(page, 'home');
  expect(await session(page)).toBeNull();
});

test('a session stopped before the reload comes back to its summary, to be saved', async ({ page }) => {
  await startRelief(page);
  await press(page, 'Stop, it hurts');
  await expectScreen(page, 'summary');
  await reloadApp(page);
  await expectScreen(page, 'summary');
  await press(page, 'Save');
  await expectScreen(page, 'home');
  const months = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/v2/h/')).length);
  expect(months).toBe(1);
});

test('a damaged, foreign or stale kept session is dropped quietly and the app opens at Home', async ({ page }) => {
  await startRelief(page);
  const kept = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  const stale = { ...kept, clock: { ...kept.clock, wall_ms: kept.clock.wall_ms - 13 * 3600 * 1000 } };
  const noRoutine = { ...kept, routine: { id: 'gone', name: 'Gone', steps: [{ exercise: 'no-such-move' }] } };
  for (const bad of ['{not json', JSON.stringify({ ...kept, version: 99 }), JSON.stringify(noRoutine), JSON.stringify(stale)]) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, bad]);
    await reloadApp(page);
    await expectScreen(page, 'home');
    expect(await session(page)).toBeNull();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  }
  // The same record, untouched, does resume: what was refused above was the damage.
  kept.clock.wall_ms = Date.now() - 1000;
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(kept)]);
  await reloadApp(page);
  await expectScreen(page, 'player');
});
