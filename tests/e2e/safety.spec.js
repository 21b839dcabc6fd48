// The safety check: plain yes/no questions, a "none of these" fast path, advice by urgency, a clinician
// confirmation that unlocks routines, answers kept in storage and shown again. Driven through the mirror.
const { test, expect } = require('@playwright/test');
const { openApp, diagnostics } = require('./helpers');
const { mirror, activate, pressButton, onScreen, passSafetyCheck } = require('./mirror-steps');

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('unclench/default/v2/safety') || 'null'));

async function openCheck(page) {
  await openApp(page, './', { firstRun: true });
  if ((await diagnostics(page)).screen !== 'safety') {
    await pressButton(page, /^Safety check/);
    await onScreen(page, 'safety');
  }
}

test('the first run opens the safety check before anything else', async ({ page }) => {
  await openApp(page, './', { firstRun: true });
  await onScreen(page, 'safety');
  await expect(mirror(page).getByText(/^Not medical advice/)).toHaveCount(1);
});

test('"none of these" saves every answer as no, says you can start, and is remembered', async ({ page }) => {
  await openCheck(page);
  await expect(mirror(page).getByText(/^Not medical advice/).first()).toBeAttached();
  await pressButton(page, 'None of these apply to me');
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);
  const rec = await stored(page);
  expect(rec.answers.length).toBeGreaterThanOrEqual(12);
  expect(rec.answers.every((a) => a[1] === 0)).toBe(true);
  await pressButton(page, 'Continue');
  await onScreen(page, 'home');

  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('unclench:first-frame').length > 0);
  await onScreen(page, 'home');   // answered: no redirect
  await pressButton(page, /^Safety check/);
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);
});

test('a yes that needs a doctor today gives that advice and locks routines until a clinician check', async ({ page }) => {
  await openCheck(page);
  await activate(page, 'checkbox', /^A fever/);
  await expect(mirror(page).getByRole('checkbox', { name: /^A fever/ })).toBeChecked();
  await pressButton(page, 'Save my answers');
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today' })).toHaveCount(1);
  await expect(mirror(page).getByText(/urgent care/).first()).toBeAttached();
  await expect(mirror(page).getByRole('button', { name: 'Continue' })).toHaveCount(0);   // locked

  const confirm = mirror(page).getByRole('checkbox', { name: /^I have been checked by a clinician/ });
  await expect(confirm).not.toBeChecked();
  await confirm.press('Space');
  await expect(confirm).toBeChecked();
  await expect(mirror(page).getByText(/^Routines are unlocked/)).toHaveCount(1);
  await expect(mirror(page).getByRole('button', { name: 'Continue' })).toHaveCount(1);
  const rec = await stored(page);
  expect(rec.clinician).toBe(1);
  expect(rec.answers.find((a) => a[0] === 'fever')[1]).toBe(1);
});

test('an answer and "Save" pressed in the same instant both count, in that order', async ({ page }) => {
  await openCheck(page);
  // A switch device or a fast screen-reader user: both clicks reach the app before it draws a frame.
  await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('#a11y input[type=checkbox], #a11y button'));
    const fever = all.find((el) => /^A fever/.test(el.getAttribute('aria-label') || ''));
    const save = all.find((el) => el.textContent === 'Save my answers');
    fever.click();
    save.click();
  });
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today' })).toHaveCount(1);
  expect((await stored(page)).answers.find((a) => a[0] === 'fever')[1]).toBe(1);
});

test('red flags for emergency care say to get help now', async ({ page }) => {
  await openCheck(page);
  await activate(page, 'checkbox', /^Numbness or tingling around your genitals/);
  await activate(page, 'checkbox', /^Have you been told you have a slipped/);
  await pressButton(page, 'Save my answers');
  await expect(mirror(page).getByRole('heading', { name: 'Get help now' })).toHaveCount(1);
  await expect(mirror(page).getByText(/emergency number/).first()).toBeAttached();
  await expect(mirror(page).getByRole('heading', { name: 'You said yes to' })).toHaveCount(1);
});

test('revisiting shows the previous answers, and changing them is possible', async ({ page }) => {
  await openCheck(page);
  await activate(page, 'checkbox', /^Sore or injured knees/);
  await pressButton(page, 'Save my answers');
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);   // knees need no doctor
  await expect(mirror(page).getByText(/lets you skip it/)).toHaveCount(1);
  await pressButton(page, 'Continue');
  await onScreen(page, 'home');

  await pressButton(page, /^Safety check/);
  await pressButton(page, 'Change my answers');
  await expect(mirror(page).getByRole('checkbox', { name: /^Sore or injured knees/ })).toBeChecked();
  await expect(mirror(page).getByRole('checkbox', { name: /^A fever/ })).not.toBeChecked();
});

test('the check can be passed and left with the keyboard alone', async ({ page }) => {
  await openCheck(page);
  await passSafetyCheck(page);
  await onScreen(page, 'home');
});
