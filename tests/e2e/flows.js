// Steps several browser tests share: getting past the first-run safety check with every answer "no",
// by tapping the canvas as a touch or mouse user would.
const { expect } = require('@playwright/test');
const { diagnostics, press, widget, expectScreen } = require('./helpers');

async function passSafetyCheck(page) {
  await page.waitForTimeout(300);
  if ((await diagnostics(page)).screen !== 'safety') return;
  await press(page, 'None of these apply to me');
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
  const rows = (await page.evaluate(() => window.unclench.widgets())).filter((w) => w.role === 'button' && w.name !== 'Back');
  await press(page, rows[0].name);
  await press(page, 'Done');
  await expectScreen(page, 'builder');
}

module.exports = { passSafetyCheck, builderWithOneExercise };
