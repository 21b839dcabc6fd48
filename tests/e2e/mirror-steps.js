// Steps for the accessibility tests: everything through the DOM mirror (web/a11y.js) by role and
// accessible name, as a keyboard or screen-reader user would, never by canvas coordinates.
const { expect } = require('@playwright/test');
const { diagnostics } = require('./helpers');

const mirror = (page) => page.locator('#a11y');

// Focus the element and press Enter: the browser turns it into a click on a real <button>.
async function activate(page, role, name) {
  const el = mirror(page).getByRole(role, { name });
  await expect(el).toHaveCount(1);
  if (role === 'checkbox') await el.press('Space');
  else await el.press('Enter');
}

const pressButton = (page, name) => activate(page, 'button', name);

async function onScreen(page, id) {
  await expect.poll(async () => (await diagnostics(page)).screen, { message: 'screen ' + id }).toBe(id);
}

// The first-run safety check, answered "none of these" through the mirror. Opens it from Home when
// the app did not open it by itself.
async function passSafetyCheck(page) {
  const d = await diagnostics(page);
  if (d.screen !== 'safety') {
    await pressButton(page, /^Safety check/);
    await onScreen(page, 'safety');
  }
  const change = mirror(page).getByRole('button', { name: 'Change my answers' });
  if (await change.count()) await change.press('Enter');
  await pressButton(page, 'None of these');   // the emergency signs
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today if' })).toHaveCount(1);
  await pressButton(page, 'None of these');   // the rest
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);
  await pressButton(page, 'Continue');
}

// "My back has gone" from Home with the pain rated, then the emergency signs asked again: day 1 of a
// plan. `page` may be a frame (an embedding clinic's iframe).
async function startEpisode(page, pain) {
  await pressButton(page, /^My back has gone/);
  await onScreen(page, 'episode-start');
  await activate(page, 'checkbox', `How bad is it now?: ${pain}`);
  await pressButton(page, /^Start my plan/);
  await onScreen(page, 'safety');
  await pressButton(page, 'None of these');
  await pressButton(page, 'Continue');
  await onScreen(page, 'home');
}

module.exports = { mirror, activate, pressButton, onScreen, passSafetyCheck, startEpisode };
