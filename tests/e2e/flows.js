// Steps several browser tests share: getting past the first-run safety check with every answer "no".
const { diagnostics, press, expectScreen } = require('./helpers');

async function passSafetyCheck(page) {
  await page.waitForTimeout(300);
  if ((await diagnostics(page)).screen !== 'safety') return;
  await press(page, 'None of these');
  await page.waitForTimeout(300);
  const names = await page.evaluate(() => window.unclench.widgets().map((w) => w.name));
  const go = names.find((n) => /^(Continue|Start|Done|Go to home)/i.test(n));
  if (go) await press(page, go);
  await expectScreen(page, 'home');
}

module.exports = { passSafetyCheck };
