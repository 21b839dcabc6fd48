// Every screen renders at phone and desktop sizes (screenshots kept in tests/e2e/screenshots/), and the
// shortest routine plays from start to summary under Playwright's clock, fast-forwarded.
const { test, expect } = require('@playwright/test');
const path = require('path');
const { PLAN_LINK, openApp, diagnostics, press, widget, expectScreen } = require('./helpers');
const { passSafetyCheck } = require('./flows');

const shots = path.join(__dirname, 'screenshots');
const shoot = (page, info, name) => page.screenshot({ path: path.join(shots, `${info.project.name}-${name}.png`) });

// From Home: the row to tap and the screen id it opens.
const SCREENS = [
  ['Routines', 'routines'], ['Exercises', 'exercises'], ['Build a routine', 'builder'], ['Home care', 'care'],
  ['Progress', 'progress'], ['Lessons', 'lessons'], ['Safety check', 'safety'], ['Settings', 'settings'],
  ['About and safety', 'about'], ['My back has gone', 'episode-start'],
];

test('every screen opens from Home and Esc goes back', async ({ page }, info) => {
  await openApp(page);
  await passSafetyCheck(page);
  await shoot(page, info, 'home');
  for (const [row, id] of SCREENS) {
    await press(page, row);
    await expectScreen(page, id);
    await page.waitForTimeout(250);
    await shoot(page, info, id);
    await page.keyboard.press('Escape');
    await expectScreen(page, 'home');
  }
});

test('a routine shows its steps and total time; Relief now opens the Player in one tap, with its countdown and controls', async ({ page }, info) => {
  await openApp(page);
  await passSafetyCheck(page);
  await press(page, 'Routines');
  await expectScreen(page, 'routines');   // Home has a "Relief now" too: tap the list's row
  await press(page, 'Relief now');
  await expectScreen(page, 'routine');
  await widget(page, 'Start');
  await shoot(page, info, 'routine');
  await press(page, 'Back');
  await expectScreen(page, 'routines');
  await press(page, 'Back');
  await expectScreen(page, 'home');
  await press(page, 'Relief now');   // Home's one tap goes straight to the Player
  await expectScreen(page, 'player');
  for (const name of ['Back', 'Pause', 'Skip', '+10 s', 'Stop, it hurts']) await widget(page, name);
  await page.waitForTimeout(500);
  await shoot(page, info, 'player');
  await press(page, 'Pause');
  await widget(page, 'Resume');
  await press(page, 'Stop, it hurts');
  await expectScreen(page, 'summary');
  await shoot(page, info, 'summary-stopped');
});

test('the shortest routine plays to the end under a fast-forwarded clock and reaches its summary', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  await openApp(page);
  await passSafetyCheck(page);
  await press(page, 'Routines');
  await expectScreen(page, 'routines');
  // Every routine row says its length ("2:11 · ..."); wait until the list is drawn, then take the shortest.
  const timed = () => page.evaluate(() => window.unclench.widgets()
    .map((w) => [w, /(\d+):(\d\d) ·/.exec(w.name)]).filter(([, m]) => m)
    .map(([w, m]) => ({ w, s: Number(m[1]) * 60 + Number(m[2]) })).sort((a, b) => a.s - b.s));
  await expect.poll(async () => (await timed()).length).toBeGreaterThan(5);
  const times = await timed();
  const shortest = times[0];
  expect(shortest.s).toBeGreaterThan(0);
  await press(page, shortest.w.name);
  await expectScreen(page, 'routine');
  await press(page, 'Start');
  // A routine not meant for a fresh spasm asks first (safety.spec.js tests the question itself).
  await expect.poll(async () => (await diagnostics(page)).screen).toMatch(/^(player|spasm-check)$/);
  if ((await diagnostics(page)).screen === 'spasm-check') await press(page, 'No: start ' + shortest.w.name.split('.')[0]);
  await expectScreen(page, 'player');
  // Jump through the routine 5 s at a time (one frame after each jump): the engine derives its phase
  // from the clock, not from frames, so it lands on the right phase every time and ends on time.
  let seen = new Set();
  for (let t = 0; t < shortest.s + 10; t += 5) {
    await page.clock.fastForward(5000);
    await page.waitForTimeout(60);
    const d = await diagnostics(page);
    if (d.screen === 'summary') break;
    seen.add(d.screen);
  }
  expect([...seen]).toEqual(['player']);
  await expectScreen(page, 'summary');
  // Every exercise was done, on time (rating and saving are covered by the accessibility flow, which
  // needs real time for the DOM mirror).
  let names = [];
  for (let i = 0; i < 20 && !names.includes('Save'); i++) {   // frames of the summary itself
    await page.clock.runFor(100);
    names = await page.evaluate(() => window.unclench.widgets().map((w) => w.name));
  }
  const done = names.map((n) => /(\d+) of (\d+) exercises done/.exec(n)).find((m) => m);
  expect(done, names.join(' | ')).toBeTruthy();
  expect(done[1]).toBe(done[2]);
  expect(names).toContain('Save');
  expect(names).toContain('Pain now: 2');
});

