// The safety check: the emergency signs first on their own short screen, with "None of these" under
// them; then the rest; advice by urgency; a clinician confirmation that unlocks routines; the emergency
// signs asked again for each new episode; conditions that mark exercises. Driven through the mirror.
const { test, expect } = require('@playwright/test');
const { openApp, diagnostics } = require('./helpers');
const { mirror, activate, pressButton, onScreen, passSafetyCheck } = require('./mirror-steps');

const KEY = 'unclench/default/v2/safety';
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null'), KEY);
const EMERGENCY = /^(Pain, tingling, weakness|Numbness or tingling around|Difficulty peeing|Loss of control|A new change in sexual|Chest pain|The pain started after a serious)/;
const DAY = 86400;

async function openCheck(page) {
  await openApp(page, './', { firstRun: true });
  if ((await diagnostics(page)).screen !== 'safety') {
    await pressButton(page, /^Safety check/);
    await onScreen(page, 'safety');
  }
}

// Every answer "no", answered `daysAgo` days ago; and knees "yes" when asked.
async function seedAnswers(page, { daysAgo = 0, knees = false } = {}) {
  const ids = require('./helpers').SAFETY_IDS;
  await page.addInitScript(({ key, ids, daysAgo, knees }) => {
    if (localStorage.getItem(key) !== null) return;
    const then = Math.floor(Date.now() / 1000) - daysAgo * 86400;
    localStorage.setItem(key, JSON.stringify({ answers: ids.map((id) => [id, knees && id === 'knees' ? 1 : 0, then]), clinician: 0, clinician_at: 0 }));
  }, { key: KEY, ids, daysAgo, knees });
}

const emergencyRows = async (page) => (await page.evaluate(() => window.unclench.widgets()))
  .filter((w) => w.role === 'checkbox');

test('the first run opens the emergency signs on their own screen, with "None of these" under them', async ({ page }) => {
  await openApp(page, './', { firstRun: true });
  await onScreen(page, 'safety');
  await expect(mirror(page).getByRole('heading', { name: 'Get help now if any of these is true' })).toHaveCount(1);
  const rows = await emergencyRows(page);
  expect(rows.length).toBe(7);
  for (const r of rows) expect(r.name).toMatch(EMERGENCY);
  const none = (await page.evaluate(() => window.unclench.widgets())).find((w) => w.name === 'None of these');
  expect(none).toBeTruthy();
  for (const r of rows) expect(r.y + r.h).toBeLessThanOrEqual(none.y);
  await expect(mirror(page).getByRole('checkbox', { name: /^A high temperature/ })).toHaveCount(0);   // the next screen
});

test('"None of these" on both screens saves every answer as no, dated, says you can start, and is remembered', async ({ page }) => {
  await openCheck(page);
  await pressButton(page, 'None of these');
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today if' })).toHaveCount(1);
  await expect(mirror(page).getByRole('checkbox', { name: EMERGENCY })).toHaveCount(0);
  await pressButton(page, 'None of these');
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);
  await expect(mirror(page).getByText(/^Emergency signs checked on/)).toHaveCount(1);
  const rec = await stored(page);
  expect(rec.answers.length).toBe(25);
  expect(rec.answers.every((a) => a[1] === 0 && a[2] > 1700000000)).toBe(true);
  expect(rec.emergency_at).toBeGreaterThan(1700000000);
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
  await pressButton(page, 'None of these');
  await activate(page, 'checkbox', /^A high temperature/);
  await expect(mirror(page).getByRole('checkbox', { name: /^A high temperature/ })).toBeChecked();
  await pressButton(page, 'Save my answers');
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today', exact: true })).toHaveCount(1);
  await expect(mirror(page).getByText(/111 in the UK/).first()).toBeAttached();
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

test('an answer and the answer button pressed in the same instant both count, in that order', async ({ page }) => {
  await openCheck(page);
  await pressButton(page, 'None of these');
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today if' })).toHaveCount(1);
  // A switch device or a fast screen-reader user: both clicks reach the app before it draws a frame.
  await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('#a11y input[type=checkbox], #a11y button'));
    const fever = all.find((el) => /^A high temperature/.test(el.getAttribute('aria-label') || ''));
    const answer = all.find((el) => el.textContent === 'None of these');
    fever.click();
    answer.click();
  });
  await expect(mirror(page).getByRole('heading', { name: 'See a doctor today', exact: true })).toHaveCount(1);
  expect((await stored(page)).answers.find((a) => a[0] === 'fever')[1]).toBe(1);
});

