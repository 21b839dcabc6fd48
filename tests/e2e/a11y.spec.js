// Accessibility: the canvas is mirrored into real DOM elements a screen reader or keyboard can use.
// Every flow here goes through the mirror by role and name; axe-core checks every reachable screen.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { PLAN_LINK, openApp, diagnostics } = require('./helpers');
const { mirror, activate, pressButton, onScreen, passSafetyCheck, startEpisode } = require('./mirror-steps');

// Opens the app on Home. firstRun: a new person, who passes the safety check (through the mirror) first.
async function ready(page, { firstRun = false } = {}) {
  await openApp(page, './', { firstRun });
  if (firstRun) await passSafetyCheck(page);
  await onScreen(page, 'home');
}

// Follows a path of button names from Home through the mirror.
async function follow(page, path) {
  for (const name of path) {
    const el = mirror(page).getByRole('button', { name });
    await expect(el).toHaveCount(1);
    const before = (await diagnostics(page)).screen;
    await el.press('Enter');
    await expect.poll(async () => (await diagnostics(page)).screen).not.toBe(before);
  }
}

//-----------------------------------------------------------------------------
// axe-core on every screen
//-----------------------------------------------------------------------------

const kScreens = [
  { id: 'home', path: [] },
  { id: 'routines', path: [/^Routines\./] },
  { id: 'routine', path: [/^Routines\./, /^Relief now\./] },
  { id: 'player', path: [/^Relief now/] },
  { id: 'exercises', path: [/^Exercises\./] },
  { id: 'care', path: [/^Home care\./] },
  { id: 'progress', path: [/^Progress\./] },
  { id: 'safety', path: [/^Safety check\./] },
  { id: 'settings', path: [/^Settings\./] },
  { id: 'about', path: [/^About and safety\./] },
  { id: 'builder', path: [/^Build a routine\./] },
  { id: 'summary', path: [/^Relief now/, /^Stop, it hurts/] },
  { id: 'episode-start', path: [/^My back has gone$/] },
  { id: 'lessons', path: [/^Lessons\./] },
  { id: 'lesson', path: [/^Lessons\./, /^Back spasms are common\./] },
  { id: 'plan-maker', path: [/^Build a routine\./, /^Plan for a patient\./] },
];

for (const screen of kScreens) {
  test(`axe finds no violations on the ${screen.id} screen`, async ({ page }) => {
    await ready(page);
    await follow(page, screen.path);
    await onScreen(page, screen.id);
    await expect(mirror(page).locator('h1')).toHaveCount(1);
    const result = await new AxeBuilder({ page }).analyze();
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found).toEqual([]);
  });
}