test('text at 200% still fits the phone without horizontal overflow', async ({ page }, info) => {
  await openApp(page);
  await passSafetyCheck(page);
  await press(page, 'Settings');
  await press(page, 'Text size: 200%');
  await page.waitForTimeout(300);
  await shoot(page, info, 'settings-200');
  const width = (await diagnostics(page)).canvas.cssWidth;
  const outside = await page.evaluate((w) => window.unclench.widgets().filter((x) => x.x < -1 || x.x + x.w > w + 1).map((x) => x.name), width);
  expect(outside).toEqual([]);
  await press(page, 'Text size: 100%');
});

// The sizes the app must work at: the smallest phone, a landscape phone, a clinic's iframe, a desktop.
for (const [w, h] of [[320, 568], [844, 390], [400, 640], [1920, 1080]]) {
  test(`at ${w}x${h} every screen fits without horizontal overflow and every control is at least 48 px`, async ({ page }, info) => {
    // A 1920-wide touch screen at DPR 3 is no phone (an 18-megapixel canvas in software WebGL takes a
    // second a frame): the desktop project checks this size, and layout is in CSS pixels at any DPR.
    test.skip(w > 1000 && info.project.name === 'phone', 'desktop sizes are checked by the desktop project');
    await page.setViewportSize({ width: w, height: h });
    await openApp(page);
    await passSafetyCheck(page);
    const problems = [];
    let controls = 0;
    const check = async (screen) => {
      for (const x of await page.evaluate(() => window.unclench.widgets())) {
        if (x.role === 'button' || x.role === 'checkbox') controls++;
        if (x.x < -1 || x.x + x.w > w + 1) problems.push(`${screen}: "${x.name}" overflows`);
        const control = x.role === 'button' || x.role === 'checkbox' || x.role === 'link';
        if (control && (x.w < 47.5 || x.h < 47.5)) problems.push(`${screen}: "${x.name}" is ${x.w.toFixed(0)}x${x.h.toFixed(0)}`);
      }
    };
    await check('home');
    for (const [row, id] of SCREENS) {
      await press(page, row);
      await expectScreen(page, id);
      await page.waitForTimeout(200);
      await check(id);
      await page.keyboard.press('Escape');
      await expectScreen(page, 'home');
    }
    await press(page, 'Routines');   // a routine's page: the pain scale's eleven cells
    await expectScreen(page, 'routines');
    await press(page, 'Relief now');
    await expectScreen(page, 'routine');
    await page.waitForTimeout(200);
    await check('routine');
    await page.goto('./' + PLAN_LINK);   // a clinic's plan link
    await expectScreen(page, 'shared-plan');
    await check('shared-plan');
    await press(page, 'Not now');
    await press(page, 'Build a routine');   // the clinic's plan maker: a stepper for every routine
    await press(page, 'Plan for a patient');
    await expectScreen(page, 'plan-maker');
    await check('plan-maker');
    expect(controls).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
}