test('an emergency sign says to get help now, with the local emergency number, and locks routines', async ({ page }) => {
  await openCheck(page);
  await activate(page, 'checkbox', /^Chest pain/);
  await pressButton(page, 'Continue');
  await expect(mirror(page).getByRole('heading', { name: 'Get help now', exact: true })).toHaveCount(1);
  await expect(mirror(page).getByText(/your local emergency number \(999 in the UK, 911 in the US, 112 in the EU\)/).first()).toBeAttached();
  await expect(mirror(page).getByRole('heading', { name: 'You said yes to' })).toHaveCount(1);
  await expect(mirror(page).getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await onScreen(page, 'home');
  await pressButton(page, /^Relief now/);
  await onScreen(page, 'safety');   // not the Player
});

test('revisiting shows the previous answers, and changing them is possible', async ({ page }) => {
  await openCheck(page);
  await pressButton(page, 'None of these');
  await activate(page, 'checkbox', /^Sore or injured knees/);
  await pressButton(page, 'Save my answers');
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);   // knees need no doctor
  await expect(mirror(page).getByText(/marked in every list/)).toHaveCount(1);
  await pressButton(page, 'Continue');
  await onScreen(page, 'home');

  await pressButton(page, /^Safety check/);
  await pressButton(page, 'Change my answers');
  await pressButton(page, 'None of these');
  await expect(mirror(page).getByRole('checkbox', { name: /^Sore or injured knees/ })).toBeChecked();
  await expect(mirror(page).getByRole('checkbox', { name: /^A high temperature/ })).not.toBeChecked();
});

test('the check can be passed and left with the keyboard alone', async ({ page }) => {
  await openCheck(page);
  await passSafetyCheck(page);
  await onScreen(page, 'home');
});

test('14 days after the check, the emergency signs are asked again before anything else', async ({ page }) => {
  await seedAnswers(page, { daysAgo: 15 });
  await openApp(page, './', { firstRun: true });
  await onScreen(page, 'safety');
  await expect(mirror(page).getByRole('heading', { name: 'Get help now if any of these is true' })).toHaveCount(1);
  await expect(mirror(page).getByRole('checkbox', { name: EMERGENCY }).first()).not.toBeChecked();
  await pressButton(page, 'None of these');
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);   // the rest still stands
  await pressButton(page, 'Continue');
  await pressButton(page, /^Relief now/);
  await onScreen(page, 'player');
});

test('"My back has gone" starts an episode and asks the emergency signs again, and routines wait for the answer', async ({ page }) => {
  await seedAnswers(page, { daysAgo: 2 });
  await openApp(page, './', { firstRun: true });
  await onScreen(page, 'home');
  await pressButton(page, /^My back has gone/);
  await onScreen(page, 'episode-start');
  await activate(page, 'checkbox', 'How bad is it now?: 6');
  await pressButton(page, /^Start my plan/);
  await onScreen(page, 'safety');
  await expect(mirror(page).getByRole('heading', { name: 'Get help now if any of these is true' })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await onScreen(page, 'home');
  await pressButton(page, /^Relief now$/);
  await onScreen(page, 'safety');
  await pressButton(page, 'None of these');
  await expect(mirror(page).getByRole('heading', { name: 'You can start' })).toHaveCount(1);
  expect((await stored(page)).emergency_at).toBeGreaterThanOrEqual((await stored(page)).new_episode_at);
});

test('with sore knees, a kneeling exercise is marked in the list and the routine, and the Player offers to skip it', async ({ page }) => {
  await seedAnswers(page, { knees: true });
  await openApp(page, './', { firstRun: true });
  await onScreen(page, 'home');
  await pressButton(page, /^Exercises/);
  await onScreen(page, 'exercises');
  await expect(mirror(page).getByRole('button', { name: /^Child's pose\. Not advised for you, from your safety answers/ })).toHaveCount(1);
  await expect(mirror(page).getByRole('button', { name: /^Pelvic tilt.*Not advised/ })).toHaveCount(0);

  // A routine with a kneeling exercise in it: marked on its page, and offered for skipping when the Player reaches it.
  await page.keyboard.press('Escape');
  await onScreen(page, 'home');
  await pressButton(page, /^Routines/);
  await pressButton(page, /^Knee hug, hump and sag/);   // cat-cow, on all fours, is second
  await onScreen(page, 'routine');
  await expect(mirror(page).getByText(/Not advised for you, from your safety answers/)).toHaveCount(1);
  await pressButton(page, /^Start/);
  await onScreen(page, 'spasm-check');   // hump and sag is not for a fresh spasm
  await pressButton(page, /^No: start/);
  await onScreen(page, 'player');
  const offer = mirror(page).getByText(/Not advised for you, from your safety answers\. You can skip it\./);
  for (let i = 0; i < 30 && !(await offer.count()); i++) {
    await mirror(page).getByRole('button', { name: 'Skip', exact: true }).press('Enter');
    await page.waitForTimeout(150);
  }
  await expect(offer).toHaveCount(1);
  await expect(mirror(page).getByRole('button', { name: 'Skip this exercise' })).toHaveCount(1);
});

test('a routine not meant for a fresh spasm asks first, and a yes starts Relief now instead', async ({ page }) => {
  await openApp(page);
  await pressButton(page, /^Routines/);
  await pressButton(page, /^Five-minute prevention/);
  await onScreen(page, 'routine');
  await pressButton(page, /^Start/);
  await onScreen(page, 'spasm-check');
  await expect(mirror(page).getByRole('heading', { name: 'Is your back in spasm right now?' })).toHaveCount(1);
  await pressButton(page, 'Yes: start Relief now instead');
  await onScreen(page, 'player');
  expect((await diagnostics(page)).session.routine).toBe('relief-now');
});
