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

module.exports = { passSafetyCheck };