// A clinic's plan link, and a damaged one.
for (const [what, hash] of [['a plan link from a clinic', PLAN_LINK], ['a damaged plan link', '#p=1.AAAAAAAA']]) {
  test(`axe finds no violations on ${what}`, async ({ page }) => {
    await ready(page);
    await page.evaluate((h) => { location.hash = h; }, hash);
    await onScreen(page, 'shared-plan');
    await expect(mirror(page).locator('h1')).toHaveCount(1);
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// An episode started through the mirror, as a keyboard user would: the check-in and Progress's
// episode view need one.
async function startPlan(page) {
  await ready(page);
  await startEpisode(page, 6);
}

const axe = async (page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('axe finds no violations on the check-in screen, nor on Home with a plan', async ({ page }) => {
  await startPlan(page);
  expect(await axe(page)).toEqual([]);
  await pressButton(page, /^Daily check-in/);
  await onScreen(page, 'check-in');
  await expect(mirror(page).locator('h1')).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
});

test('axe finds no violations on Progress with an episode, and its chart is read out in words', async ({ page }) => {
  await startPlan(page);
  await pressButton(page, /^Progress\./);
  await onScreen(page, 'progress');
  await expect(mirror(page).getByRole('heading', { name: 'This episode' })).toHaveCount(1);
  await expect(mirror(page).getByText('Pain 6 on day 1; no check-in yet.')).toHaveCount(1);
  await expect(mirror(page).getByText(/^Day 1 \(today\): 0 of \d+ done so far$/)).toHaveCount(1);
  expect(await axe(page)).toEqual([]);
});

//-----------------------------------------------------------------------------
// The mirror itself
//-----------------------------------------------------------------------------

test('every canvas widget has a mirror element of the right role over its rectangle, in reading order', async ({ page }) => {
  await ready(page);
  const widgets = await page.evaluate(() => window.unclench.widgets());
  const buttons = widgets.filter((w) => w.role === 'button');
  expect(buttons.length).toBeGreaterThanOrEqual(8);
  const els = mirror(page).getByRole('button');
  await expect(els).toHaveCount(buttons.length);
  const viewport = page.viewportSize();
  for (let i = 0; i < buttons.length; i++) {
    const w = buttons[i];
    await expect(els.nth(i)).toHaveAccessibleName(w.name);
    if (w.y < 0 || w.y + w.h > viewport.height) continue;   // scrolled out of view: parked at the edge
    const box = await els.nth(i).boundingBox();
    expect(Math.abs(box.x - w.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.y - w.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(box.width - w.w)).toBeLessThanOrEqual(1);
  }
  // Invisible and click-through, but there: touches reach the canvas.
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.getElementById('a11y'));
    return { opacity: s.opacity, pe: s.pointerEvents };
  });
  expect(style).toEqual({ opacity: '0', pe: 'none' });
  await expect(page.locator('main #a11y')).toHaveCount(1);
});

test('a new screen puts keyboard focus on its title', async ({ page }) => {
  await ready(page);
  await pressButton(page, /^About and safety\./);
  await onScreen(page, 'about');
  await expect(mirror(page).getByRole('heading', { level: 1, name: 'About and safety' })).toBeFocused();
  await expect(mirror(page).getByText(/not medical advice/)).toHaveCount(1);
  // Escape goes back, as in the canvas.
  await page.keyboard.press('Escape');
  await onScreen(page, 'home');
});

test('Tab from the page enters the mirror, Tab moves through it in reading order, Enter activates', async ({ page }) => {
  await ready(page);
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => window.unclenchFocusInMirror())).toBe(true);
  const names = await mirror(page).getByRole('button').allTextContents();
  await expect(mirror(page).getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Tab');   // the browser's own Tab, inside the mirror
  await expect(mirror(page).getByRole('button', { name: names[1], exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await diagnostics(page)).screen).not.toBe('home');
});

test('arrow keys move between controls as they do on the canvas; Space on the Player pauses and resumes', async ({ page }) => {
  await ready(page);
  const buttons = await mirror(page).getByRole('button').allTextContents();
  const relief = buttons.findIndex((n) => n.startsWith('Relief now'));
  await mirror(page).getByRole('button', { name: buttons[relief], exact: true }).focus();
  await page.keyboard.press('ArrowDown');   // the canvas moves its focus; the mirror follows
  await expect(mirror(page).getByRole('button', { name: buttons[relief + 1], exact: true })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(mirror(page).getByRole('button', { name: buttons[relief], exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await onScreen(page, 'player');
  await expect(mirror(page).getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(mirror(page).getByRole('button', { name: /^Resume/ })).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(mirror(page).getByRole('button', { name: /^Pause/ })).toHaveCount(1);
  expect((await diagnostics(page)).screen).toBe('player');
});

test('focusing an element scrolled out of view scrolls the canvas to it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 420 });
  await ready(page);
  const name = 'About and safety';
  const below = async () => (await page.evaluate(() => window.unclench.widgets())).find((w) => w.name.startsWith(name));
  await expect.poll(async () => (await below())?.y ?? 0).toBeGreaterThan(420);
  await mirror(page).getByRole('button', { name: new RegExp('^' + name) }).focus();
  await expect.poll(async () => { const w = await below(); return !!w && w.y >= 0 && w.y + w.h <= 420; }).toBe(true);
  await page.keyboard.press('Enter');
  await onScreen(page, 'about');
});

//-----------------------------------------------------------------------------
// The main flow, keyboard and screen reader only
//-----------------------------------------------------------------------------

test('safety check, relief routine, pause, resume, stop because it hurts, rate pain, progress: all through the mirror', async ({ page }) => {
  await ready(page, { firstRun: true });
  await pressButton(page, /^Relief now/);   // one press: the Player, no routine page to read first
  await onScreen(page, 'player');
  await expect.poll(() => page.locator('#a11y-live').textContent(), { timeout: 10_000 }).not.toBe('');
  await pressButton(page, /^Pause/);
  await pressButton(page, /^Resume/);
  await pressButton(page, /^Stop, it hurts/);
  await onScreen(page, 'summary');
  // Afterwards: the gentle routine and self-care are suggested.
  await expect(mirror(page).getByRole('button', { name: /gentle routine/ })).toHaveCount(1);
  await activate(page, 'checkbox', 'Pain now: 3');
  await expect(mirror(page).getByRole('checkbox', { name: 'Pain now: 3' })).toBeChecked();
  await pressButton(page, 'Save');
  await onScreen(page, 'home');
  await pressButton(page, /^Progress\./);
  await onScreen(page, 'progress');
});

test('reduced motion: the player redraws only for its countdown, nothing sweeps or flashes', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await ready(page);
  await pressButton(page, /^Relief now/);
  await onScreen(page, 'player');
  await page.waitForTimeout(500);
  const before = (await diagnostics(page)).framesDrawn;
  await page.waitForTimeout(3000);
  const drawn = (await diagnostics(page)).framesDrawn - before;
  expect(drawn).toBeLessThanOrEqual(12);   // about one a second for the countdown, not 60
});
