// Steps several browser tests share: getting past the first-run safety check with every answer "no",
// by tapping the canvas as a touch or mouse user would.
const { expect } = require('@playwright/test');
const { diagnostics, press, widget, expectScreen, settled } = require('./helpers');

async function passSafetyCheck(page) {
  await page.waitForTimeout(300);
  if ((await diagnostics(page)).screen !== 'safety') return;
  await press(page, 'None of these');            // the emergency signs
  await widget(page, 'See a doctor today if');
  await settled(page);                           // a new step's first frames still lay it out
  await press(page, 'None of these');            // the rest
  await widget(page, 'Continue');
  await press(page, 'Continue');
  await expectScreen(page, 'home');
  expect((await diagnostics(page)).screen).toBe('home');
}

// Opens the builder and adds the first exercise of the picker, back on the builder with its step open.
async function builderWithOneExercise(page) {
  await press(page, 'Build a routine');
  await expectScreen(page, 'builder');
  await press(page, 'Add exercise');
  await widget(page, 'Tap one to add it to the end of your routine.');
  await settled(page);   // the picker opens scrolled to its top a frame later
  const rows = (await page.evaluate(() => window.unclench.widgets())).filter((w) => w.role === 'button' && w.name !== 'Back');
  await press(page, rows[0].name);
  await press(page, 'Done');
  // The step's card closes a frame or more after the tap: until then every control below it is about
  // to move up, and a tap aimed now would land on what moves into its place.
  await page.waitForFunction(() => !window.unclench.widgets().some((w) => w.name === 'Done'));
  await expectScreen(page, 'builder');
  await idle(page);
}

// The app draws no frames when nothing changes: once none is drawn for 400 ms, every tap has been
// seen and every control stands where it will be tapped.
async function idle(page) {
  const frames = () => page.evaluate(() => window.unclench.diagnostics().framesDrawn);
  let last = await frames();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(400);
    const now = await frames();
    if (now === last) return;
    last = now;
  }
}

module.exports = { passSafetyCheck, builderWithOneExercise, idle };
